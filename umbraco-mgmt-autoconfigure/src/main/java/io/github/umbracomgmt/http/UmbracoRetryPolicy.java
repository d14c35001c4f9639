package io.github.umbracomgmt.http;

import java.time.Clock;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.util.Assert;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * What the {@link UmbracoRetryFilter} retries and how long it waits: an immutable value,
 * built with {@link #builder()}; every setting has the default documented for
 * {@code umbraco.management.retry.*}.
 *
 * <ul>
 * <li>safe methods (GET, HEAD, OPTIONS, TRACE) on 408, 429, 502, 503 and 504, and on
 * failures without a response;</li>
 * <li>PUT and DELETE the same way, only with {@link Builder#idempotentWrites(boolean)
 * idempotentWrites};</li>
 * <li>POST and PATCH only when the connection could not be established, so nothing was
 * sent;</li>
 * <li>never a request whose body cannot be sent twice
 * ({@link UmbracoRetryFilter#NON_REPLAYABLE_BODY_ATTRIBUTE}).</li>
 * </ul>
 * A {@code Retry-After} is waited for instead of the backoff, unless it is longer than
 * {@code maxRetryAfter}: the call then fails at once with the response, which carries the
 * header.
 *
 * @author umbraco-mgmt
 */
public final class UmbracoRetryPolicy {

	private final int maxAttempts;

	private final Duration backoff;

	private final Duration maxBackoff;

	private final double multiplier;

	private final Duration jitter;

	private final Duration maxRetryAfter;

	private final boolean idempotentWrites;

	private final @Nullable Duration attemptTimeout;

	private final @Nullable Duration totalTimeout;

	private final String propertyPrefix;

	private final Scheduler scheduler;

	private final Clock clock;

	private final UmbracoRetryMetrics metrics;

	private UmbracoRetryPolicy(Builder builder) {
		this.maxAttempts = builder.maxAttempts;
		this.backoff = builder.backoff;
		this.maxBackoff = builder.maxBackoff;
		this.multiplier = builder.multiplier;
		this.jitter = builder.jitter;
		this.maxRetryAfter = builder.maxRetryAfter;
		this.idempotentWrites = builder.idempotentWrites;
		this.attemptTimeout = builder.attemptTimeout;
		this.totalTimeout = builder.totalTimeout;
		this.propertyPrefix = builder.propertyPrefix;
		this.scheduler = builder.scheduler;
		this.clock = builder.clock;
		this.metrics = builder.metrics;
	}

	/**
	 * Starts building a policy with the documented defaults.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The filter that applies this policy; register it before (outside) the bearer
	 * filter, so every attempt gets the current token.
	 * @return a new filter
	 */
	public UmbracoRetryFilter filter() {
		return new UmbracoRetryFilter(this);
	}

	/**
	 * The jittered exponential backoff between attempts, as Spring's
	 * {@link ExponentialBackOff}.
	 * @return a new backoff; start one execution per call
	 */
	BackOff backOff() {
		ExponentialBackOff backOff = new ExponentialBackOff(this.backoff.toMillis(), this.multiplier);
		backOff.setMaxInterval(Math.max(this.maxBackoff.toMillis(), this.backoff.toMillis()));
		backOff.setJitter(this.jitter.toMillis());
		backOff.setMaxAttempts(this.maxAttempts - 1);
		return backOff;
	}

	int maxAttempts() {
		return this.maxAttempts;
	}

	Duration maxRetryAfter() {
		return this.maxRetryAfter;
	}

	boolean idempotentWrites() {
		return this.idempotentWrites;
	}

	@Nullable Duration attemptTimeout() {
		return this.attemptTimeout;
	}

	@Nullable Duration totalTimeout() {
		return this.totalTimeout;
	}

	String property(String name) {
		return this.propertyPrefix + ".retry." + name;
	}

	Scheduler scheduler() {
		return this.scheduler;
	}

	Clock clock() {
		return this.clock;
	}

	UmbracoRetryMetrics metrics() {
		return this.metrics;
	}

	@Override
	public String toString() {
		return "UmbracoRetryPolicy[maxAttempts=" + this.maxAttempts + ", backoff=" + this.backoff + ", maxBackoff="
				+ this.maxBackoff + ", multiplier=" + this.multiplier + ", jitter=" + this.jitter + ", maxRetryAfter="
				+ this.maxRetryAfter + ", idempotentWrites=" + this.idempotentWrites + ", attemptTimeout="
				+ this.attemptTimeout + ", totalTimeout=" + this.totalTimeout + "]";
	}

	/**
	 * Builds an {@link UmbracoRetryPolicy}.
	 */
	public static final class Builder {

		private int maxAttempts = 3;

		private Duration backoff = Duration.ofMillis(500);

		private Duration maxBackoff = Duration.ofSeconds(5);

		private double multiplier = 2.0;

		private Duration jitter = Duration.ofMillis(250);

		private Duration maxRetryAfter = Duration.ofSeconds(10);

		private boolean idempotentWrites;

		private @Nullable Duration attemptTimeout;

		private @Nullable Duration totalTimeout = Duration.ofSeconds(60);

		private String propertyPrefix = "umbraco.management";

		private Scheduler scheduler = Schedulers.parallel();

		private Clock clock = Clock.systemUTC();

		private UmbracoRetryMetrics metrics = UmbracoRetryMetrics.NONE;

		private Builder() {
		}

		/**
		 * Sets the most attempts per call, the first one included; {@code 1} turns
		 * retries off.
		 * @param maxAttempts at least 1
		 * @return this builder
		 */
		public Builder maxAttempts(int maxAttempts) {
			Assert.isTrue(maxAttempts >= 1, "maxAttempts must be at least 1");
			this.maxAttempts = maxAttempts;
			return this;
		}

		/**
		 * Sets the exponential backoff between attempts.
		 * @param initial the wait before the first retry
		 * @param multiplier the factor by which each further wait grows
		 * @param max the longest wait
		 * @param jitter the random deviation of the first wait, growing with the waits
		 * @return this builder
		 */
		public Builder backoff(Duration initial, double multiplier, Duration max, Duration jitter) {
			Assert.isTrue(initial != null && !initial.isNegative(), "backoff must not be negative");
			Assert.isTrue(multiplier >= 1, "multiplier must be at least 1");
			Assert.isTrue(max != null && !max.isNegative(), "maxBackoff must not be negative");
			Assert.isTrue(jitter != null && !jitter.isNegative(), "jitter must not be negative");
			this.backoff = initial;
			this.multiplier = multiplier;
			this.maxBackoff = max;
			this.jitter = jitter;
			return this;
		}

		/**
		 * Sets the longest {@code Retry-After} that is waited for; a longer one fails the
		 * call at once.
		 * @param maxRetryAfter the limit
		 * @return this builder
		 */
		public Builder maxRetryAfter(Duration maxRetryAfter) {
			Assert.isTrue(maxRetryAfter != null && !maxRetryAfter.isNegative(), "maxRetryAfter must not be negative");
			this.maxRetryAfter = maxRetryAfter;
			return this;
		}

		/**
		 * Sets whether PUT and DELETE are retried like GET. Umbraco's PUTs and DELETEs
		 * are idempotent by design, but a write may have taken effect before the failure;
		 * off by default.
		 * @param idempotentWrites whether to retry PUT and DELETE
		 * @return this builder
		 */
		public Builder idempotentWrites(boolean idempotentWrites) {
			this.idempotentWrites = idempotentWrites;
			return this;
		}

		/**
		 * Sets the longest one attempt may take until its response arrives.
		 * @param attemptTimeout the limit, or {@code null} for none beyond the
		 * connector's timeouts
		 * @return this builder
		 */
		public Builder attemptTimeout(@Nullable Duration attemptTimeout) {
			Assert.isTrue(attemptTimeout == null || !(attemptTimeout.isNegative() || attemptTimeout.isZero()),
					"attemptTimeout must be positive");
			this.attemptTimeout = attemptTimeout;
			return this;
		}

		/**
		 * Sets the longest a call may take until its response arrives, all attempts and
		 * waits included, once it is retried: no wait is started that would end after it,
		 * and from the first retry on the rest of the call is cut when it runs out. The
		 * first attempt is limited by the attempt timeout and the connector's timeouts,
		 * so a call that succeeds at once runs no timer.
		 * @param totalTimeout the limit, or {@code null} for none
		 * @return this builder
		 */
		public Builder totalTimeout(@Nullable Duration totalTimeout) {
			Assert.isTrue(totalTimeout == null || !(totalTimeout.isNegative() || totalTimeout.isZero()),
					"totalTimeout must be positive");
			this.totalTimeout = totalTimeout;
			return this;
		}

		/**
		 * Sets the prefix of the properties that timeout messages name, e.g.
		 * {@code umbraco.management.sites.blog}.
		 * @param propertyPrefix the prefix, without a trailing dot
		 * @return this builder
		 */
		public Builder propertyPrefix(String propertyPrefix) {
			Assert.hasText(propertyPrefix, "propertyPrefix must not be empty");
			this.propertyPrefix = propertyPrefix;
			return this;
		}

		/**
		 * Sets the scheduler for waits and timeouts; tests pass a virtual-time scheduler.
		 * @param scheduler the scheduler
		 * @return this builder
		 */
		public Builder scheduler(Scheduler scheduler) {
			Assert.notNull(scheduler, "scheduler must not be null");
			this.scheduler = scheduler;
			return this;
		}

		/**
		 * Sets the clock against which a {@code Retry-After} date is measured when the
		 * response has no {@code Date}.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			Assert.notNull(clock, "clock must not be null");
			this.clock = clock;
			return this;
		}

		/**
		 * Sets where retry decisions are counted.
		 * @param metrics the metrics
		 * @return this builder
		 */
		public Builder metrics(UmbracoRetryMetrics metrics) {
			Assert.notNull(metrics, "metrics must not be null");
			this.metrics = metrics;
			return this;
		}

		/**
		 * Builds the policy.
		 * @return a new policy
		 */
		public UmbracoRetryPolicy build() {
			return new UmbracoRetryPolicy(this);
		}

	}

}
