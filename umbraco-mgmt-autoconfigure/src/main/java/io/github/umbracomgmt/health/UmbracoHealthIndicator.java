package io.github.umbracomgmt.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.Assert;

import io.github.umbracomgmt.client.UmbracoServerProbe;
import io.github.umbracomgmt.client.UmbracoVersion;
import io.github.umbracomgmt.client.model.RuntimeLevel;
import io.github.umbracomgmt.error.UmbracoApiException;
import io.github.umbracomgmt.error.UmbracoAuthenticationException;
import io.github.umbracomgmt.error.UmbracoUnauthorizedException;
import io.github.umbracomgmt.token.UmbracoTokenManager;

/**
 * The health of one Umbraco site, for Spring Boot Actuator's {@code health} endpoint.
 *
 * <p>
 * The site is {@link Status#UP UP} when {@code GET /server/status} reports {@code Run}
 * and an access token is at hand: the token manager's cached one, or one it can obtain.
 * It is {@link Status#OUT_OF_SERVICE OUT_OF_SERVICE} while the site boots, installs or
 * upgrades, and {@link Status#DOWN DOWN} when it does not answer, failed to boot, or no
 * token can be had. The details say why: {@code serverStatus}, {@code version} (the last
 * one seen), {@code tokenError} (the OAuth error code of the last token request, e.g.
 * {@code invalid_client}) and {@code error} (what failed). They never contain the client
 * secret or a token.
 *
 * <p>
 * A check costs Umbraco little:
 * <ul>
 * <li>the status request is anonymous;</li>
 * <li>the token comes from {@link UmbracoTokenManager#getToken()}: the cached token, or
 * the one request that every caller shares; while the manager backs off after a failed
 * request, the check fails at once with that failure and sends nothing;</li>
 * <li>the version ({@code GET /server/information}) is read with that token, which also
 * proves Umbraco accepts it;</li>
 * <li>the result is kept for {@code cacheTimeToLive}, and checks that arrive while one
 * runs share it, so a load balancer polling every second sends at most one probe per
 * period.</li>
 * </ul>
 * One indicator watches one site: an application with several sites registers one per
 * site.
 *
 * @author umbraco-mgmt
 */
public final class UmbracoHealthIndicator implements ReactiveHealthIndicator {

	/**
	 * Detail: the runtime level {@code /server/status} reported, e.g. {@code Run},
	 * {@code Upgrade}.
	 */
	public static final String SERVER_STATUS = "serverStatus";

	/** Detail: the Umbraco version, as last read from {@code /server/information}. */
	public static final String VERSION = "version";

	/**
	 * Detail: the OAuth error code of the failed token request, e.g.
	 * {@code invalid_client}.
	 */
	public static final String TOKEN_ERROR = "tokenError";

	/** Detail: what failed, in words. */
	public static final String ERROR = "error";

	private final UmbracoServerProbe probe;

	private final UmbracoTokenManager tokenManager;

	private final Duration cacheTimeToLive;

	private final Duration timeout;

	private final Clock clock;

	private final AtomicReference<Check> current = new AtomicReference<>();

	private volatile @Nullable UmbracoVersion lastVersion;

	private UmbracoHealthIndicator(Builder builder) {
		this.probe = builder.probe;
		this.tokenManager = builder.tokenManager;
		this.cacheTimeToLive = builder.cacheTimeToLive;
		this.timeout = builder.timeout;
		this.clock = builder.clock;
	}

	/**
	 * Starts building an indicator for one site.
	 * @param probe the site's server probe
	 * @param tokenManager the site's token manager
	 * @return a builder
	 */
	public static Builder builder(UmbracoServerProbe probe, UmbracoTokenManager tokenManager) {
		return new Builder(probe, tokenManager);
	}

	@Override
	public Mono<Health> health() {
		return Mono.defer(() -> {
			while (true) {
				Check check = this.current.get();
				if (check != null && check.isValid(this.clock.instant())) {
					return check.health();
				}
				Check next = new Check(check());
				if (this.current.compareAndSet(check, next)) {
					return next.health();
				}
			}
		});
	}

	/**
	 * One probe of the site; never fails: every failure becomes a DOWN or OUT_OF_SERVICE
	 * health.
	 */
	private Mono<Health> check() {
		return this.probe.status()
			.flatMap((level) -> RuntimeLevel.RUN.equals(level) ? running(level) : Mono.just(notRunning(level)))
			.switchIfEmpty(Mono.fromSupplier(() -> down().withDetail(ERROR, "/server/status gave no answer").build()))
			.timeout(this.timeout)
			.onErrorResume(this::failed);
	}

	/** The site runs: UP if a token is at hand and the version can be read with it. */
	private Mono<Health> running(RuntimeLevel level) {
		return this.tokenManager.getToken()
			.then(this.probe.version()
				.map(this::remember)
				.onErrorResume(
						(ex) -> ex instanceof UmbracoApiException && !(ex instanceof UmbracoUnauthorizedException),
						// e.g. 403: the API user may not read the server information; the
						// token itself works
						(ex) -> Mono.empty()))
			.then(Mono.fromSupplier(() -> withVersion(Health.up()).withDetail(SERVER_STATUS, level.value()).build()))
			.onErrorResume((ex) -> Mono.just(failure(ex).withDetail(SERVER_STATUS, level.value()).build()));
	}

	private UmbracoVersion remember(UmbracoVersion version) {
		this.lastVersion = version;
		return version;
	}

	private Health notRunning(RuntimeLevel level) {
		// booting, installing or upgrading ends by itself; a failed boot or an unknown
		// level does not
		boolean passing = RuntimeLevel.BOOT.equals(level) || RuntimeLevel.INSTALL.equals(level)
				|| RuntimeLevel.UPGRADE.equals(level);
		Health.Builder builder = passing ? withVersion(Health.outOfService()) : down();
		return builder.withDetail(SERVER_STATUS, level.value())
			.withDetail(ERROR, "Umbraco reports the runtime level " + level.value() + ", not Run")
			.build();
	}

	private Mono<Health> failed(Throwable ex) {
		return Mono.just(failure(ex).build());
	}

	private Health.Builder failure(Throwable ex) {
		Health.Builder builder = down();
		if (ex instanceof TimeoutException) {
			return builder.withDetail(ERROR,
					"no answer within " + this.timeout.toMillis() + " ms (management.health.umbraco.timeout)");
		}
		if (ex instanceof UmbracoAuthenticationException authentication && authentication.getError() != null) {
			builder.withDetail(TOKEN_ERROR, authentication.getError());
		}
		// the starter's exception messages never carry the secret or a token
		return builder.withDetail(ERROR, (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getName());
	}

	private Health.Builder down() {
		return withVersion(Health.down());
	}

	private Health.Builder withVersion(Health.Builder builder) {
		UmbracoVersion version = this.lastVersion;
		return (version != null) ? builder.withDetail(VERSION, version.toString()) : builder;
	}

	@Override
	public String toString() {
		return "UmbracoHealthIndicator[" + this.tokenManager + ", cacheTimeToLive=" + this.cacheTimeToLive + "]";
	}

	/**
	 * A probe in flight or done; valid until {@code cacheTimeToLive} after it completed.
	 */
	private final class Check {

		private final Mono<Health> health;

		private volatile Instant validUntil = Instant.MAX;

		Check(Mono<Health> probe) {
			this.health = probe
				.doOnNext((result) -> this.validUntil = UmbracoHealthIndicator.this.clock.instant()
					.plus(UmbracoHealthIndicator.this.cacheTimeToLive))
				.cache();
		}

		Mono<Health> health() {
			return this.health;
		}

		boolean isValid(Instant now) {
			return now.isBefore(this.validUntil);
		}

	}

	/**
	 * Builds a {@link UmbracoHealthIndicator}.
	 */
	public static final class Builder {

		private final UmbracoServerProbe probe;

		private final UmbracoTokenManager tokenManager;

		private Duration cacheTimeToLive = Duration.ofSeconds(10);

		private Duration timeout = Duration.ofSeconds(5);

		private Clock clock = Clock.systemUTC();

		private Builder(UmbracoServerProbe probe, UmbracoTokenManager tokenManager) {
			Assert.notNull(probe, "probe must not be null");
			Assert.notNull(tokenManager, "tokenManager must not be null");
			this.probe = probe;
			this.tokenManager = tokenManager;
		}

		/**
		 * Sets how long a result is reused before the site is probed again; {@code 0}
		 * probes on every check.
		 * @param cacheTimeToLive the time, 10 s by default
		 * @return this builder
		 */
		public Builder cacheTimeToLive(Duration cacheTimeToLive) {
			Assert.isTrue(cacheTimeToLive != null && !cacheTimeToLive.isNegative(),
					"cacheTimeToLive must not be negative");
			this.cacheTimeToLive = cacheTimeToLive;
			return this;
		}

		/**
		 * Sets the longest a probe may take before the site is reported DOWN.
		 * @param timeout the time, 5 s by default
		 * @return this builder
		 */
		public Builder timeout(Duration timeout) {
			Assert.isTrue(timeout != null && !timeout.isNegative() && !timeout.isZero(), "timeout must be positive");
			this.timeout = timeout;
			return this;
		}

		/**
		 * Sets the clock that times the cache.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			Assert.notNull(clock, "clock must not be null");
			this.clock = clock;
			return this;
		}

		/**
		 * Builds the indicator.
		 * @return a new indicator
		 */
		public UmbracoHealthIndicator build() {
			return new UmbracoHealthIndicator(this);
		}

	}

}
