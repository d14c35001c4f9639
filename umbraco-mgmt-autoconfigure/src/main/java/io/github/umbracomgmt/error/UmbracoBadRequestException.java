package io.github.umbracomgmt.error;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;

/**
 * The Management API answered 400 Bad Request: the request was invalid, e.g. failed
 * validation.
 *
 * @author umbraco-mgmt
 */
public class UmbracoBadRequestException extends UmbracoApiException {

	/**
	 * Creates a new instance.
	 * @param method the request's method
	 * @param uri the request's URI
	 * @param statusCode the response status
	 * @param headers the response headers
	 * @param problemDetails the parsed body, or {@code null}
	 * @param notifications the parsed {@code Umb-Notifications}
	 */
	public UmbracoBadRequestException(HttpMethod method, URI uri, HttpStatusCode statusCode, HttpHeaders headers,
			@Nullable ProblemDetails problemDetails, List<UmbracoNotification> notifications) {
		super(method, uri, statusCode, headers, problemDetails, notifications);
	}

	/**
	 * The validation errors of the ProblemDetails' {@code errors} member: property path
	 * to messages.
	 * @return the errors, empty when the problem has none
	 */
	public Map<String, List<String>> getErrors() {
		Object errors = (getProblemDetails() != null) ? getProblemDetails().extensions().get("errors") : null;
		if (!(errors instanceof Map<?, ?> map)) {
			return Map.of();
		}
		Map<String, List<String>> result = new LinkedHashMap<>();
		map.forEach((key, value) -> {
			List<String> messages = new ArrayList<>();
			if (value instanceof Collection<?> collection) {
				collection.forEach((message) -> messages.add(String.valueOf(message)));
			}
			else if (value != null) {
				messages.add(String.valueOf(value));
			}
			result.put(String.valueOf(key), List.copyOf(messages));
		});
		return Collections.unmodifiableMap(result);
	}

}
