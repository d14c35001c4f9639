package io.github.umbracomgmt.autoconfigure;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;

import io.github.umbracomgmt.http.UmbracoCircuitBreakerFilter;
import io.github.umbracomgmt.http.UmbracoRetryPolicy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the retry and circuit-breaker part of {@link UmbracoManagementAutoConfiguration}: defaults, binding,
 * back-off, a missing Resilience4j and invalid values.
 */
class UmbracoResilienceAutoConfigurationTests {

	private static final String[] REQUIRED = { "umbraco.management.base-url=https://umbraco.example.com/",
			"umbraco.management.client-id=umbraco-back-office-my-client", "umbraco.management.client-secret=secret" };

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(UmbracoManagementAutoConfiguration.class))
		.withPropertyValues(REQUIRED);

	@Test
	void retriesByDefaultWithTheDocumentedSettings() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(UmbracoRetryPolicy.class);
			UmbracoRetryProperties retry = context.getBean(UmbracoManagementProperties.class).getRetry();
			assertThat(retry.isEnabled()).isTrue();
			assertThat(retry.getMaxAttempts()).isEqualTo(3);
			assertThat(retry.getBackoff()).isEqualTo(Duration.ofMillis(500));
			assertThat(retry.getMultiplier()).isEqualTo(2.0);
			assertThat(retry.getMaxBackoff()).isEqualTo(Duration.ofSeconds(5));
			assertThat(retry.getJitter()).isEqualTo(Duration.ofMillis(250));
			assertThat(retry.getMaxRetryAfter()).isEqualTo(Duration.ofSeconds(10));
			assertThat(retry.isIdempotentWrites()).isFalse();
			assertThat(retry.getAttemptTimeout()).isNull();
			assertThat(retry.getTotalTimeout()).isEqualTo(Duration.ofSeconds(60));
		});
	}

	@Test
	void bindsTheRetrySettingsIntoThePolicy() {
		this.runner
			.withPropertyValues("umbraco.management.retry.max-attempts=5", "umbraco.management.retry.backoff=100ms",
					"umbraco.management.retry.multiplier=3", "umbraco.management.retry.max-backoff=2s",
					"umbraco.management.retry.jitter=50ms", "umbraco.management.retry.max-retry-after=30s",
					"umbraco.management.retry.idempotent-writes=true", "umbraco.management.retry.attempt-timeout=4s",
					"umbraco.management.retry.total-timeout=20s")
			.run((context) -> assertThat(context.getBean(UmbracoRetryPolicy.class)).hasToString(
					"UmbracoRetryPolicy[maxAttempts=5, backoff=PT0.1S, maxBackoff=PT2S, multiplier=3.0, jitter=PT0.05S, "
							+ "maxRetryAfter=PT30S, idempotentWrites=true, attemptTimeout=PT4S, totalTimeout=PT20S]"));
	}

	@Test
	void sendsEachCallOnceWhenRetriesAreDisabled() {
		this.runner.withPropertyValues("umbraco.management.retry.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(UmbracoRetryPolicy.class));
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnRetryPolicy() {
		UmbracoRetryPolicy own = UmbracoRetryPolicy.builder().maxAttempts(7).build();
		this.runner.withBean(UmbracoRetryPolicy.class, () -> own)
			.run((context) -> assertThat(context.getBean(UmbracoRetryPolicy.class)).isSameAs(own));
	}

	@Test
	void failsOnTooFewAttempts() {
		this.runner.withPropertyValues("umbraco.management.retry.max-attempts=0")
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.retry.max-attempts",
					"umbraco.management.retry.max-attempts '0' must be at least 1",
					"Set umbraco.management.retry.max-attempts to 1 (no retries) or more"));
	}

	@Test
	void failsOnAMaxBackoffShorterThanTheBackoff() {
		this.runner
			.withPropertyValues("umbraco.management.retry.backoff=2s", "umbraco.management.retry.max-backoff=1s")
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.retry.max-backoff",
					"is shorter than retry.backoff",
					"Set umbraco.management.retry.max-backoff to at least umbraco.management.retry.backoff."));
	}

	@Test
	void failsOnANegativeMaxRetryAfter() {
		this.runner.withPropertyValues("umbraco.management.retry.max-retry-after=-1s")
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.retry.max-retry-after",
					"must not be negative", "Set umbraco.management.retry.max-retry-after to a non-negative duration"));
	}

	@Test
	void failsOnAZeroTotalTimeout() {
		this.runner.withPropertyValues("umbraco.management.retry.total-timeout=0s")
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.retry.total-timeout",
					"must be positive", "Set umbraco.management.retry.total-timeout to a positive duration"));
	}

	@Test
	void hasNoCircuitBreakerByDefault() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(UmbracoManagementAutoConfiguration.CIRCUIT_BREAKER_FILTER_BEAN_NAME);
			assertThat(context.getBean(UmbracoManagementProperties.class).getCircuitBreaker().isEnabled()).isFalse();
		});
	}

	@Test
	void sendsCallsThroughAPrivateCircuitBreakerWhenEnabled() {
		this.runner
			.withPropertyValues("umbraco.management.circuit-breaker.enabled=true",
					"umbraco.management.circuit-breaker.failure-rate-threshold=25",
					"umbraco.management.circuit-breaker.sliding-window-size=8",
					"umbraco.management.circuit-breaker.minimum-number-of-calls=4",
					"umbraco.management.circuit-breaker.wait-duration-in-open-state=5s",
					"umbraco.management.circuit-breaker.permitted-number-of-calls-in-half-open-state=2")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(CircuitBreakerRegistry.class);
				var breaker = ((UmbracoCircuitBreakerFilter) context.getBean(
						UmbracoManagementAutoConfiguration.CIRCUIT_BREAKER_FILTER_BEAN_NAME,
						ExchangeFilterFunction.class))
					.getCircuitBreaker();
				assertThat(breaker.getName()).isEqualTo("umbraco");
				var config = breaker.getCircuitBreakerConfig();
				assertThat(config.getFailureRateThreshold()).isEqualTo(25f);
				assertThat(config.getSlidingWindowSize()).isEqualTo(8);
				assertThat(config.getMinimumNumberOfCalls()).isEqualTo(4);
				assertThat(config.getWaitIntervalFunctionInOpenState().apply(1)).isEqualTo(5000L);
				assertThat(config.getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(2);
			});
	}

	@Test
	void keepsABreakerTheApplicationsRegistryAlreadyConfigures() {
		CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
		var own = registry.circuitBreaker("umbraco",
				io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.custom().slidingWindowSize(42).build());
		this.runner.withBean(CircuitBreakerRegistry.class, () -> registry)
			.withPropertyValues("umbraco.management.circuit-breaker.enabled=true")
			.run((context) -> assertThat(((UmbracoCircuitBreakerFilter) context.getBean(
					UmbracoManagementAutoConfiguration.CIRCUIT_BREAKER_FILTER_BEAN_NAME, ExchangeFilterFunction.class))
				.getCircuitBreaker()).isSameAs(own));
	}

	@Test
	void runsWithoutResilience4jWhileTheBreakerIsOff() {
		this.runner.withClassLoader(new FilteredClassLoader(CircuitBreakerRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(UmbracoRetryPolicy.class));
	}

	@Test
	void failsWhenTheBreakerIsEnabledWithoutResilience4j() {
		this.runner.withClassLoader(new FilteredClassLoader(CircuitBreakerRegistry.class))
			.withPropertyValues("umbraco.management.circuit-breaker.enabled=true")
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.circuit-breaker.enabled",
					"needs Resilience4j, which is not on the classpath",
					"Add the dependency io.github.resilience4j:resilience4j-circuitbreaker"));
	}

	@Test
	void failsOnAnInvalidFailureRateThreshold() {
		this.runner
			.withPropertyValues("umbraco.management.circuit-breaker.enabled=true",
					"umbraco.management.circuit-breaker.failure-rate-threshold=150")
			.run((context) -> assertFailure(context.getStartupFailure(),
					"umbraco.management.circuit-breaker.failure-rate-threshold", "must be above 0 and at most 100",
					"Set umbraco.management.circuit-breaker.failure-rate-threshold to a percentage"));
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnBreakerFilter() {
		ExchangeFilterFunction own = (request, next) -> next.exchange(request);
		this.runner.withBean(UmbracoManagementAutoConfiguration.CIRCUIT_BREAKER_FILTER_BEAN_NAME,
				ExchangeFilterFunction.class, () -> own)
			.withPropertyValues("umbraco.management.circuit-breaker.enabled=true")
			.run((context) -> assertThat(context.getBean(
					UmbracoManagementAutoConfiguration.CIRCUIT_BREAKER_FILTER_BEAN_NAME)).isSameAs(own));
	}

	private static void assertFailure(Throwable failure, String property, String problem, String action) {
		assertThat(failure).isNotNull();
		FailureAnalysis analysis = new UmbracoConfigurationFailureAnalyzer().analyze(failure);
		assertThat(analysis).as("failure analysis of %s", failure).isNotNull();
		assertThat(analysis.getDescription()).contains("Property: " + property).contains(problem);
		assertThat(analysis.getAction()).contains(action);
	}

}
