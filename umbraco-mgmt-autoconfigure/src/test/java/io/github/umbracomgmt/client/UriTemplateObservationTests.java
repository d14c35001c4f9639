package io.github.umbracomgmt.client;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import io.github.umbracomgmt.error.UmbracoNotFoundException;
import io.github.umbracomgmt.test.UmbracoTestServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The typed clients' {@code http.client.requests} observations, and so their meters,
 * carry the URI template of the operation
 * ({@code /umbraco/management/api/v1/document/{id}}), not the expanded URI: otherwise
 * every document would get a meter of its own. Checked with Boot's own observation wiring
 * of the application's WebClient.Builder.
 */
class UriTemplateObservationTests {

	private static final String DOCUMENT_BY_ID = "/umbraco/management/api/v1/document/{id}";

	private final UmbracoTestServer server = UmbracoTestServer.start();

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(App.class)
		.withPropertyValues("spring.main.web-application-type=none")
		.withPropertyValues(this.server.propertyValues());

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void observationsCarryTheUriTemplate() {
		TestObservationRegistry observations = TestObservationRegistry.create();
		this.runner.withBean(TestObservationRegistry.class, () -> observations).run((context) -> {
			List<UUID> ids = readThreeDocuments(context.getBean(UmbracoDocumentClient.class));

			TestObservationRegistryAssert.assertThat(observations)
				.hasObservationWithNameEqualTo("http.client.requests")
				.that()
				.hasLowCardinalityKeyValue("uri", DOCUMENT_BY_ID)
				.hasLowCardinalityKeyValue("method", "GET");
			TestObservationRegistryAssert.assertThat(observations).hasHandledContextsThatSatisfy((contexts) -> {
				Set<String> uris = uris(contexts);
				assertThat(uris).contains(DOCUMENT_BY_ID, "/umbraco/management/api/v1/security/back-office/token");
				assertThat(uris).noneMatch((uri) -> ids.stream().anyMatch((id) -> uri.contains(id.toString())));
			});
		});
	}

	@Test
	void metersInASimpleMeterRegistryAreOnePerTemplate() {
		this.runner.run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(context.getBeansOfType(SimpleMeterRegistry.class)).as("Boot's default registry").isNotEmpty();
			List<UUID> ids = readThreeDocuments(context.getBean(UmbracoDocumentClient.class));

			Timer found = registry.find("http.client.requests")
				.tag("uri", DOCUMENT_BY_ID)
				.tag("outcome", "SUCCESS")
				.timer();
			assertThat(found).isNotNull();
			assertThat(found.count()).isEqualTo(ids.size());
			Timer notFound = registry.find("http.client.requests")
				.tag("uri", DOCUMENT_BY_ID)
				.tag("status", "404")
				.timer();
			assertThat(notFound).as("a failed call is metered under the template too").isNotNull();
			assertThat(notFound.count()).isEqualTo(1);
			Set<String> uris = new TreeSet<>();
			registry.find("http.client.requests").timers().forEach((timer) -> uris.add(timer.getId().getTag("uri")));
			assertThat(uris).noneMatch((uri) -> ids.stream().anyMatch((id) -> uri.contains(id.toString())));
		});
	}

	/** Reads three documents and one that does not exist, by id. */
	private List<UUID> readThreeDocuments(UmbracoDocumentClient documents) {
		UUID type = this.server.settings().addDocumentType("article", "Article");
		List<UUID> ids = List.of(this.server.documents().add("One", type), this.server.documents().add("Two", type),
				this.server.documents().add("Three", type));
		for (UUID id : ids) {
			assertThat(documents.getDocumentById(id).block().id()).isEqualTo(id);
		}
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> documents.getDocumentById(UUID.randomUUID()).block());
		return ids;
	}

	private static Set<String> uris(List<Observation.Context> contexts) {
		Set<String> uris = new TreeSet<>();
		for (Observation.Context context : contexts) {
			if ("http.client.requests".equals(context.getName())) {
				KeyValue uri = context.getLowCardinalityKeyValue("uri");
				uris.add((uri != null) ? uri.getValue() : "(none)");
			}
		}
		return uris;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

	}

}
