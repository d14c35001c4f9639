package io.github.umbracomgmt.error;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;

/**
 * The Management API answered 429 Too Many Requests: a rate limiter in front of Umbraco refused the request.
 *
 * @author umbraco-mgmt
 */
public class UmbracoRateLimitException extends UmbracoApiException {

	/**
	 * Creates a new instance.
	 * @param method the request's method
	 * @param uri the request's URI
	 * @param statusCode the response status
	 * @param headers the response headers
	 * @param problemDetails the parsed body, or {@code null}
	 * @param notifications the parsed {@code Umb-Notifications}
	 */
	public UmbracoRateLimitException(HttpMethod method, URI uri, HttpStatusCode statusCode, HttpHeaders headers,
			@Nullable ProblemDetails problemDetails, List<UmbracoNotification> notifications) {
		super(method, uri, statusCode, headers, problemDetails, notifications);
	}

	/**
	 * The delay the server asked for in {@code Retry-After}, when given in seconds.
	 * @return the delay, or empty
	 */
	public java.util.Optional<java.time.Duration> getRetryAfter() {
		String value = getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
		if (value != null && value.trim().matches("\\d+")) {
			return java.util.Optional.of(java.time.Duration.ofSeconds(Long.parseLong(value.trim())));
		}
		return java.util.Optional.empty();
	}

}
