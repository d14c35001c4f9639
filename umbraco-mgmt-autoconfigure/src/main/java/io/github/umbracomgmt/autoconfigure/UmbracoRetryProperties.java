package io.github.umbracomgmt.autoconfigure;

import org.jspecify.annotations.Nullable;

import java.time.Duration;

/**
 * Retries of Management API calls, bound from {@code umbraco.management.retry.*} (and,
 * per site, from {@code umbraco.management.sites.<name>.retry.*}).
 *
 * <p>
 * GET, HEAD and OPTIONS are retried on 408, 429, 502, 503 and 504 and on failures without
 * a response; PUT and DELETE only with {@code idempotent-writes}; POST and PATCH only
 * when the connection could not be established.
 *
 * @author umbraco-mgmt
 */
public class UmbracoRetryProperties {

	/**
	 * Whether to retry Management API calls that failed for a reason that may pass.
	 */
	private boolean enabled = true;

	/**
	 * Most attempts per call, the first one included. 1 sends each call once.
	 */
	private int maxAttempts = 3;

	/**
	 * Wait before the first retry when the response has no Retry-After; each further wait
	 * is multiplied by the multiplier.
	 */
	private Duration backoff = Duration.ofMillis(500);

	/**
	 * Factor by which each further wait grows.
	 */
	private double multiplier = 2.0;

	/**
	 * Longest wait between attempts when the response has no Retry-After.
	 */
	private Duration maxBackoff = Duration.ofSeconds(5);

	/**
	 * Random deviation of the first wait, growing with the waits, so that many clients do
	 * not retry in step.
	 */
	private Duration jitter = Duration.ofMillis(250);

	/**
	 * Longest Retry-After that is waited for. A longer one fails the call at once with
	 * the exception, whose getRetryAfter() tells the wait.
	 */
	private Duration maxRetryAfter = Duration.ofSeconds(10);

	/**
	 * Whether PUT and DELETE are retried like GET. A write may have taken effect before
	 * the failure.
	 */
	private boolean idempotentWrites;

	/**
	 * Longest one attempt may take until its response arrives. Unset: only
	 * connect-timeout and response-timeout limit an attempt.
	 */
	private @Nullable Duration attemptTimeout;

	/**
	 * Longest a retried call may take until its response arrives, all attempts and waits
	 * included. The first attempt is limited by attempt-timeout, connect-timeout and
	 * response-timeout.
	 */
	private Duration totalTimeout = Duration.ofSeconds(60);

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getMaxAttempts() {
		return this.maxAttempts;
	}

	public void setMaxAttempts(int maxAttempts) {
		this.maxAttempts = maxAttempts;
	}

	public Duration getBackoff() {
		return this.backoff;
	}

	public void setBackoff(Duration backoff) {
		this.backoff = backoff;
	}

	public double getMultiplier() {
		return this.multiplier;
	}

	public void setMultiplier(double multiplier) {
		this.multiplier = multiplier;
	}

	public Duration getMaxBackoff() {
		return this.maxBackoff;
	}

	public void setMaxBackoff(Duration maxBackoff) {
		this.maxBackoff = maxBackoff;
	}

	public Duration getJitter() {
		return this.jitter;
	}

	public void setJitter(Duration jitter) {
		this.jitter = jitter;
	}

	public Duration getMaxRetryAfter() {
		return this.maxRetryAfter;
	}

	public void setMaxRetryAfter(Duration maxRetryAfter) {
		this.maxRetryAfter = maxRetryAfter;
	}

	public boolean isIdempotentWrites() {
		return this.idempotentWrites;
	}

	public void setIdempotentWrites(boolean idempotentWrites) {
		this.idempotentWrites = idempotentWrites;
	}

	public @Nullable Duration getAttemptTimeout() {
		return this.attemptTimeout;
	}

	public void setAttemptTimeout(@Nullable Duration attemptTimeout) {
		this.attemptTimeout = attemptTimeout;
	}

	public Duration getTotalTimeout() {
		return this.totalTimeout;
	}

	public void setTotalTimeout(Duration totalTimeout) {
		this.totalTimeout = totalTimeout;
	}

	/**
	 * Checks every setting, failing on the first invalid one with an exception that names
	 * the property.
	 * @param prefix where these settings are bound, e.g. {@code umbraco.management.retry}
	 * or {@code umbraco.management.sites.blog.retry}
	 * @throws InvalidUmbracoPropertyException when a setting is invalid
	 */
	public void validate(String prefix) {
		if (this.maxAttempts < 1) {
			throw new InvalidUmbracoPropertyException(prefix, "max-attempts", this.maxAttempts, "must be at least 1",
					"Set " + prefix + ".max-attempts to 1 (no retries) or more, or set " + prefix + ".enabled=false.");
		}
		UmbracoSiteProperties.requirePositive(prefix, "backoff", this.backoff, true);
		UmbracoSiteProperties.requirePositive(prefix, "max-backoff", this.maxBackoff, true);
		UmbracoSiteProperties.requirePositive(prefix, "jitter", this.jitter, true);
		UmbracoSiteProperties.requirePositive(prefix, "max-retry-after", this.maxRetryAfter, true);
		UmbracoSiteProperties.requirePositive(prefix, "total-timeout", this.totalTimeout, false);
		if (this.attemptTimeout != null) {
			UmbracoSiteProperties.requirePositive(prefix, "attempt-timeout", this.attemptTimeout, false);
		}
		if (!(this.multiplier >= 1.0) || Double.isInfinite(this.multiplier)) {
			throw new InvalidUmbracoPropertyException(prefix, "multiplier", this.multiplier, "must be at least 1",
					"Set " + prefix + ".multiplier to 1 (equal waits) or more, e.g. 2.");
		}
		if (this.maxBackoff.compareTo(this.backoff) < 0) {
			throw new InvalidUmbracoPropertyException(prefix, "max-backoff", this.maxBackoff,
					"is shorter than " + prefix + ".backoff (" + this.backoff + ")",
					"Set " + prefix + ".max-backoff to at least " + prefix + ".backoff.");
		}
	}

}
