package io.github.umbracomgmt.error;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;

/**
 * The Management API answered a request with an error status. Carries the request's
 * method and URI, the status, the response headers, Umbraco's ProblemDetails and its
 * {@code Umb-Notifications}.
 *
 * <p>
 * Subclasses name the statuses worth handling apart; see {@link #create}.
 *
 * @author umbraco-mgmt
 */
public class UmbracoApiException extends UmbracoException {

	private final HttpMethod method;

	private final URI uri;

	private final HttpStatusCode statusCode;

	private final HttpHeaders headers;

	private final @Nullable ProblemDetails problemDetails;

	private final List<UmbracoNotification> notifications;

	/**
	 * Creates a new instance.
	 * @param method the request's method
	 * @param uri the request's URI
	 * @param statusCode the response status
	 * @param headers the response headers
	 * @param problemDetails the parsed body, or {@code null} when there was none
	 * @param notifications the parsed {@code Umb-Notifications}, possibly empty
	 */
	public UmbracoApiException(HttpMethod method, URI uri, HttpStatusCode statusCode, HttpHeaders headers,
			@Nullable ProblemDetails problemDetails, List<UmbracoNotification> notifications) {
		super(message(method, uri, statusCode, problemDetails), null);
		this.method = method;
		this.uri = uri;
		this.statusCode = statusCode;
		this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
		this.problemDetails = problemDetails;
		this.notifications = List.copyOf(notifications);
	}

	/**
	 * Creates the exception type that fits the status.
	 * @param method the request's method
	 * @param uri the request's URI
	 * @param status the response status
	 * @param headers the response headers
	 * @param problem the parsed body, or {@code null}
	 * @param notifications the parsed {@code Umb-Notifications}
	 * @return a new exception
	 */
	public static UmbracoApiException create(HttpMethod method, URI uri, HttpStatusCode status, HttpHeaders headers,
			@Nullable ProblemDetails problem, List<UmbracoNotification> notifications) {
		return switch (status.value()) {
			case 400 -> new UmbracoBadRequestException(method, uri, status, headers, problem, notifications);
			case 401 -> new UmbracoUnauthorizedException(method, uri, status, headers, problem, notifications);
			case 403 -> new UmbracoForbiddenException(method, uri, status, headers, problem, notifications);
			case 404 -> new UmbracoNotFoundException(method, uri, status, headers, problem, notifications);
			case 409 -> new UmbracoConflictException(method, uri, status, headers, problem, notifications);
			case 429 -> new UmbracoRateLimitException(method, uri, status, headers, problem, notifications);
			default -> status.is5xxServerError()
					? new UmbracoServerException(method, uri, status, headers, problem, notifications)
					: new UmbracoApiException(method, uri, status, headers, problem, notifications);
		};
	}

	private static String message(HttpMethod method, URI uri, HttpStatusCode status, @Nullable ProblemDetails problem) {
		StringBuilder message = new StringBuilder().append(method)
			.append(' ')
			.append(uri.getRawPath())
			.append(" -> ")
			.append(status.value());
		if (problem != null) {
			if (problem.title() != null) {
				message.append(": ").append(problem.title());
			}
			if (problem.detail() != null) {
				message.append((problem.title() != null) ? " - " : ": ").append(problem.detail());
			}
			if (problem.operationStatus() != null) {
				message.append(" (operationStatus ").append(problem.operationStatus()).append(')');
			}
		}
		return message.toString();
	}

	/**
	 * The request's HTTP method.
	 * @return the method
	 */
	public HttpMethod getMethod() {
		return this.method;
	}

	/**
	 * The request's URI.
	 * @return the URI
	 */
	public URI getUri() {
		return this.uri;
	}

	/**
	 * The response status.
	 * @return the status code
	 */
	public HttpStatusCode getStatusCode() {
		return this.statusCode;
	}

	/**
	 * The response headers.
	 * @return read-only headers
	 */
	public HttpHeaders getHeaders() {
		return this.headers;
	}

	/**
	 * Umbraco's ProblemDetails from the body.
	 * @return the problem, or {@code null} when the body had none (e.g. a 401)
	 */
	public @Nullable ProblemDetails getProblemDetails() {
		return this.problemDetails;
	}

	/**
	 * Umbraco's operation status from the ProblemDetails, e.g. {@code DuplicateAlias}.
	 * @return the operation status, or {@code null}
	 */
	public @Nullable String getOperationStatus() {
		return (this.problemDetails != null) ? this.problemDetails.operationStatus() : null;
	}

	/**
	 * The parsed {@code Umb-Notifications} header.
	 * @return the notifications, possibly empty
	 */
	public List<UmbracoNotification> getNotifications() {
		return this.notifications;
	}

}
