package io.github.umbracomgmt.error;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;

/**
 * The Management API answered 5xx: Umbraco or a proxy failed. A 503 may say when to come
 * back ({@link #getRetryAfter()}).
 *
 * @author umbraco-mgmt
 */
public class UmbracoServerException extends UmbracoApiException {

	/**
	 * Creates a new instance.
	 * @param method the request's method
	 * @param uri the request's URI
	 * @param statusCode the response status
	 * @param headers the response headers
	 * @param problemDetails the parsed body, or {@code null}
	 * @param notifications the parsed {@code Umb-Notifications}
	 */
	public UmbracoServerException(HttpMethod method, URI uri, HttpStatusCode statusCode, HttpHeaders headers,
			@Nullable ProblemDetails problemDetails, List<UmbracoNotification> notifications) {
		super(method, uri, statusCode, headers, problemDetails, notifications);
	}

	/**
	 * The wait the server asked for in {@code Retry-After} (typically on a 503), in
	 * delay-seconds or HTTP-date form; see {@link RetryAfter}.
	 * @return the wait, or empty when the response had no readable {@code Retry-After}
	 */
	public Optional<Duration> getRetryAfter() {
		return RetryAfter.of(getHeaders(), Instant.now());
	}

}
