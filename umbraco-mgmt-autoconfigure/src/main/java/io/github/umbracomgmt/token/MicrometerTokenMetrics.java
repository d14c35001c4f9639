package io.github.umbracomgmt.token;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@link TokenMetrics} as Micrometer counters:
 * <ul>
 * <li>{@code umbraco.management.token.requests} tagged {@code outcome=success|failure}:
 * requests to the token endpoint;</li>
 * <li>{@code umbraco.management.token.cache.hits}: calls served with the cached
 * token;</li>
 * <li>{@code umbraco.management.token.refreshes} tagged {@code outcome=success|failure}:
 * replacements of a token due for refresh (in the background while it is still valid, or
 * after it expired); a failure keeps a valid token in use;</li>
 * <li>{@code umbraco.management.token.backoff.rejections}: calls failed at once while
 * backing off;</li>
 * <li>{@code umbraco.management.unauthorized.retries}: API requests retried after a
 * 401.</li>
 * </ul>
 * Every meter is tagged {@code site=<name>}, so the sites of one application are told
 * apart and every meter of a name has the same tag keys (which registries such as
 * Prometheus require).
 *
 * @author umbraco-mgmt
 */
public final class MicrometerTokenMetrics implements TokenMetrics {

	private final Counter success;

	private final Counter failure;

	private final Counter hits;

	private final Counter refreshed;

	private final Counter refreshFailed;

	private final Counter rejections;

	private final Counter retries;

	/**
	 * Registers the counters of one site.
	 * @param registry the registry
	 * @param site the site's name, the value of the {@code site} tag
	 */
	public MicrometerTokenMetrics(MeterRegistry registry, String site) {
		this.success = Counter.builder("umbraco.management.token.requests")
			.description("Requests to Umbraco's token endpoint")
			.tag("outcome", "success")
			.tag("site", site)
			.register(registry);
		this.failure = Counter.builder("umbraco.management.token.requests")
			.description("Requests to Umbraco's token endpoint")
			.tag("outcome", "failure")
			.tag("site", site)
			.register(registry);
		this.hits = Counter.builder("umbraco.management.token.cache.hits")
			.description("Calls served with the cached access token")
			.tag("site", site)
			.register(registry);
		this.refreshed = Counter.builder("umbraco.management.token.refreshes")
			.description("Replacements of an access token due for refresh")
			.tag("site", site)
			.tag("outcome", "success")
			.register(registry);
		this.refreshFailed = Counter.builder("umbraco.management.token.refreshes")
			.description("Replacements of an access token due for refresh")
			.tag("site", site)
			.tag("outcome", "failure")
			.register(registry);
		this.rejections = Counter.builder("umbraco.management.token.backoff.rejections")
			.description("Calls failed at once while the token endpoint is backing off")
			.tag("site", site)
			.register(registry);
		this.retries = Counter.builder("umbraco.management.unauthorized.retries")
			.description("API requests retried once with a fresh token after a 401")
			.tag("site", site)
			.register(registry);
	}

	@Override
	public void tokenRequest(boolean success) {
		(success ? this.success : this.failure).increment();
	}

	@Override
	public void cacheHit() {
		this.hits.increment();
	}

	@Override
	public void refresh(boolean success) {
		(success ? this.refreshed : this.refreshFailed).increment();
	}

	@Override
	public void rejectedDuringBackoff() {
		this.rejections.increment();
	}

	@Override
	public void unauthorizedRetry() {
		this.retries.increment();
	}

}
