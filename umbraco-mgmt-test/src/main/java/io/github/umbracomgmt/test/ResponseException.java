package io.github.umbracomgmt.test;

import java.nio.charset.StandardCharsets;

/**
 * Lets a handler stop anywhere (e.g. while reading query parameters) with the error
 * response Umbraco would send; the dispatcher sends {@link #response()} as is.
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

	/**
	 * What a seeding method of the test kit throws when Umbraco would refuse the data:
	 * the ProblemDetails it sends.
	 */
	IllegalArgumentException refusal() {
		return new IllegalArgumentException(
				"Umbraco would refuse this: " + new String(this.response.body(), StandardCharsets.UTF_8));
	}

}
