package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.node.ObjectNode;

/**
 * Query parameters of the settings groups, bound the way ASP.NET binds them for Umbraco: absent or empty means the
 * default, a value of the wrong type is a 400 with an {@code errors} map, and arrays repeat the key
 * ({@code id=a&id=b}).
 */
final class SettingsQuery {

	private SettingsQuery() {
	}

	/** The first value, or {@code null} when absent or empty (ASP.NET binds an empty string to {@code null}). */
	static String string(ApiRequest request, String name) {
		List<String> values = request.queryParameters().get(name);
		if (values == null || values.isEmpty() || values.get(0).isEmpty()) {
			return null;
		}
		return values.get(0);
	}

	static UUID uuid(ApiRequest request, String name) {
		String value = string(request, name);
		return (value != null) ? parseUuid(name, value) : null;
	}

	/** Every value of a repeated key such as {@code id}; malformed GUIDs are a 400, as model binding makes them. */
	static List<UUID> uuids(ApiRequest request, String name) {
		List<UUID> ids = new ArrayList<>();
		for (String value : request.queryParameters().getOrDefault(name, List.of())) {
			if (!value.isEmpty()) {
				ids.add(parseUuid(name, value));
			}
		}
		return ids;
	}

	static List<String> strings(ApiRequest request, String name) {
		return request.queryParameters()
			.getOrDefault(name, List.of())
			.stream()
			.filter(value -> !value.isEmpty())
			.toList();
	}

	static boolean bool(ApiRequest request, String name, boolean defaultValue) {
		Boolean value = optionalBool(request, name);
		return (value != null) ? value : defaultValue;
	}

	static Boolean optionalBool(ApiRequest request, String name) {
		String value = string(request, name);
		if (value == null) {
			return null;
		}
		return switch (value.trim().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new ResponseException(validationProblem(name, value));
		};
	}

	private static UUID parseUuid(String name, String value) {
		try {
			UUID id = UUID.fromString(value.trim());
			if (id.toString().equalsIgnoreCase(value.trim())) {
				return id;
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the validation problem below
		}
		throw new ResponseException(validationProblem(name, value));
	}

	/** ASP.NET's model-binding failure body, as {@link Paging} writes it for {@code skip} and {@code take}. */
	static ApiResponse validationProblem(String name, String value) {
		ObjectNode body = Json.object();
		body.put("type", "https://tools.ietf.org/html/rfc9110#section-15.5.1");
		body.put("title", "One or more validation errors occurred.");
		body.put("status", 400);
		body.putObject("errors").putArray(name).add("The value '" + value + "' is not valid.");
		return new ApiResponse(400, Map.of("Content-Type", ApiResponse.PROBLEM_JSON), Json.bytes(body));
	}
}
