package io.github.umbracomgmt.http;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.web.util.UriBuilder;

import io.github.umbracomgmt.client.UmbracoClientType;
import io.github.umbracomgmt.client.UmbracoClientTypes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link UmbracoUriBuilderFactory} builds the URIs that {@code WebClient.Builder.baseUrl}
 * (a {@link DefaultUriBuilderFactory}) builds, for every operation of the API and for the
 * templates an application may write, while it parses each template once.
 */
class UmbracoUriBuilderFactoryTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

	/** Values that need encoding, strictly (as variables are), or not at all. */
	private static final List<String> VALUES = List.of("2f1a4c2e-1b5d-4f8e-9a3b-2c7d8e9f0a1b", "a b/c?d&e=f+g%h#i",
			"Ünïcødé", "{not a variable}", "", "2025-06-01T10:00:00+02:00");

	@ParameterizedTest
	@ValueSource(strings = { "https://umbraco.example", "http://127.0.0.1:44391", "https://umbraco.example/sub/",
			"https://umbraco.example/sub path" })
	void everyOperationOfTheApiExpandsAsTheDefaultFactory(String baseUrl) {
		UmbracoUriBuilderFactory factory = new UmbracoUriBuilderFactory(baseUrl);
		DefaultUriBuilderFactory defaults = new DefaultUriBuilderFactory(baseUrl);
		int compared = 0;
		for (UmbracoClientType client : UmbracoClientTypes.ALL) {
			for (Method method : client.type().getMethods()) {
				HttpExchange exchange = AnnotatedElementUtils.findMergedAnnotation(method, HttpExchange.class);
				if (exchange == null || exchange.url().isEmpty()) {
					continue;
				}
				String template = exchange.url();
				for (String value : VALUES) {
					Map<String, Object> variables = variables(template, value);
					assertThat(factory.expand(template, variables)).as("%s with %s", template, variables)
						.isEqualTo(defaults.expand(template, variables));
					assertThat(factory.uriString(template).build(variables))
						.isEqualTo(defaults.expand(template, variables));
					assertThat(factory.expand(template, variables.values().toArray()))
						.isEqualTo(defaults.expand(template, variables.values().toArray()));
				}
				// what WebClient tags observations with
				assertThat(factory.uriString(template).toUriString())
					.isEqualTo(defaults.uriString(template).toUriString());
				compared++;
			}
		}
		assertThat(compared).as("operations compared").isGreaterThan(500);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/", "relative/{id}", "/user/{id}?skip={skip}&take=10&filter=a b",
			"/document/{id}#{fragment}", "https://other.example:8443/x/{id}?q={q}", "//other.example/{id}",
			"/media?id={id}&id={id}", "/path with space/{id}", "/encoded%2Fslash/{id}" })
	void templatesAnApplicationWritesExpandAsWithTheDefaultFactory(String template) {
		String baseUrl = "https://umbraco.example:44391/base";
		UmbracoUriBuilderFactory factory = new UmbracoUriBuilderFactory(baseUrl);
		DefaultUriBuilderFactory defaults = new DefaultUriBuilderFactory(baseUrl);
		for (String value : VALUES) {
			Map<String, Object> variables = variables(template, value);
			assertThat(factory.expand(template, variables)).as("%s with %s", template, value)
				.isEqualTo(defaults.expand(template, variables));
		}
		assertThat(factory.uriString(template).toUriString()).isEqualTo(defaults.uriString(template).toUriString());
	}

	@Test
	void aChangedBuilderKeepsEveryChangeLikeTheDefaultFactorysBuilder() {
		String baseUrl = "https://umbraco.example";
		String template = "/umbraco/management/api/v1/document/{id}";
		UriBuilder builder = new UmbracoUriBuilderFactory(baseUrl).uriString(template);
		// changes not chained: each must stick to the builder the caller holds
		builder.queryParam("culture", "en-US");
		builder.queryParam("segment", "a b");
		builder.fragment("top");
		UriBuilder expected = new DefaultUriBuilderFactory(baseUrl).uriString(template)
			.queryParam("culture", "en-US")
			.queryParam("segment", "a b")
			.fragment("top");
		assertThat(builder.toUriString()).isEqualTo(expected.toUriString());
		assertThat(builder.build(Map.of("id", "x/y"))).isEqualTo(expected.build(Map.of("id", "x/y")));
		assertThat(builder.build("x/y")).isEqualTo(expected.build("x/y"));
	}

	@Test
	void aChangeDoesNotReachTheKeptTemplate() {
		UmbracoUriBuilderFactory factory = new UmbracoUriBuilderFactory("https://umbraco.example");
		String template = "/umbraco/management/api/v1/user/current";
		factory.uriString(template).queryParam("changed", "yes").replacePath("/elsewhere");
		assertThat(factory.expand(template, Map.of()))
			.isEqualTo(URI.create("https://umbraco.example/umbraco/management/api/v1/user/current"));
	}

	@Test
	void aTemplateIsParsedOnceAndTheKeptOnesAreBounded() {
		UmbracoUriBuilderFactory factory = new UmbracoUriBuilderFactory("https://umbraco.example");
		for (int i = 0; i < 100; i++) {
			factory.uriString("/umbraco/management/api/v1/document/{id}").build(Map.of("id", i));
		}
		assertThat(factory.kept()).isOne();
		// templates built from values, which an application may write by mistake
		for (int i = 0; i < 3 * UmbracoUriBuilderFactory.CAPACITY; i++) {
			assertThat(factory.expand("/umbraco/management/api/v1/document/" + i, Map.of()).getPath())
				.isEqualTo("/umbraco/management/api/v1/document/" + i);
		}
		assertThat(factory.kept()).isLessThanOrEqualTo(UmbracoUriBuilderFactory.CAPACITY);
	}

	@Test
	void aTemplateWithoutVariablesGivesItsKeptUriToEveryRequest() {
		UmbracoUriBuilderFactory factory = new UmbracoUriBuilderFactory("https://umbraco.example");
		String constant = "/umbraco/management/api/v1/user/current";
		URI first = factory.expand(constant, Map.of());
		assertThat(first).isEqualTo(new DefaultUriBuilderFactory("https://umbraco.example").expand(constant));
		assertThat(factory.expand(constant, Map.of())).isSameAs(first);
		assertThat(factory.uriString(constant).build(Map.of())).isSameAs(first);
		assertThat(factory.expand(constant)).isSameAs(first);
		// a template with variables is expanded with each request's values
		String template = "/umbraco/management/api/v1/user/{id}";
		assertThat(factory.expand(template, Map.of("id", "a")))
			.isEqualTo(URI.create("https://umbraco.example/umbraco/management/api/v1/user/a"));
		assertThat(factory.expand(template, Map.of("id", "b")))
			.isEqualTo(URI.create("https://umbraco.example/umbraco/management/api/v1/user/b"));
		assertThat(factory.expand(template, "c"))
			.isEqualTo(URI.create("https://umbraco.example/umbraco/management/api/v1/user/c"));
	}

	@Test
	void theBuilderOfNoTemplateIsTheBaseUrls() {
		UmbracoUriBuilderFactory factory = new UmbracoUriBuilderFactory("https://umbraco.example/base");
		assertThat(factory.builder().path("/x").build())
			.isEqualTo(new DefaultUriBuilderFactory("https://umbraco.example/base").builder().path("/x").build());
	}

	private static Map<String, Object> variables(String template, String value) {
		Map<String, Object> variables = new LinkedHashMap<>();
		Matcher matcher = VARIABLE.matcher(template);
		while (matcher.find()) {
			variables.put(matcher.group(1), value);
		}
		return variables;
	}

}
