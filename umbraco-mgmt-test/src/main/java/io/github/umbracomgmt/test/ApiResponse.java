package io.github.umbracomgmt.test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.netty.handler.codec.http.HttpResponseStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A response the fake is about to send, built by handlers and adjusted by fault injection
 * before it reaches Netty.
 *
 * <p>
 * Every ProblemDetails body the fake sends is built here, so all groups write the same
 * fields the same way: Umbraco's own ({@code type} {@code "Error"} and an
 * {@code operationStatus}) and ASP.NET's model-binding problems (the RFC 9110
 * {@code type} and an {@code errors} map).
 *
 * @param status the HTTP status
 * @param headers response headers (Content-Length is added when sent)
 * @param body the body bytes, empty for none
 */
record ApiResponse(int status, Map<String, String> headers, byte[] body) {

	static final String JSON = "application/json; charset=utf-8";

	static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";

	/** The {@code type} Umbraco writes into its own ProblemDetails. */
	static final String UMBRACO_PROBLEM = "Error";

	/** The {@code type} ASP.NET writes into a 400 validation problem. */
	static final String VALIDATION_PROBLEM = "https://tools.ietf.org/html/rfc9110#section-15.5.1";

	/** The {@code title} ASP.NET gives a 400 validation problem. */
	static final String VALIDATION_TITLE = "One or more validation errors occurred.";

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
	 * Umbraco's ProblemDetails: {@code type} is always {@code "Error"} and
	 * {@code operationStatus} names the service result that failed.
	 * @param detail the detail, or {@code null} for none: many operation statuses only
	 * set a title, and ASP.NET then leaves {@code detail} out rather than writing
	 * {@code null}
	 * @param operationStatus Umbraco's extension, left out when {@code null}
	 */
	static ApiResponse problem(int status, String title, String detail, String operationStatus) {
		return problem(status, UMBRACO_PROBLEM, title, detail, operationStatus, Map.of());
	}

	/**
	 * A ProblemDetails titled with the status's reason phrase, for failures that are not
	 * an Umbraco operation.
	 */
	static ApiResponse problem(int status, String detail) {
		return problem(status, HttpResponseStatus.valueOf(status).reasonPhrase(), detail, null);
	}

	/**
	 * Any ProblemDetails the fake sends, its fields in the order ASP.NET writes them.
	 * @param detail left out when {@code null}
	 * @param operationStatus left out when {@code null}
	 * @param errors ASP.NET's {@code errors} map (JSON path to messages), left out when
	 * empty
	 */
	static ApiResponse problem(int status, String type, String title, String detail, String operationStatus,
			Map<String, List<String>> errors) {
		ObjectNode body = Json.object();
		body.put("type", type);
		body.put("title", title);
		body.put("status", status);
		if (detail != null) {
			body.put("detail", detail);
		}
		// A validation problem declares its errors; on Umbraco's own problem they follow
		// operationStatus.
		boolean validation = VALIDATION_PROBLEM.equals(type);
		if (validation) {
			putErrors(body, errors);
		}
		if (operationStatus != null) {
			body.put("operationStatus", operationStatus);
		}
		if (!validation) {
			putErrors(body, errors);
		}
		return new ApiResponse(status, Map.of("Content-Type", PROBLEM_JSON), Json.bytes(body));
	}

	private static void putErrors(ObjectNode body, Map<String, List<String>> errors) {
		if (!errors.isEmpty()) {
			ObjectNode errorNode = body.putObject("errors");
			errors.forEach((field, messages) -> Json.putStrings(errorNode, field, messages));
		}
	}

	/** ASP.NET's model-binding failure: a 400 with nothing but the {@code errors} map. */
	static ApiResponse validationProblem(Map<String, List<String>> errors) {
		return problem(400, VALIDATION_PROBLEM, VALIDATION_TITLE, null, null, errors);
	}

	/**
	 * The model-binding failure for one query value of the wrong type, e.g.
	 * {@code take=lots}.
	 */
	static ApiResponse bindingProblem(String name, String value) {
		return validationProblem(Map.of(name, List.of("The value '" + value + "' is not valid.")));
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

	/**
	 * Cuts the body in half: any proper prefix of a JSON object or array is invalid JSON.
	 */
	ApiResponse truncated() {
		return new ApiResponse(this.status, this.headers, Arrays.copyOf(this.body, this.body.length / 2));
	}
}
