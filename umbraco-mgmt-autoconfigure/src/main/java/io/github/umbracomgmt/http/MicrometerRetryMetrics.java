package io.github.umbracomgmt.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;

import org.springframework.http.HttpMethod;

/**
 * Counts retry decisions as {@code umbraco.management.retries{method,status,outcome}}.
 *
 * @author umbraco-mgmt
 */
public final class MicrometerRetryMetrics implements UmbracoRetryMetrics {

	/** The name of the counter. */
	public static final String RETRIES = "umbraco.management.retries";

	private final MeterRegistry registry;

	private final Tags tags;

	/**
	 * Creates metrics that report to a registry.
	 * @param registry the registry
	 */
	public MicrometerRetryMetrics(MeterRegistry registry) {
		this(registry, Tags.empty());
	}

	/**
	 * Creates metrics that report to a registry with extra tags, e.g. the site.
	 * @param registry the registry
	 * @param tags tags every meter carries
	 */
	public MicrometerRetryMetrics(MeterRegistry registry, Iterable<Tag> tags) {
		this.registry = registry;
		this.tags = Tags.of(tags);
	}

	@Override
	public void retry(HttpMethod method, String status, String outcome) {
		Counter.builder(RETRIES)
			.description("Failed attempts of Umbraco Management API calls that the retry filter looked at")
			.tags(this.tags)
			.tag("method", method.name())
			.tag("status", status)
			.tag("outcome", outcome)
			.register(this.registry)
			.increment();
	}

}
