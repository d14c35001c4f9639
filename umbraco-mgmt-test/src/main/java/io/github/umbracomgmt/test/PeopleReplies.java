package io.github.umbracomgmt.test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the user and member groups answer and how they read query parameters: {@code 201} with
 * {@code Umb-Generated-Resource} and {@code Location}, {@code 200} with an {@code Umb-Notifications} header, Umbraco's
 * ProblemDetails, and query values bound the way ASP.NET binds them (empty means absent, a value of the wrong type is
 * a 400 with an {@code errors} map, arrays repeat the key).
 */
final class PeopleReplies {

	private PeopleReplies() {
	}

	/**
	 * {@code 201} with an empty body.
	 * @param relativePath the new resource below {@code /umbraco/management/api/v1}, e.g. {@code /member/<id>}
	 */
	static ApiResponse created(String relativePath, UUID id, String message) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Umb-Generated-Resource", id.toString());
		headers.put("Location", Dispatcher.API_ROOT + relativePath);
		headers.put("Umb-Notifications", notifications(message));
		return new ApiResponse(201, headers, new byte[0]);
	}

	/** {@code 200} with an empty body and a success notification, as updates and deletes answer. */
	static ApiResponse ok(String message) {
		return ApiResponse.empty(200).withHeader("Umb-Notifications", notifications(message));
	}

	static ApiResponse problem(int status, String title, String detail, String operationStatus) {
		return ApiResponse.problem(status, title, detail, operationStatus);
	}

	static ResponseException fail(int status, String title, String detail, String operationStatus) {
		return new ResponseException(problem(status, title, detail, operationStatus));
	}

	/**
	 * The {@code NotificationHeaderModel} array, ASCII only since a header cannot safely carry raw UTF-8: other
	 * characters are escaped as JSON {@code \\uXXXX}.
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

	/** The first value of a query parameter, or {@code null} when absent or empty. */
	static String query(ApiRequest request, String name) {
		List<String> values = request.queryParameters().get(name);
		if (values == null || values.isEmpty() || values.get(0).isEmpty()) {
			return null;
		}
		return values.get(0);
	}

	static UUID queryUuid(ApiRequest request, String name) {
		String value = query(request, name);
		return (value != null) ? parseUuid(name, value) : null;
	}

	/** Every value of a repeated key such as {@code id}; a malformed GUID is a 400, as model binding makes it. */
	static List<UUID> queryUuids(ApiRequest request, String name) {
		List<UUID> ids = new ArrayList<>();
		for (String value : request.queryParameters().getOrDefault(name, List.of())) {
			if (!value.isEmpty()) {
				ids.add(parseUuid(name, value));
			}
		}
		return ids;
	}

	static Boolean queryBoolean(ApiRequest request, String name) {
		String value = query(request, name);
		if (value == null) {
			return null;
		}
		return switch (value.trim().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new ResponseException(validationProblem(name, value));
		};
	}

	/**
	 * An enum-typed query parameter: ASP.NET matches the names case-insensitively and refuses any other value.
	 * @return the value as the enum spells it, or {@code null} when absent
	 */
	static String queryEnum(ApiRequest request, String name, Set<String> allowed) {
		String value = query(request, name);
		return (value != null) ? enumValue(name, value, allowed) : null;
	}

	/** Every value of a repeated enum-typed key. */
	static List<String> queryEnums(ApiRequest request, String name, Set<String> allowed) {
		List<String> values = new ArrayList<>();
		for (String value : request.queryParameters().getOrDefault(name, List.of())) {
			if (!value.isEmpty()) {
				values.add(enumValue(name, value, allowed));
			}
		}
		return values;
	}

	/** Case-insensitive "contains", the way Umbraco's filters match names and emails. */
	static boolean contains(String value, String filter) {
		return filter == null || (value != null
				&& value.toLowerCase(Locale.ROOT).contains(filter.toLowerCase(Locale.ROOT)));
	}

	private static String enumValue(String name, String value, Set<String> allowed) {
		for (String candidate : allowed) {
			if (candidate.equalsIgnoreCase(value.trim())) {
				return candidate;
			}
		}
		throw new ResponseException(validationProblem(name, value));
	}

	private static UUID parseUuid(String name, String value) {
		try {
			UUID id = UUID.fromString(value.trim());
			if (id.toString().equalsIgnoreCase(value.trim())) {
				return id;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below, as model binding would
		}
		throw new ResponseException(validationProblem(name, value));
	}

	/** ASP.NET's model-binding failure body. */
	private static ApiResponse validationProblem(String name, String value) {
		ObjectNode body = Json.object();
		body.put("type", "https://tools.ietf.org/html/rfc9110#section-15.5.1");
		body.put("title", "One or more validation errors occurred.");
		body.put("status", 400);
		body.putObject("errors").putArray(name).add("The value '" + value + "' is not valid.");
		return new ApiResponse(400, Map.of("Content-Type", ApiResponse.PROBLEM_JSON), Json.bytes(body));
	}
}
