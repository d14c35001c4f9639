package io.github.umbracomgmt.error;

import java.net.URI;
import java.time.Duration;

import org.springframework.http.HttpMethod;

/**
 * A request to Umbraco ran into one of the configured time limits, e.g.
 * {@code GET /umbraco/management/api/v1/user/current timed out after 1 s (umbraco.management.response-timeout)}.
 * The message names the limit and the property that sets it.
 *
 * @author umbraco-mgmt
 */
public class UmbracoTimeoutException extends UmbracoIoException {

	private final Duration timeout;

	private final String property;

	/**
	 * Creates a new instance.
	 * @param method the request's method
	 * @param uri the request's URI
	 * @param timeout the limit that was reached
	 * @param property the full name of the property that sets the limit
	 * @param cause the timeout failure, or {@code null}
	 */
	public UmbracoTimeoutException(HttpMethod method, URI uri, Duration timeout, String property, Throwable cause) {
		super(method, uri, method + " " + uri.getRawPath() + " " + describe(timeout, property), cause);
		this.timeout = timeout;
		this.property = property;
	}

	/**
	 * The limit that was reached.
	 * @return the limit
	 */
	public Duration getTimeout() {
		return this.timeout;
	}

	/**
	 * The full name of the property that sets the limit, e.g.
	 * {@code umbraco.management.response-timeout}.
	 * @return the property
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * {@code timed out after 1 s (umbraco.management.response-timeout)}: the part of the
	 * message that names the limit.
	 * @param timeout the limit
	 * @param property the property that sets it
	 * @return the description
	 */
	static String describe(Duration timeout, String property) {
		return "timed out after " + format(timeout) + " (" + property + ")";
	}

	/**
	 * A duration as people write it: {@code 1 s}, {@code 1.5 s}, {@code 250 ms}.
	 * @param duration the duration
	 * @return the text
	 */
	public static String format(Duration duration) {
		long millis = duration.toMillis();
		if (millis < 1000) {
			return millis + " ms";
		}
		if (millis % 1000 == 0) {
			return (millis / 1000) + " s";
		}
		return java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
	}

}
