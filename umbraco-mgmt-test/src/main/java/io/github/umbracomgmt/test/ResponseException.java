package io.github.umbracomgmt.test;

/**
 * Lets a handler stop anywhere (e.g. while reading query parameters) with the error response Umbraco would send;
 * the dispatcher sends {@link #response()} as is.
 */
final class ResponseException extends RuntimeException {

	private final transient ApiResponse response;

	ResponseException(ApiResponse response) {
		super("HTTP " + response.status(), null, false, false);
		this.response = response;
	}

	ApiResponse response() {
		return this.response;
	}
}
