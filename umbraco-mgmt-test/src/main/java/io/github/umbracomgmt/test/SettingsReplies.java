package io.github.umbracomgmt.test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;

/**
 * The answers the settings groups share: {@code 201} with the new resource in {@code Umb-Generated-Resource} and
 * {@code Location}, {@code 200} with an {@code Umb-Notifications} header, and Umbraco's ProblemDetails for a missing
 * resource, a broken rule or a clash.
 */
final class SettingsReplies {

	private SettingsReplies() {
	}

	/**
	 * {@code 201} with an empty body, as Umbraco's {@code CreatedAtId}/{@code CreatedAtAction} answer.
	 * @param relativePath the new resource's path below {@code /umbraco/management/api/v1}, e.g.
	 * {@code /template/<id>}
	 * @param generatedResource what {@code Umb-Generated-Resource} names: an id, or an ISO code for languages
	 * @param message the success notification
	 */
	static ApiResponse created(String relativePath, String generatedResource, String message) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Umb-Generated-Resource", generatedResource);
		headers.put("Location", Dispatcher.API_ROOT + relativePath);
		headers.put("Umb-Notifications", notifications(message));
		return new ApiResponse(201, headers, new byte[0]);
	}

	/** {@code 200} with an empty body and a success notification, as updates, deletes and moves answer. */
	static ApiResponse ok(String message) {
		return ApiResponse.empty(200).withHeader("Umb-Notifications", notifications(message));
	}

	static ApiResponse notFound(String title, String operationStatus) {
		return ApiResponse.problem(404, title, title + ".", operationStatus);
	}

	static ApiResponse badRequest(String title, String detail, String operationStatus) {
		return ApiResponse.problem(400, title, detail, operationStatus);
	}

	/** The answer to a create whose caller-chosen id (or unique name) is already taken. */
	static ApiResponse conflict(String title, String detail, String operationStatus) {
		return ApiResponse.problem(409, title, detail, operationStatus);
	}

	/**
	 * The {@code NotificationHeaderModel} array; ASCII only, since a header value cannot carry raw UTF-8 safely, so
	 * names in the message are escaped as JSON {@code \\uXXXX}.
	 */
	static String notifications(String message) {
		ArrayNode array = Json.object().arrayNode();
		array.addObject().put("message", message).put("category", "Success").put("type", "Success");
		String json = new String(Json.bytes(array), StandardCharsets.UTF_8);
		StringBuilder ascii = new StringBuilder(json.length());
		for (char c : json.toCharArray()) {
			if (c < 0x20 || c > 0x7e) {
				ascii.append(String.format("\\u%04x", (int) c));
			}
			else {
				ascii.append(c);
			}
		}
		return ascii.toString();
	}
}
