package io.github.umbracomgmt.site;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.annotation.ClientRegistrationId;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.security.oauth2.client.web.reactive.function.client.support.OAuth2WebClientHttpServiceGroupConfigurer;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.support.WebClientHttpServiceGroupConfigurer;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.registry.HttpServiceGroup;
import org.springframework.web.service.registry.ImportHttpServices;

import io.github.umbracomgmt.autoconfigure.UmbracoManagementAutoConfiguration;
import io.github.umbracomgmt.client.UmbracoUserClient;
import io.github.umbracomgmt.test.UmbracoTestServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.security.oauth2.client.web.client.RequestAttributeClientRegistrationIdResolver.clientRegistrationId;

/**
 * A site's token on the application's own clients, through Spring Security's own classes:
 * the reactive exchange filter, the {@code RestClient} interceptor and the HTTP service
 * group configurer. Each obtains the token through the site's single-flight token
 * manager: many concurrent calls, one token request.
 */
class SpringSecurityAuthorizedClientManagerTests {

	private static final String CURRENT_USER = "/umbraco/management/api/v1/user/current";

	private static final UmbracoTestServer main = UmbracoTestServer.start();

	private static final UmbracoTestServer blog = UmbracoTestServer.builder()
		.clientId("umbraco-back-office-blog")
		.clientSecret("blog-secret")
		.start();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(HttpClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class,
						WebClientAutoConfiguration.class, UmbracoManagementAutoConfiguration.class))
		.withPropertyValues(SeveralSitesTests.site("umbraco.management", main))
		.withPropertyValues(SeveralSitesTests.site("umbraco.management.sites.blog", blog));

	@BeforeEach
	void reset() {
		for (UmbracoTestServer server : List.of(main, blog)) {
			server.reset();
			server.revokeAllTokens();
		}
		main.users().setCurrent("Main API", "main@example.com");
		blog.users().setCurrent("Blog API", "blog@example.com");
	}

	@AfterAll
	static void stop() {
		main.close();
		blog.close();
	}

	@Test
	void serverExchangeFilterFunctionOnAnOwnWebClientSharesTheSitesOneTokenRequest() {
		this.runner.run((context) -> {
			UmbracoSite site = context.getBean(UmbracoSites.class).site("blog");
			ServerOAuth2AuthorizedClientExchangeFilterFunction oauth2 = new ServerOAuth2AuthorizedClientExchangeFilterFunction(
					site.reactiveAuthorizedClientManager());
			oauth2.setDefaultClientRegistrationId(site.registration().getRegistrationId());
			WebClient own = WebClient.builder().baseUrl(blog.baseUrl()).filter(oauth2).build();

			// the application's own client and the site's typed client start cold, at the
			// same moment
			Flux<String> ownCalls = Flux.range(0, 100)
				.flatMap((i) -> own.get().uri(CURRENT_USER).retrieve().bodyToMono(String.class), 100);
			Flux<String> typedCalls = Flux.range(0, 100)
				.flatMap((i) -> site.client(UmbracoUserClient.class).getCurrentUser().map((user) -> user.name()), 100);
			List<String> answers = Flux.merge(ownCalls, typedCalls).collectList().block();

			assertThat(answers).hasSize(200).allSatisfy((answer) -> assertThat(answer).contains("Blog API"));
			assertThat(blog.tokenRequests()).isEqualTo(1);
			assertThat(main.tokenRequests()).isZero();
			assertThat(blog.requests()).filteredOn((request) -> request.path().equals(CURRENT_USER))
				.allSatisfy((request) -> assertThat(request.header("Authorization"))
					.hasValue("Bearer " + site.tokenManager().getCachedToken().getTokenValue()));
		});
	}

	@Test
	void restClientInterceptorSharesTheSitesOneTokenRequest() {
		this.runner.run((context) -> {
			UmbracoSite site = context.getBean(UmbracoSites.class).site("blog");
			RestClient rest = RestClient.builder()
				.baseUrl(blog.baseUrl())
				.requestInterceptor(new OAuth2ClientHttpRequestInterceptor(site.authorizedClientManager()))
				.build();
			List<Callable<String>> calls = new ArrayList<>();
			for (int i = 0; i < 64; i++) {
				calls.add(() -> rest.get()
					.uri(CURRENT_USER)
					.attributes(clientRegistrationId("umbraco-blog"))
					.retrieve()
					.body(String.class));
			}
			ExecutorService threads = Executors.newFixedThreadPool(16);
			List<String> answers = new ArrayList<>();
			try {
				for (Future<String> answer : threads.invokeAll(calls)) {
					answers.add(answer.get());
				}
			}
			finally {
				threads.shutdownNow();
			}

			assertThat(answers).hasSize(64).allSatisfy((answer) -> assertThat(answer).contains("Blog API"));
			assertThat(blog.tokenRequests()).isEqualTo(1);
			assertThat(blog.apiRequests("GET", CURRENT_USER)).isEqualTo(64);
		});
	}

	@Test
	void httpServiceGroupConfigurerWithClientRegistrationIdSharesTheSitesOneTokenRequest() {
		this.runner.withUserConfiguration(BlogServices.class).run((context) -> {
			BlogUsers users = context.getBean(BlogUsers.class);

			List<String> answers = Flux.range(0, 100).flatMap((i) -> users.currentUser(), 100).collectList().block();

			assertThat(answers).hasSize(100).allSatisfy((answer) -> assertThat(answer).contains("Blog API"));
			assertThat(blog.tokenRequests()).isEqualTo(1);
			assertThat(main.tokenRequests()).isZero();
		});
	}

	@Test
	void refusesTheRegistrationIdOfAnotherSite() {
		this.runner.run((context) -> {
			UmbracoSite site = context.getBean(UmbracoSites.class).site("blog");
			ServerOAuth2AuthorizedClientExchangeFilterFunction oauth2 = new ServerOAuth2AuthorizedClientExchangeFilterFunction(
					site.reactiveAuthorizedClientManager());
			oauth2.setDefaultClientRegistrationId("umbraco");
			WebClient own = WebClient.builder().baseUrl(main.baseUrl()).filter(oauth2).build();

			assertThatIllegalArgumentException()
				.isThrownBy(() -> own.get().uri(CURRENT_USER).retrieve().bodyToMono(String.class).block())
				.withMessageContaining("serves the Umbraco registration 'umbraco-blog', not 'umbraco'");
			assertThat(main.apiRequests()).isZero();
			assertThat(blog.tokenRequests()).isZero();
		});
	}

	@Test
	void eachSiteOffersItsOwnRegistrationId() {
		this.runner.run((context) -> {
			UmbracoSites sites = context.getBean(UmbracoSites.class);
			assertThat(sites.defaultSite().reactiveAuthorizedClientManager().getClientRegistrationId())
				.isEqualTo("umbraco");
			assertThat(sites.site("blog").reactiveAuthorizedClientManager().getClientRegistrationId())
				.isEqualTo("umbraco-blog");
			assertThat(sites.site("blog").authorizedClientManager().getClientRegistrationId())
				.isEqualTo("umbraco-blog");
		});
	}

	@ClientRegistrationId("umbraco-blog")
	interface BlogUsers {

		@GetExchange(CURRENT_USER)
		Mono<String> currentUser();

	}

	@Configuration(proxyBeanMethods = false)
	@ImportHttpServices(group = "blog", types = BlogUsers.class, clientType = HttpServiceGroup.ClientType.WEB_CLIENT)
	static class BlogServices {

		@Bean
		WebClientHttpServiceGroupConfigurer blogBaseUrl() {
			return (groups) -> groups.filterByName("blog")
				.forEachClient((group, builder) -> builder.baseUrl(blog.baseUrl()));
		}

		@Bean
		OAuth2WebClientHttpServiceGroupConfigurer umbracoTokens(UmbracoSites sites) {
			return OAuth2WebClientHttpServiceGroupConfigurer.from(sites.site("blog").reactiveAuthorizedClientManager());
		}

	}

}
