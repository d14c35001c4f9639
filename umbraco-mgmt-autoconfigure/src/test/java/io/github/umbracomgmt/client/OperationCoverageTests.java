package io.github.umbracomgmt.client;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.service.annotation.HttpExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the content, people and operations tags of the OpenAPI document (listed in {@code management-api-operations.tsv}) is
 * declared by exactly one HTTP interface method, with the document's method and path, on the client of its tag.
 */
class OperationCoverageTests {

	private static final List<Class<?>> CLIENTS = List.of(UmbracoDocumentClient.class, UmbracoDocumentTypeClient.class,
			UmbracoDocumentVersionClient.class, UmbracoDocumentBlueprintClient.class, UmbracoMediaClient.class,
			UmbracoMediaTypeClient.class, UmbracoTemporaryFileClient.class, UmbracoDataTypeClient.class,
			UmbracoDictionaryClient.class, UmbracoLanguageClient.class, UmbracoCultureClient.class,
			UmbracoSegmentClient.class, UmbracoTemplateClient.class, UmbracoTagClient.class,
			UmbracoRelationClient.class, UmbracoRelationTypeClient.class, UmbracoRedirectManagementClient.class,
			UmbracoMemberClient.class, UmbracoMemberTypeClient.class, UmbracoMemberGroupClient.class,
			UmbracoUserClient.class, UmbracoUserGroupClient.class, UmbracoWebhookClient.class,
			UmbracoHealthCheckClient.class, UmbracoIndexerClient.class, UmbracoSearcherClient.class,
			UmbracoServerClient.class);

	@Test
	void everyDocumentedOperationHasExactlyOneMethodOnTheClientOfItsTag() throws Exception {
		Map<String, List<String>> declared = declaredOperations();
		List<String[]> documented = documentedOperations();
		assertThat(documented).hasSize(205 + 103);
		for (String[] operation : documented) {
			String key = operation[2] + " " + operation[3];
			String expectedClient = "Umbraco" + operation[0].replace(" ", "") + "Client";
			assertThat(declared.get(key)).as("methods declaring %s (%s)", key, operation[1])
				.singleElement()
				.asString()
				.startsWith(expectedClient + ".");
		}
	}

	@Test
	void declaresNoOperationTheDocumentLacks() throws Exception {
		List<String> documented = documentedOperations().stream().map((op) -> op[2] + " " + op[3]).toList();
		assertThat(declaredOperations().keySet()).allSatisfy((key) -> assertThat(documented).contains(key));
	}

	private static Map<String, List<String>> declaredOperations() {
		Map<String, List<String>> declared = new HashMap<>();
		for (Class<?> client : CLIENTS) {
			for (Method method : client.getDeclaredMethods()) {
				HttpExchange exchange = AnnotatedElementUtils.findMergedAnnotation(method, HttpExchange.class);
				if (exchange != null) {
					declared.computeIfAbsent(exchange.method() + " " + exchange.url(), (key) -> new ArrayList<>())
						.add(client.getSimpleName() + "." + method.getName());
				}
			}
		}
		return declared;
	}

	private static List<String[]> documentedOperations() throws Exception {
		List<String[]> operations = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				OperationCoverageTests.class.getResourceAsStream("/management-api-operations.tsv"),
				StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.startsWith("#") && !line.isBlank()) {
					operations.add(line.split("\t"));
				}
			}
		}
		return operations;
	}

}
