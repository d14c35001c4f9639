package io.github.umbracomgmt.autoconfigure;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.umbracomgmt.http.UmbracoCircuitBreakerFilter;
import io.github.umbracomgmt.http.UmbracoRetryFilter;
import io.github.umbracomgmt.http.UmbracoRetryPolicy;
import io.github.umbracomgmt.site.UmbracoSite;
import io.github.umbracomgmt.site.UmbracoSiteCustomizer;
import io.github.umbracomgmt.site.UmbracoSites;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the retry and circuit-breaker part of
 * {@link UmbracoManagementAutoConfiguration}: defaults, binding into each site's filters,
 * a policy of the application's own, a missing Resilience4j and invalid values, for the
 * default site and for named ones. A site's retry and breaker are filters of its API
 * {@code WebClient}, read back with {@link ApiFilters}.
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
			assertThat(ApiFilters.retryFilter(defaultSite(context))).hasToString(
					"UmbracoRetryFilter[UmbracoRetryPolicy[maxAttempts=3, backoff=PT0.5S, maxBackoff=PT5S, multiplier=2.0, "
							+ "jitter=PT0.25S, maxRetryAfter=PT10S, idempotentWrites=false, attemptTimeout=null, "
							+ "totalTimeout=PT1M]]");
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
			.run((context) -> assertThat(ApiFilters.retryFilter(defaultSite(context))).hasToString(
					"UmbracoRetryFilter[UmbracoRetryPolicy[maxAttempts=5, backoff=PT0.1S, maxBackoff=PT2S, multiplier=3.0, "
							+ "jitter=PT0.05S, maxRetryAfter=PT30S, idempotentWrites=true, attemptTimeout=PT4S, "
							+ "totalTimeout=PT20S]]"));
	}

	@Test
	void bindsEachNamedSitesOwnRetrySettings() {
		this.runner.withPropertyValues(site("blog"))
			.withPropertyValues(site("shop"))
			.withPropertyValues("umbraco.management.retry.max-attempts=5",
					"umbraco.management.sites.blog.retry.max-attempts=1",
					"umbraco.management.sites.blog.retry.idempotent-writes=true",
					"umbraco.management.sites.shop.retry.backoff=100ms")
			.run((context) -> {
				UmbracoSites sites = context.getBean(UmbracoSites.class);
				assertThat(ApiFilters.retryFilter(sites.site("default")).toString()).contains("maxAttempts=5,")
					.contains("backoff=PT0.5S,")
					.contains("idempotentWrites=false");
				assertThat(ApiFilters.retryFilter(sites.site("blog")).toString()).contains("maxAttempts=1,")
					.contains("backoff=PT0.5S,")
					.contains("idempotentWrites=true");
				// a named site's settings are its own: it does not inherit the default
				// site's max-attempts
				assertThat(ApiFilters.retryFilter(sites.site("shop")).toString()).contains("maxAttempts=3,")
					.contains("backoff=PT0.1S,")
					.contains("idempotentWrites=false");
			});
	}

	@Test
	void sendsEachCallOnceWhenRetriesAreDisabled() {
		this.runner.withPropertyValues("umbraco.management.retry.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(ApiFilters.of(defaultSite(context), UmbracoRetryFilter.class)).isEmpty();
		});
	}

	@Test
	void disablesRetriesOfOneNamedSiteOnly() {
		this.runner.withPropertyValues(site("blog"))
			.withPropertyValues("umbraco.management.sites.blog.retry.enabled=false")
			.run((context) -> {
				UmbracoSites sites = context.getBean(UmbracoSites.class);
				assertThat(ApiFilters.of(sites.site("blog"), UmbracoRetryFilter.class)).isEmpty();
				assertThat(ApiFilters.of(sites.site("default"), UmbracoRetryFilter.class)).hasSize(1);
			});
	}

	@Test
	void takesTheApplicationsOwnRetryPolicyAndBreakerThroughASiteCustomizer() {
		// what README's "Retries and the circuit breaker" tells an application that wants
		// its own: switch the site's
		// off and add its own filters with an UmbracoSiteCustomizer
		UmbracoRetryPolicy ownPolicy = UmbracoRetryPolicy.builder().maxAttempts(7).build();
		UmbracoRetryFilter ownRetry = ownPolicy.filter();
		UmbracoCircuitBreakerFilter ownBreaker = UmbracoCircuitBreakerFilter.of(CircuitBreaker.ofDefaults("mine"));
		this.runner.withPropertyValues(site("blog"))
			.withPropertyValues("umbraco.management.retry.enabled=false")
			.withBean(UmbracoSiteCustomizer.class, () -> (site) -> {
				if (site.name().equals(UmbracoSite.DEFAULT_NAME)) {
					site.apiFilter(ownRetry).apiFilter(ownBreaker);
				}
			})
			.run((context) -> {
				UmbracoSites sites = context.getBean(UmbracoSites.class);
				assertThat(ApiFilters.of(sites.site("default"), UmbracoRetryFilter.class)).containsExactly(ownRetry);
				assertThat(ApiFilters.of(sites.site("default"), UmbracoCircuitBreakerFilter.class))
					.containsExactly(ownBreaker);
				assertThat(ApiFilters.retryFilter(sites.site("blog"))).isNotSameAs(ownRetry);
				assertThat(ApiFilters.of(sites.site("blog"), UmbracoCircuitBreakerFilter.class)).isEmpty();
			});
	}

	@Test
	void failsOnTooFewAttempts() {
		this.runner.withPropertyValues("umbraco.management.retry.max-attempts=0")
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.retry.max-attempts",
					"umbraco.management.retry.max-attempts '0' must be at least 1",
					"Set umbraco.management.retry.max-attempts to 1 (no retries) or more"));
	}

	@Test
	void failsOnTooFewAttemptsOfANamedSiteNamingItsProperty() {
		this.runner.withPropertyValues(site("blog"))
			.withPropertyValues("umbraco.management.sites.blog.retry.max-attempts=0")
			.run((context) -> assertFailure(context.getStartupFailure(),
					"umbraco.management.sites.blog.retry.max-attempts",
					"umbraco.management.sites.blog.retry.max-attempts '0' must be at least 1",
					"Set umbraco.management.sites.blog.retry.max-attempts to 1 (no retries) or more, or set "
							+ "umbraco.management.sites.blog.retry.enabled=false."));
	}

	@Test
	void failsOnAMaxBackoffShorterThanTheBackoffOfANamedSite() {
		this.runner.withPropertyValues(site("blog"))
			.withPropertyValues("umbraco.management.sites.blog.retry.backoff=2s",
					"umbraco.management.sites.blog.retry.max-backoff=1s")
			.run((context) -> assertFailure(context.getStartupFailure(),
					"umbraco.management.sites.blog.retry.max-backoff",
					"is shorter than umbraco.management.sites.blog.retry.backoff",
					"Set umbraco.management.sites.blog.retry.max-backoff to at least "
							+ "umbraco.management.sites.blog.retry.backoff."));
	}

	@Test
	void failsOnAMaxBackoffShorterThanTheBackoff() {
		this.runner.withPropertyValues("umbraco.management.retry.backoff=2s", "umbraco.management.retry.max-backoff=1s")
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.retry.max-backoff",
					"is shorter than umbraco.management.retry.backoff",
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
			assertThat(ApiFilters.of(defaultSite(context), UmbracoCircuitBreakerFilter.class)).isEmpty();
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
				var breaker = ApiFilters.breaker(defaultSite(context));
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
		var own = registry.circuitBreaker("umbraco", CircuitBreakerConfig.custom().slidingWindowSize(42).build());
		this.runner.withBean(CircuitBreakerRegistry.class, () -> registry)
			.withPropertyValues("umbraco.management.circuit-breaker.enabled=true")
			.run((context) -> assertThat(ApiFilters.breaker(defaultSite(context))).isSameAs(own));
	}

	@Test
	void givesEachNamedSiteItsOwnBreakerInTheApplicationsRegistry() {
		CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
		this.runner.withBean(CircuitBreakerRegistry.class, () -> registry)
			.withPropertyValues(site("blog"))
			.withPropertyValues(site("shop"))
			.withPropertyValues("umbraco.management.circuit-breaker.enabled=true",
					"umbraco.management.sites.blog.circuit-breaker.enabled=true",
					"umbraco.management.sites.blog.circuit-breaker.sliding-window-size=8")
			.run((context) -> {
				UmbracoSites sites = context.getBean(UmbracoSites.class);
				CircuitBreaker main = ApiFilters.breaker(sites.site("default"));
				CircuitBreaker blog = ApiFilters.breaker(sites.site("blog"));
				assertThat(main.getName()).isEqualTo("umbraco");
				assertThat(blog.getName()).isEqualTo("umbraco-blog");
				assertThat(main).isSameAs(registry.find("umbraco").orElseThrow());
				assertThat(blog).isSameAs(registry.find("umbraco-blog").orElseThrow());
				assertThat(blog.getCircuitBreakerConfig().getSlidingWindowSize()).isEqualTo(8);
				assertThat(main.getCircuitBreakerConfig().getSlidingWindowSize()).isEqualTo(20);
				// the shop did not ask for a breaker
				assertThat(ApiFilters.of(sites.site("shop"), UmbracoCircuitBreakerFilter.class)).isEmpty();
				assertThat(registry.getAllCircuitBreakers()).extracting(CircuitBreaker::getName)
					.containsExactlyInAnyOrder("umbraco", "umbraco-blog");
			});
	}

	@Test
	void givesANamedSiteAPrivateBreakerOfItsOwnWithoutARegistry() {
		this.runner.withPropertyValues(site("blog"))
			.withPropertyValues("umbraco.management.sites.blog.circuit-breaker.enabled=true")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(CircuitBreakerRegistry.class);
				UmbracoSites sites = context.getBean(UmbracoSites.class);
				assertThat(ApiFilters.breaker(sites.site("blog")).getName()).isEqualTo("umbraco-blog");
				assertThat(ApiFilters.of(sites.site("default"), UmbracoCircuitBreakerFilter.class)).isEmpty();
			});
	}

	@Test
	void runsWithoutResilience4jWhileTheBreakerIsOff() {
		this.runner.withClassLoader(new FilteredClassLoader(CircuitBreakerRegistry.class)).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(SiteCircuitBreakers.class);
			assertThat(ApiFilters.of(defaultSite(context), UmbracoRetryFilter.class)).hasSize(1);
		});
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
	void failsWhenANamedSiteEnablesTheBreakerWithoutResilience4jNamingItsOwnProperty() {
		this.runner.withClassLoader(new FilteredClassLoader(CircuitBreakerRegistry.class))
			.withPropertyValues(site("blog"))
			.withPropertyValues("umbraco.management.sites.blog.circuit-breaker.enabled=true")
			.run((context) -> assertFailure(context.getStartupFailure(),
					"umbraco.management.sites.blog.circuit-breaker.enabled",
					"needs Resilience4j, which is not on the classpath",
					"Add the dependency io.github.resilience4j:resilience4j-circuitbreaker, or remove "
							+ "umbraco.management.sites.blog.circuit-breaker.enabled."));
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
	void failsOnAnInvalidFailureRateThresholdOfANamedSite() {
		this.runner.withPropertyValues(site("blog"))
			.withPropertyValues("umbraco.management.sites.blog.circuit-breaker.enabled=true",
					"umbraco.management.sites.blog.circuit-breaker.failure-rate-threshold=150")
			.run((context) -> assertFailure(context.getStartupFailure(),
					"umbraco.management.sites.blog.circuit-breaker.failure-rate-threshold",
					"must be above 0 and at most 100",
					"Set umbraco.management.sites.blog.circuit-breaker.failure-rate-threshold to a percentage"));
	}

	private static UmbracoSite defaultSite(AssertableApplicationContext context) {
		return context.getBean(UmbracoSites.class).defaultSite();
	}

	/** The connection settings of a named site; its Umbraco is never called. */
	private static String[] site(String name) {
		String prefix = UmbracoManagementProperties.SITES_PREFIX + "." + name;
		return new String[] { prefix + ".base-url=https://" + name + ".example.com/",
				prefix + ".client-id=umbraco-back-office-" + name, prefix + ".client-secret=" + name + "-secret" };
	}

	private static void assertFailure(Throwable failure, String property, String problem, String action) {
		assertThat(failure).isNotNull();
		FailureAnalysis analysis = new UmbracoConfigurationFailureAnalyzer().analyze(failure);
		assertThat(analysis).as("failure analysis of %s", failure).isNotNull();
		assertThat(analysis.getDescription()).contains("Property: " + property).contains(problem);
		assertThat(analysis.getAction()).contains(action);
	}

}
