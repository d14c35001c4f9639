package io.github.umbracomgmt.error;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;

/**
 * The Management API answered 409 Conflict: the request conflicts with the resource's
 * state.
 *
 * @author umbraco-mgmt
 */
public class UmbracoConflictException extends UmbracoApiException {

	/**
	 * Creates a new instance.
	 * @param method the request's method
	 * @param uri the request's URI
	 * @param statusCode the response status
	 * @param headers the response headers
	 * @param problemDetails the parsed body, or {@code null}
	 * @param notifications the parsed {@code Umb-Notifications}
	 */
	public UmbracoConflictException(HttpMethod method, URI uri, HttpStatusCode statusCode, HttpHeaders headers,
			@Nullable ProblemDetails problemDetails, List<UmbracoNotification> notifications) {
		super(method, uri, statusCode, headers, problemDetails, notifications);
	}

}
