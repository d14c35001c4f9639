package io.github.umbracomgmt.test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import io.netty.handler.codec.http.HttpResponseStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A response the fake is about to send, built by handlers and adjusted by fault injection before it reaches Netty.
 *
 * @param status the HTTP status
 * @param headers response headers (Content-Length is added when sent)
 * @param body the body bytes, empty for none
 */
record ApiResponse(int status, Map<String, String> headers, byte[] body) {

	static final String JSON = "application/json; charset=utf-8";

	static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";

	ApiResponse {
		headers = Map.copyOf(headers);
	}

	static ApiResponse empty(int status) {
		return new ApiResponse(status, Map.of(), new byte[0]);
	}

	static ApiResponse json(int status, JsonNode body) {
		return new ApiResponse(status, Map.of("Content-Type", JSON), Json.bytes(body));
	}

	/**
	 * Umbraco's ProblemDetails: {@code type} is always {@code "Error"} and {@code operationStatus} names the service
	 * result that failed.
	 * @param operationStatus Umbraco's extension, left out when {@code null}
	 */
	static ApiResponse problem(int status, String title, String detail, String operationStatus) {
		ObjectNode body = Json.object();
		body.put("type", "Error");
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		if (operationStatus != null) {
			body.put("operationStatus", operationStatus);
		}
		return new ApiResponse(status, Map.of("Content-Type", PROBLEM_JSON), Json.bytes(body));
	}

	/** A ProblemDetails titled with the status's reason phrase, for failures that are not an Umbraco operation. */
	static ApiResponse problem(int status, String detail) {
		return problem(status, HttpResponseStatus.valueOf(status).reasonPhrase(), detail, null);
	}

	ApiResponse withHeader(String name, String value) {
		Map<String, String> copy = new LinkedHashMap<>(this.headers);
		copy.put(name, value);
		return new ApiResponse(this.status, copy, this.body);
	}

	ApiResponse withHeaders(Map<String, String> extra) {
		Map<String, String> copy = new LinkedHashMap<>(this.headers);
		copy.putAll(extra);
		return new ApiResponse(this.status, copy, this.body);
	}

	boolean isSuccessfulJson() {
		return this.status >= 200 && this.status < 300 && this.body.length > 0
				&& JSON.equals(this.headers.get("Content-Type"));
	}

	/** Cuts the body in half: any proper prefix of a JSON object or array is invalid JSON. */
	ApiResponse truncated() {
		return new ApiResponse(this.status, this.headers, Arrays.copyOf(this.body, this.body.length / 2));
	}
}
