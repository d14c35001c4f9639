package io.github.umbracomgmt.autoconfigure;

import java.util.List;

import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.observation.ObservationWebClientCustomizer;
import org.springframework.web.reactive.function.client.ClientRequestObservationContext;
import org.springframework.web.reactive.function.client.DefaultClientRequestObservationConvention;

import io.github.umbracomgmt.client.UmbracoUserClient;
import io.github.umbracomgmt.test.UmbracoTestServer;
import io.github.umbracomgmt.token.UmbracoTokenManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Token fetches and revocations are observations, and a fetch is a child of the
 * observation of the API call that waited for it, so a tracing bridge shows both in one
 * trace.
 */
class TokenObservationTests {

	private static final String USER_CURRENT = "/umbraco/management/api/v1/user/current";

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private UmbracoTestServer server;

	@BeforeEach
	void startServer() {
		this.server = UmbracoTestServer.start();
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	private ApplicationContextRunner runner() {
		return TestRunners.withBootWebClient()
			.withBean(TestObservationRegistry.class, () -> this.registry)
			// what Boot's WebClientObservationAutoConfiguration registers when an
			// ObservationRegistry is present
			.withBean(ObservationWebClientCustomizer.class,
					() -> new ObservationWebClientCustomizer(this.registry,
							new DefaultClientRequestObservationConvention()))
			.withPropertyValues(this.server.propertyValues());
	}

	@Test
	void aTokenFetchIsAChildOfTheApiCallThatWaitedForIt() {
		runner().run((context) -> {
			context.getBean(UmbracoUserClient.class).getCurrentUser().block();
			TestObservationRegistryAssert.assertThat(this.registry)
				.hasNumberOfObservationsWithNameEqualTo(UmbracoTokenManager.FETCH_OBSERVATION, 1)
				.hasObservationWithNameEqualTo(UmbracoTokenManager.FETCH_OBSERVATION)
				.that()
				.hasBeenStarted()
				.hasBeenStopped()
				.hasLowCardinalityKeyValue("site", "umbraco")
				.hasLowCardinalityKeyValue("trigger", "cold")
				.hasLowCardinalityKeyValue("outcome", "success")
				.hasLowCardinalityKeyValue("error", "none");
			TestObservationRegistryAssert.assertThat(this.registry).hasHandledContextsThatSatisfy((contexts) -> {
				Observation.Context fetch = named(contexts, UmbracoTokenManager.FETCH_OBSERVATION).get(0);
				// parent: the typed client's http.client.requests observation of GET
				// /user/current
				Observation.ContextView parent = fetch.getParentObservation().getContextView();
				assertThat(parent.getName()).isEqualTo("http.client.requests");
				assertThat(((ClientRequestObservationContext) parent).getUriTemplate()).endsWith(USER_CURRENT);
				// child: the token request's own http.client.requests observation
				assertThat(named(contexts, "http.client.requests")).anySatisfy((request) -> {
					assertThat(request.getParentObservation()).isNotNull();
					assertThat(request.getParentObservation().getContextView()).isSameAs(fetch);
					assertThat(((ClientRequestObservationContext) request).getRequest().url().getPath())
						.endsWith("/security/back-office/token");
				});
			});
		});
	}

	@Test
	void aFailedFetchIsObservedWithItsErrorCode() {
		runner().withPropertyValues("umbraco.management.client-secret=wrong").run((context) -> {
			try {
				context.getBean(UmbracoUserClient.class).getCurrentUser().block();
			}
			catch (RuntimeException expected) {
				// invalid_client
			}
			TestObservationRegistryAssert.assertThat(this.registry)
				.hasObservationWithNameEqualTo(UmbracoTokenManager.FETCH_OBSERVATION)
				.that()
				.hasBeenStopped()
				.hasLowCardinalityKeyValue("outcome", "failure")
				.hasLowCardinalityKeyValue("error", "invalid_client")
				.assertThatError()
				.isNotNull();
		});
	}

	@Test
	void theRevocationAtShutdownIsObserved() {
		runner().run((context) -> {
			context.getBean(UmbracoUserClient.class).getCurrentUser().block();
			context.close();
			TestObservationRegistryAssert.assertThat(this.registry)
				.hasObservationWithNameEqualTo(UmbracoTokenManager.REVOKE_OBSERVATION)
				.that()
				.hasBeenStopped()
				.hasLowCardinalityKeyValue("outcome", "success");
			assertThat(this.server.revocations()).isEqualTo(1);
		});
	}

	private static List<Observation.Context> named(List<Observation.Context> contexts, String name) {
		return contexts.stream().filter((context) -> name.equals(context.getName())).toList();
	}

}
