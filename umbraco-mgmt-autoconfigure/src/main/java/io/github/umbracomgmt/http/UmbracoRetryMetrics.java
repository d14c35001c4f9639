package io.github.umbracomgmt.http;

import org.springframework.http.HttpMethod;

/**
 * What the retry filter reports about each failed attempt it looked at; {@link #NONE}
 * when no meter registry is present.
 *
 * @author umbraco-mgmt
 */
public interface UmbracoRetryMetrics {

	/** Reports nothing. */
	UmbracoRetryMetrics NONE = (method, status, outcome) -> {
	};

	/**
	 * A retryable failure was seen.
	 * @param method the request's method
	 * @param status the response status ({@code 503}), or {@code IO_ERROR} /
	 * {@code TIMEOUT} without a response
	 * @param outcome {@code retried}, {@code exhausted} (no attempts or time left) or
	 * {@code retry_after_too_long} (the server asked for a wait longer than
	 * {@code retry.max-retry-after})
	 */
	void retry(HttpMethod method, String status, String outcome);

}
