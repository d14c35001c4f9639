package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request reading and response shapes shared by the media, media type and temporary file groups: JSON bodies read as
 * ASP.NET model binding reads them (a missing required member or a malformed value is a 400 validation problem with
 * an {@code errors} map, before any Umbraco service runs), and created/problem responses as Umbraco sends them.
 */
final class MediaHttp {

	static final String API_ROOT = "/umbraco/management/api/v1";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private MediaHttp() {
	}

	/** The body as a JSON object, or a 400 validation problem as ASP.NET answers for an unreadable body. */
	static JsonNode object(ApiRequest request) {
		JsonNode body;
		try {
			body = request.body().isBlank() ? null : MAPPER.readTree(request.body());
		}
		catch (JacksonException ex) {
			throw new ResponseException(validation(Map.of("$", List.of("The JSON value could not be converted."))));
		}
		if (body == null || !body.isObject()) {
			throw new ResponseException(
					validation(Map.of("requestModel", List.of("The requestModel field is required."))));
		}
		return body;
	}

	/** ASP.NET's model-binding failure body: a ProblemDetails with an {@code errors} map and no operation status. */
	static ApiResponse validation(Map<String, List<String>> errors) {
		ObjectNode body = Json.object();
		body.put("type", "https://tools.ietf.org/html/rfc9110#section-15.5.1");
		body.put("title", "One or more validation errors occurred.");
		body.put("status", 400);
		ObjectNode errorNode = body.putObject("errors");
		errors.forEach((field, messages) -> Json.putStrings(errorNode, field, messages));
		return new ApiResponse(400, Map.of("Content-Type", ApiResponse.PROBLEM_JSON), Json.bytes(body));
	}

	/** {@code 201} with an empty body, the new id and where to read it, as every Umbraco create answers. */
	static ApiResponse created(String relativePath, UUID id) {
		return ApiResponse.empty(201)
			.withHeader("Umb-Generated-Resource", id.toString())
			.withHeader("Location", API_ROOT + relativePath);
	}

	/**
	 * An Umbraco ProblemDetails. Many operation statuses only set a title; ASP.NET then leaves {@code detail} out
	 * rather than writing {@code null}, and so does this.
	 * @param detail the detail, or {@code null} for none
	 */
	static ApiResponse problem(int status, String title, String detail, String operationStatus) {
		if (detail != null) {
			return ApiResponse.problem(status, title, detail, operationStatus);
		}
		ObjectNode body = Json.object();
		body.put("type", "Error");
		body.put("title", title);
		body.put("status", status);
		body.put("operationStatus", operationStatus);
		return new ApiResponse(status, Map.of("Content-Type", ApiResponse.PROBLEM_JSON), Json.bytes(body));
	}

	/** A path UUID the router already checked, so parsing cannot fail. */
	static UUID id(Map<String, String> variables) {
		return UUID.fromString(variables.get("id"));
	}

	/** A GUID query parameter as ASP.NET binds it: absent is {@code null}, malformed is a validation problem. */
	static UUID queryUuid(ApiRequest request, String name) {
		List<String> values = request.queryParameters().get(name);
		if (values == null || values.isEmpty() || values.get(0).isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(values.get(0).trim());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseException(
					validation(Map.of(name, List.of("The value '" + values.get(0) + "' is not valid."))));
		}
	}

	/** Every valid GUID among repeated {@code id} parameters; Umbraco's item endpoints skip what they cannot find. */
	static List<UUID> queryIds(ApiRequest request) {
		List<UUID> ids = new ArrayList<>();
		for (String value : request.queryParameters().getOrDefault("id", List.of())) {
			try {
				ids.add(UUID.fromString(value.trim()));
			}
			catch (IllegalArgumentException ex) {
				throw new ResponseException(
						validation(Map.of("id", List.of("The value '" + value + "' is not valid."))));
			}
		}
		return ids;
	}

	static boolean queryBoolean(ApiRequest request, String name) {
		List<String> values = request.queryParameters().get(name);
		return values != null && !values.isEmpty() && Boolean.parseBoolean(values.get(0).trim());
	}

	/**
	 * Collects binding errors for one request body, so every missing or malformed member is reported at once, as
	 * ASP.NET does.
	 */
	static final class Reader {

		private final Map<String, List<String>> errors = new LinkedHashMap<>();

		void error(String path, String message) {
			this.errors.computeIfAbsent(path, key -> new ArrayList<>()).add(message);
		}

		/** A required non-empty string ({@code minLength: 1}). */
		String string(JsonNode node, String field, String path) {
			JsonNode value = node.get(field);
			if (value == null || value.isNull()) {
				error(path, "The " + field + " field is required.");
				return null;
			}
			if (!value.isString()) {
				error(path, "The JSON value could not be converted to System.String.");
				return null;
			}
			if (value.asString().isEmpty()) {
				error(path, "The field " + field + " must be a string or array type with a minimum length of '1'.");
				return null;
			}
			return value.asString();
		}

		String optionalString(JsonNode node, String field, String path) {
			JsonNode value = node.get(field);
			if (value == null || value.isNull()) {
				return null;
			}
			if (!value.isString()) {
				error(path, "The JSON value could not be converted to System.String.");
				return null;
			}
			return value.asString();
		}

		boolean bool(JsonNode node, String field, String path) {
			JsonNode value = node.get(field);
			if (value == null || value.isNull()) {
				error(path, "The " + field + " field is required.");
				return false;
			}
			if (!value.isBoolean()) {
				error(path, "The JSON value could not be converted to System.Boolean.");
				return false;
			}
			return value.booleanValue();
		}

		int integer(JsonNode node, String field, String path) {
			JsonNode value = node.get(field);
			if (value == null || value.isNull()) {
				error(path, "The " + field + " field is required.");
				return 0;
			}
			if (!value.isIntegralNumber() || !value.canConvertToInt()) {
				error(path, "The JSON value could not be converted to System.Int32.");
				return 0;
			}
			return value.intValue();
		}

		/** A required array; its elements are read by the caller. */
		List<JsonNode> array(JsonNode node, String field, String path) {
			JsonNode value = node.get(field);
			if (value == null || value.isNull()) {
				error(path, "The " + field + " field is required.");
				return List.of();
			}
			if (!value.isArray()) {
				error(path, "The JSON value could not be converted to an array.");
				return List.of();
			}
			List<JsonNode> items = new ArrayList<>();
			for (int i = 0; i < value.size(); i++) {
				JsonNode item = value.get(i);
				if (item == null || !item.isObject()) {
					error(path + "[" + i + "]", "The JSON value could not be converted to an object.");
				}
				else {
					items.add(item);
				}
			}
			return items;
		}

		UUID uuid(JsonNode node, String field, String path, boolean required) {
			JsonNode value = node.get(field);
			if (value == null || value.isNull()) {
				if (required) {
					error(path, "The " + field + " field is required.");
				}
				return null;
			}
			try {
				return UUID.fromString(value.asString());
			}
			catch (IllegalArgumentException ex) {
				error(path, "The JSON value could not be converted to System.Guid.");
				return null;
			}
		}

		/** A {@code ReferenceByIdModel} ({@code {"id": "..."}}); {@code null} when absent and optional. */
		UUID reference(JsonNode node, String field, String path, boolean required) {
			JsonNode value = node.get(field);
			if (value == null || value.isNull()) {
				if (required) {
					error(path, "The " + field + " field is required.");
				}
				return null;
			}
			if (!value.isObject()) {
				error(path, "The JSON value could not be converted to ReferenceByIdModel.");
				return null;
			}
			return uuid(value, "id", path + ".id", true);
		}

		/** Throws the 400 validation problem when anything was missing or malformed. */
		void check() {
			if (!this.errors.isEmpty()) {
				throw new ResponseException(validation(this.errors));
			}
		}

	}
}
