package io.github.umbracomgmt.error;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * A request to the Management API got no HTTP response: connection refused or reset,
 * timeout, TLS failure.
 *
 * @author umbraco-mgmt
 */
public class UmbracoIoException extends UmbracoException {

	private final HttpMethod method;

	private final URI uri;

	/**
	 * Creates a new instance.
	 * @param method the request's method
	 * @param uri the request's URI
	 * @param cause the I/O failure
	 */
	public UmbracoIoException(HttpMethod method, URI uri, Throwable cause) {
		this(method, uri, method + " " + uri.getRawPath() + " failed without a response: " + describeRootCause(cause),
				cause);
	}

	/**
	 * Creates a new instance with a message of the subclass's own.
	 * @param method the request's method
	 * @param uri the request's URI
	 * @param message the message
	 * @param cause the failure, or {@code null}
	 */
	protected UmbracoIoException(HttpMethod method, URI uri, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.method = method;
		this.uri = uri;
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

}
