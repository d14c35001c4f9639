package io.github.umbracomgmt.error;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;

/**
 * The Management API answered 401 Unauthorized: the access token was rejected, even after
 * one fresh token.
 *
 * @author umbraco-mgmt
 */
public class UmbracoUnauthorizedException extends UmbracoApiException {

	/**
	 * Creates a new instance.
	 * @param method the request's method
	 * @param uri the request's URI
	 * @param statusCode the response status
	 * @param headers the response headers
	 * @param problemDetails the parsed body, or {@code null}
	 * @param notifications the parsed {@code Umb-Notifications}
	 */
	public UmbracoUnauthorizedException(HttpMethod method, URI uri, HttpStatusCode statusCode, HttpHeaders headers,
			@Nullable ProblemDetails problemDetails, List<UmbracoNotification> notifications) {
		super(method, uri, statusCode, headers, problemDetails, notifications);
	}

}
