package io.github.umbracomgmt.error;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * The Management API answered with a success status, but its body could not be read as
 * the expected type (malformed or truncated JSON, an unexpected content type, a field of
 * the wrong type).
 *
 * @author umbraco-mgmt
 */
public class UmbracoDecodingException extends UmbracoException {

	private final @Nullable HttpMethod method;

	private final @Nullable String uriTemplate;

	/**
	 * Creates a new instance.
	 * @param method the request's method
	 * @param uriTemplate the request's URI template, e.g.
	 * {@code /umbraco/management/api/v1/user/{id}}
	 * @param cause the decoding failure
	 */
	public UmbracoDecodingException(@Nullable HttpMethod method, @Nullable String uriTemplate, Throwable cause) {
		super(method + " " + uriTemplate + ": the response body could not be read (" + cause.getMessage() + ")", cause);
		this.method = method;
		this.uriTemplate = uriTemplate;
	}

	/**
	 * The request's HTTP method.
	 * @return the method, or {@code null} if the request had none
	 */
	public @Nullable HttpMethod getMethod() {
		return this.method;
	}

	/**
	 * The request's URI template.
	 * @return the template, or {@code null} if the request had none
	 */
	public @Nullable String getUriTemplate() {
		return this.uriTemplate;
	}

}
