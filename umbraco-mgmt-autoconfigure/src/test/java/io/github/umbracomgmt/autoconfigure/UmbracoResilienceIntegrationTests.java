package io.github.umbracomgmt.autoconfigure;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import io.github.umbracomgmt.client.UmbracoUserClient;
import io.github.umbracomgmt.error.UmbracoAuthenticationException;
import io.github.umbracomgmt.error.UmbracoCircuitOpenException;
import io.github.umbracomgmt.error.UmbracoException;
import io.github.umbracomgmt.error.UmbracoRateLimitException;
import io.github.umbracomgmt.error.UmbracoServerException;
import io.github.umbracomgmt.error.UmbracoTimeoutException;
import io.github.umbracomgmt.site.UmbracoSites;
import io.github.umbracomgmt.test.MutableClock;
import io.github.umbracomgmt.test.UmbracoTestServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Retries, the circuit breaker and the failure messages of the auto-configured client,
 * over real HTTP against the fake Umbraco with faults injected.
 */
class UmbracoResilienceIntegrationTests {

	private static final String TOKEN_PATH = "/umbraco/management/api/v1/security/back-office/token";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private UmbracoTestServer server;

	@BeforeEach
	void startServer() {
		this.server = UmbracoTestServer.builder().clock(this.clock).start();
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	private ApplicationContextRunner runner() {
		return TestRunners.withBootWebClient()
			.withBean(UmbracoManagementAutoConfiguration.CLOCK_BEAN_NAME, java.time.Clock.class, () -> this.clock)
			.withPropertyValues(this.server.propertyValues());
	}

	/**
	 * The user client, after one call fetched the token; the server's counters start from
	 * there.
	 */
	private UmbracoUserClient withToken(org.springframework.context.ApplicationContext context) {
		UmbracoUserClient users = context.getBean(UmbracoUserClient.class);
		users.getCurrentUser().block();
		this.server.resetCounters();
		return users;
	}

	@Test
	void aGetThatGets503WithRetryAfterTwiceSucceedsWithThreeRequests() {
		runner().run((context) -> {
			UmbracoUserClient users = withToken(context);
			this.server.failNext(2, 503, Map.of("Retry-After", "1"));

			long start = System.nanoTime();
			assertThat(users.getCurrentUser().block().name()).isNotBlank();
			Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

			assertThat(this.server.apiRequests()).isEqualTo(3);
			// one second per Retry-After: 1, and no more than scheduling slack on a busy
			// machine
			assertThat(elapsed).isBetween(Duration.ofSeconds(2), Duration.ofMillis(3500));
		});
	}

	@Test
	void aPostThatGets503FailsAtOnceAfterOneRequest() {
		runner().run((context) -> {
			UmbracoUserClient users = withToken(context);
			this.server.failNext(1, 503, Map.of("Retry-After", "1"));

			long start = System.nanoTime();
			org.springframework.web.reactive.function.client.WebClient api = context.getBean(
					UmbracoManagementAutoConfiguration.WEB_CLIENT_BEAN_NAME,
					org.springframework.web.reactive.function.client.WebClient.class);
			assertThatExceptionOfType(UmbracoServerException.class).isThrownBy(() -> api.post()
				.uri("/umbraco/management/api/v1/user")
				.bodyValue(Map.of("name", "Ada", "email", "ada@example.com"))
				.retrieve()
				.toBodilessEntity()
				.block());
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
			assertThat(this.server.apiRequests()).isEqualTo(1);
		});
	}

	@Test
	void a429WithALongRetryAfterFailsWithinASecondCarryingIt() {
		runner().run((context) -> {
			UmbracoUserClient users = withToken(context);
			this.server.failNext(1, 429, Map.of("Retry-After", "120"));

			long start = System.nanoTime();
			assertThatExceptionOfType(UmbracoRateLimitException.class).isThrownBy(() -> users.getCurrentUser().block())
				.satisfies((ex) -> assertThat(ex.getRetryAfter()).contains(Duration.ofSeconds(120)));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
			assertThat(this.server.apiRequests()).isEqualTo(1);
		});
	}

	@Test
	void readsARetryAfterGivenAsAnHttpDate() {
		runner().withPropertyValues("umbraco.management.retry.enabled=false").run((context) -> {
			UmbracoUserClient users = context.getBean(UmbracoUserClient.class);
			String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME
				.format(Instant.now().plusSeconds(121).atOffset(ZoneOffset.UTC));
			this.server.failNext(1, 429, Map.of("Retry-After", inTwoMinutes));

			assertThatExceptionOfType(UmbracoRateLimitException.class).isThrownBy(() -> users.getCurrentUser().block())
				.satisfies((ex) -> assertThat(ex.getRetryAfter()).hasValueSatisfying(
						(wait) -> assertThat(wait).isBetween(Duration.ofSeconds(110), Duration.ofSeconds(121))));
		});
	}

	@Test
	void retriesAGetWhoseConnectionWasReset() {
		runner().withPropertyValues("umbraco.management.retry.backoff=10ms", "umbraco.management.retry.jitter=0ms")
			.run((context) -> {
				UmbracoUserClient users = withToken(context);
				this.server.resetConnectionNext(1);

				assertThat(users.getCurrentUser().block().name()).isNotBlank();
				assertThat(this.server.apiRequests()).isEqualTo(2);
			});
	}

	@Test
	void countsRetriesInTheMeterRegistry() {
		runner().withBean(SimpleMeterRegistry.class)
			.withPropertyValues("umbraco.management.retry.backoff=10ms", "umbraco.management.retry.jitter=0ms")
			.run((context) -> {
				UmbracoUserClient users = context.getBean(UmbracoUserClient.class);
				this.server.failNext(1, 502);
				users.getCurrentUser().block();
				assertThat(context.getBean(SimpleMeterRegistry.class)
					.get("umbraco.management.retries")
					.tags("method", "GET", "status", "502", "outcome", "retried", "site", "default")
					.counter()
					.count()).isEqualTo(1);
			});
	}

	@Test
	void eachSiteRetriesByItsOwnSettings() {
		try (UmbracoTestServer blog = blogServer()) {
			runner().withPropertyValues(site("blog", blog))
				.withPropertyValues("umbraco.management.retry.backoff=10ms", "umbraco.management.retry.jitter=0ms",
						"umbraco.management.sites.blog.retry.max-attempts=1")
				.run((context) -> {
					UmbracoSites sites = context.getBean(UmbracoSites.class);
					UmbracoUserClient mainUsers = sites.site("default").client(UmbracoUserClient.class);
					UmbracoUserClient blogUsers = sites.site("blog").client(UmbracoUserClient.class);
					mainUsers.getCurrentUser().block();
					blogUsers.getCurrentUser().block();
					this.server.resetCounters();
					blog.resetCounters();
					this.server.failNext(1, 503);
					blog.failNext(1, 503);

					assertThat(mainUsers.getCurrentUser().block().name()).isNotBlank();
					assertThatExceptionOfType(UmbracoServerException.class)
						.isThrownBy(() -> blogUsers.getCurrentUser().block());
					assertThat(this.server.apiRequests()).as("requests of the default site (3 attempts)").isEqualTo(2);
					assertThat(blog.apiRequests()).as("requests of the blog (max-attempts=1)").isEqualTo(1);
				});
		}
	}

	@Test
	void tagsEachSitesRetryMetersWithItsName() {
		try (UmbracoTestServer blog = blogServer()) {
			runner().withBean(SimpleMeterRegistry.class)
				.withPropertyValues(site("blog", blog))
				.withPropertyValues("umbraco.management.retry.backoff=10ms", "umbraco.management.retry.jitter=0ms",
						"umbraco.management.sites.blog.retry.backoff=10ms",
						"umbraco.management.sites.blog.retry.jitter=0ms")
				.run((context) -> {
					UmbracoSites sites = context.getBean(UmbracoSites.class);
					this.server.failNext(1, 502);
					blog.failNext(2, 502);
					sites.site("default").client(UmbracoUserClient.class).getCurrentUser().block();
					sites.site("blog").client(UmbracoUserClient.class).getCurrentUser().block();

					SimpleMeterRegistry meters = context.getBean(SimpleMeterRegistry.class);
					assertThat(retried(meters, "default")).isEqualTo(1);
					assertThat(retried(meters, "blog")).isEqualTo(2);
					assertThat(meters.find("umbraco.management.retries").counters()).isNotEmpty()
						.allSatisfy((counter) -> assertThat(counter.getId().getTag("site")).isIn("default", "blog"));
				});
		}
	}

	@Test
	void withTheBreakerOnCallsFailFastWhileUmbracoIsDownAndTheFirstCallAfterTheBreakSucceeds() {
		runner()
			.withPropertyValues("umbraco.management.circuit-breaker.enabled=true",
					"umbraco.management.circuit-breaker.minimum-number-of-calls=5",
					"umbraco.management.circuit-breaker.sliding-window-size=10",
					"umbraco.management.circuit-breaker.wait-duration-in-open-state=30s",
					"umbraco.management.retry.backoff=10ms", "umbraco.management.retry.jitter=0ms")
			.run((context) -> {
				UmbracoUserClient users = context.getBean(UmbracoUserClient.class);
				users.getCurrentUser().block();
				this.server.stop();

				// the calls that find Umbraco down fail without a response until the
				// breaker has seen enough of them
				CircuitBreaker breaker = breaker(context);
				int tripping = 0;
				while (breaker.getState() != CircuitBreaker.State.OPEN && tripping < 10) {
					assertThatExceptionOfType(UmbracoException.class).isThrownBy(() -> users.getCurrentUser().block());
					tripping++;
				}
				assertThat(tripping).as("calls until the breaker opened").isLessThanOrEqualTo(5);

				// an open breaker fails the call on the calling thread, without I/O: its
				// CPU time is the cost,
				// whatever else the (shared) machine runs; the wall-clock bound only
				// catches any waiting
				java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
				long cpuStart = threads.getCurrentThreadCpuTime();
				long start = System.nanoTime();
				for (int i = 0; i < 100; i++) {
					assertThatExceptionOfType(UmbracoCircuitOpenException.class)
						.isThrownBy(() -> users.getCurrentUser().block());
				}
				Duration cpu = Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpuStart);
				Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
				assertThat(cpu).as("CPU time of 100 calls while Umbraco is down").isLessThan(Duration.ofSeconds(1));
				assertThat(elapsed).as("wall time of 100 calls while Umbraco is down")
					.isLessThan(Duration.ofSeconds(5));
				assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);

				this.server.restart();
				assertThatExceptionOfType(UmbracoCircuitOpenException.class)
					.isThrownBy(() -> users.getCurrentUser().block())
					.withMessageContaining("circuit breaker 'umbraco' is OPEN");
				this.clock.advance(Duration.ofSeconds(30).plusMillis(1));
				assertThat(users.getCurrentUser().block().name()).isNotBlank();
				assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
			});
	}

	@Test
	void theBreakerDoesNotCountFailedTokenRequests() {
		runner()
			.withPropertyValues("umbraco.management.circuit-breaker.enabled=true",
					"umbraco.management.circuit-breaker.minimum-number-of-calls=2")
			.run((context) -> {
				UmbracoUserClient users = context.getBean(UmbracoUserClient.class);
				this.server.failTokenRequestsNext(1, 503);
				for (int i = 0; i < 5; i++) {
					assertThatExceptionOfType(UmbracoAuthenticationException.class)
						.isThrownBy(() -> users.getCurrentUser().block());
				}
				assertThat(this.server.tokenRequests()).as("the token manager's own backoff").isEqualTo(1);
				CircuitBreaker breaker = breaker(context);
				assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
				assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
			});
	}

	@Test
	void usesTheApplicationsCircuitBreakerRegistry() {
		CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
		runner().withBean(CircuitBreakerRegistry.class, () -> registry)
			.withPropertyValues("umbraco.management.circuit-breaker.enabled=true",
					"umbraco.management.circuit-breaker.name=cms")
			.run((context) -> {
				assertThat(registry.find("cms")).isPresent();
				assertThat(breaker(context)).isSameAs(registry.circuitBreaker("cms"));
				context.getBean(UmbracoUserClient.class).getCurrentUser().block();
				assertThat(registry.circuitBreaker("cms").getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(1);
			});
	}

	@Test
	void aNamedSitesBreakerOpensAloneAndIsTheApplicationsUnderItsOwnName() {
		CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
		try (UmbracoTestServer blog = blogServer()) {
			runner().withBean(CircuitBreakerRegistry.class, () -> registry)
				.withPropertyValues(site("blog", blog))
				.withPropertyValues("umbraco.management.circuit-breaker.enabled=true",
						"umbraco.management.sites.blog.circuit-breaker.enabled=true",
						"umbraco.management.sites.blog.circuit-breaker.minimum-number-of-calls=2",
						"umbraco.management.sites.blog.circuit-breaker.sliding-window-size=2",
						"umbraco.management.sites.blog.circuit-breaker.wait-duration-in-open-state=30s",
						"umbraco.management.sites.blog.retry.enabled=false")
				.run((context) -> {
					UmbracoSites sites = context.getBean(UmbracoSites.class);
					UmbracoUserClient mainUsers = sites.site("default").client(UmbracoUserClient.class);
					UmbracoUserClient blogUsers = sites.site("blog").client(UmbracoUserClient.class);
					mainUsers.getCurrentUser().block();
					blogUsers.getCurrentUser().block();
					CircuitBreaker mainBreaker = registry.find("umbraco").orElseThrow();
					CircuitBreaker blogBreaker = registry.find("umbraco-blog").orElseThrow();
					assertThat(ApiFilters.breaker(sites.site("default"))).isSameAs(mainBreaker);
					assertThat(ApiFilters.breaker(sites.site("blog"))).isSameAs(blogBreaker);

					blog.stop();
					int tripping = 0;
					while (blogBreaker.getState() != CircuitBreaker.State.OPEN && tripping < 10) {
						assertThatExceptionOfType(UmbracoException.class)
							.isThrownBy(() -> blogUsers.getCurrentUser().block());
						tripping++;
					}
					// the window of 2 holds the first, successful call: one failure is
					// the 50 % that opens it
					assertThat(tripping).as("calls until the blog's breaker opened").isEqualTo(1);
					assertThatExceptionOfType(UmbracoCircuitOpenException.class)
						.isThrownBy(() -> blogUsers.getCurrentUser().block())
						.withMessageContaining("circuit breaker 'umbraco-blog' is OPEN");

					// the default site goes on through its own breaker, which saw none of
					// the blog's failures
					assertThat(mainUsers.getCurrentUser().block().name()).isNotBlank();
					assertThat(mainBreaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
					assertThat(mainBreaker.getMetrics().getNumberOfFailedCalls()).isZero();
					assertThat(mainBreaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(2);

					blog.restart();
					this.clock.advance(Duration.ofSeconds(30).plusMillis(1));
					assertThat(blogUsers.getCurrentUser().block().name()).isNotBlank();
					assertThat(blogBreaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
				});
		}
	}

	@Test
	void anApiCallThatTimesOutNamesTheLimitAndTheProperty() {
		runner().withPropertyValues("umbraco.management.response-timeout=1s", "umbraco.management.retry.enabled=false")
			.run((context) -> {
				UmbracoUserClient users = context.getBean(UmbracoUserClient.class);
				users.getCurrentUser().block();
				this.server.setApiLatency(Duration.ofSeconds(3));
				assertThatExceptionOfType(UmbracoTimeoutException.class)
					.isThrownBy(() -> users.getCurrentUser().block())
					.withMessage("GET /umbraco/management/api/v1/user/current timed out after 1 s "
							+ "(umbraco.management.response-timeout)")
					.satisfies((ex) -> {
						assertThat(ex.getTimeout()).isEqualTo(Duration.ofSeconds(1));
						assertThat(ex.getProperty()).isEqualTo("umbraco.management.response-timeout");
					});
			});
	}

	@Test
	void aTokenRequestThatTimesOutNamesTheLimitAndTheProperty() {
		runner().withPropertyValues("umbraco.management.response-timeout=1s").run((context) -> {
			this.server.setTokenLatency(Duration.ofSeconds(3));
			assertThatExceptionOfType(UmbracoAuthenticationException.class)
				.isThrownBy(() -> context.getBean(UmbracoUserClient.class).getCurrentUser().block())
				.withMessage("Error obtaining a token: " + this.server.baseUrl() + TOKEN_PATH
						+ " timed out after 1 s (umbraco.management.response-timeout)");
		});
	}

	@Test
	void aTokenEndpoint500SaysSoWithItsProblemDetails() {
		runner().run((context) -> {
			this.server.failTokenRequestsNext(1, 500);
			assertThatExceptionOfType(UmbracoAuthenticationException.class)
				.isThrownBy(() -> context.getBean(UmbracoUserClient.class).getCurrentUser().block())
				.withMessage("Error obtaining a token: The token endpoint answered HTTP 500: Internal Server Error - "
						+ "Injected by UmbracoTestServer. (server_error)")
				.satisfies((ex) -> assertThat(ex.getError()).isEqualTo("server_error"));
		});
	}

	/** A second fake Umbraco, with credentials of its own, on the test's clock. */
	private UmbracoTestServer blogServer() {
		return UmbracoTestServer.builder()
			.clientId("umbraco-back-office-blog")
			.clientSecret("blog-secret")
			.clock(this.clock)
			.start();
	}

	private static String[] site(String name, UmbracoTestServer server) {
		String prefix = UmbracoManagementProperties.SITES_PREFIX + "." + name;
		return server.propertyValues(prefix);
	}

	private static double retried(SimpleMeterRegistry meters, String site) {
		return meters.get("umbraco.management.retries")
			.tags("method", "GET", "status", "502", "outcome", "retried", "site", site)
			.counter()
			.count();
	}

	private static CircuitBreaker breaker(ApplicationContext context) {
		return ApiFilters.breaker(context.getBean(UmbracoSites.class).defaultSite());
	}

}
