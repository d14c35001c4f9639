package io.github.umbracomgmt.autoconfigure;

import org.jspecify.annotations.Nullable;

import java.time.Duration;

/**
 * The optional circuit breaker in front of a site's Management API, bound from
 * {@code umbraco.management.circuit-breaker.*} (and, per site, from
 * {@code umbraco.management.sites.<name>.circuit-breaker.*}). Needs Resilience4j
 * ({@code io.github.resilience4j:resilience4j-circuitbreaker}) on the classpath.
 *
 * <p>
 * The breaker is Resilience4j's own, named {@code name}, from the application's
 * {@code CircuitBreakerRegistry} when there is one (e.g. from resilience4j-spring-boot),
 * else from a private registry. The thresholds below apply unless that registry already
 * has a breaker of that name (e.g. configured under
 * {@code resilience4j.circuitbreaker.instances.umbraco.*}).
 *
 * @author umbraco-mgmt
 */
public class UmbracoCircuitBreakerProperties {

	/**
	 * Whether Management API calls go through a Resilience4j circuit breaker.
	 */
	private boolean enabled;

	/**
	 * Name of the circuit breaker in the Resilience4j registry, as its metrics and
	 * actuator endpoints show it. Defaults to 'umbraco' for the default site; every site
	 * gets a breaker of its own.
	 */
	private @Nullable String name;

	/**
	 * Percentage of failed calls (5xx responses and calls without a response) from which
	 * the breaker opens.
	 */
	private float failureRateThreshold = 50;

	/**
	 * Number of most recent calls from which the failure rate is computed.
	 */
	private int slidingWindowSize = 20;

	/**
	 * Fewest calls in the window before the failure rate is judged at all.
	 */
	private int minimumNumberOfCalls = 10;

	/**
	 * How long an open breaker fails calls at once before it lets probes through.
	 */
	private Duration waitDurationInOpenState = Duration.ofSeconds(30);

	/**
	 * Number of probe calls let through after the wait; when they succeed, the breaker
	 * closes again.
	 */
	private int permittedNumberOfCallsInHalfOpenState = 1;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public float getFailureRateThreshold() {
		return this.failureRateThreshold;
	}

	public void setFailureRateThreshold(float failureRateThreshold) {
		this.failureRateThreshold = failureRateThreshold;
	}

	public int getSlidingWindowSize() {
		return this.slidingWindowSize;
	}

	public void setSlidingWindowSize(int slidingWindowSize) {
		this.slidingWindowSize = slidingWindowSize;
	}

	public int getMinimumNumberOfCalls() {
		return this.minimumNumberOfCalls;
	}

	public void setMinimumNumberOfCalls(int minimumNumberOfCalls) {
		this.minimumNumberOfCalls = minimumNumberOfCalls;
	}

	public Duration getWaitDurationInOpenState() {
		return this.waitDurationInOpenState;
	}

	public void setWaitDurationInOpenState(Duration waitDurationInOpenState) {
		this.waitDurationInOpenState = waitDurationInOpenState;
	}

	public int getPermittedNumberOfCallsInHalfOpenState() {
		return this.permittedNumberOfCallsInHalfOpenState;
	}

	public void setPermittedNumberOfCallsInHalfOpenState(int permittedNumberOfCallsInHalfOpenState) {
		this.permittedNumberOfCallsInHalfOpenState = permittedNumberOfCallsInHalfOpenState;
	}

	/**
	 * Checks every setting when the breaker is enabled, failing on the first invalid one
	 * with an exception that names the property.
	 * @param prefix where these settings are bound, e.g.
	 * {@code umbraco.management.circuit-breaker} or
	 * {@code umbraco.management.sites.blog.circuit-breaker}
	 * @throws InvalidUmbracoPropertyException when a setting is invalid
	 */
	public void validate(String prefix) {
		if (!this.enabled) {
			return;
		}
		if (this.name != null && this.name.isBlank()) {
			throw new InvalidUmbracoPropertyException(prefix, "name", this.name, "is empty",
					"Set " + prefix + ".name to the breaker's name in the Resilience4j registry, "
							+ "or remove it to use the default.");
		}
		if (!(this.failureRateThreshold > 0 && this.failureRateThreshold <= 100)) {
			throw new InvalidUmbracoPropertyException(prefix, "failure-rate-threshold", this.failureRateThreshold,
					"must be above 0 and at most 100",
					"Set " + prefix + ".failure-rate-threshold to a percentage such as 50.");
		}
		requireAtLeastOne(prefix, "sliding-window-size", this.slidingWindowSize);
		requireAtLeastOne(prefix, "minimum-number-of-calls", this.minimumNumberOfCalls);
		requireAtLeastOne(prefix, "permitted-number-of-calls-in-half-open-state",
				this.permittedNumberOfCallsInHalfOpenState);
		UmbracoSiteProperties.requirePositive(prefix, "wait-duration-in-open-state", this.waitDurationInOpenState,
				false);
	}

	private static void requireAtLeastOne(String prefix, String property, int value) {
		if (value < 1) {
			throw new InvalidUmbracoPropertyException(prefix, property, value, "must be at least 1",
					"Set " + prefix + "." + property + " to 1 or more, or remove it to use the default.");
		}
	}

}
