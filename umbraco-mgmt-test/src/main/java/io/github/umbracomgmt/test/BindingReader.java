package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a request body of the media, media type and temporary file groups as ASP.NET
 * model binding reads it: every missing or malformed member is collected and, before any
 * Umbraco service runs, reported at once as a 400 validation problem with an
 * {@code errors} map keyed by JSON path.
 */
final class BindingReader {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final Map<String, List<String>> errors = new LinkedHashMap<>();

	/** The body as a JSON object, or the 400 ASP.NET answers for an unreadable body. */
	static JsonNode object(ApiRequest request) {
		JsonNode body;
		try {
			body = request.body().isBlank() ? null : MAPPER.readTree(request.body());
		}
		catch (JacksonException ex) {
			throw new ResponseException(
					ApiResponse.validationProblem(Map.of("$", List.of("The JSON value could not be converted."))));
		}
		if (body == null || !body.isObject()) {
			throw new ResponseException(ApiResponse
				.validationProblem(Map.of("requestModel", List.of("The requestModel field is required."))));
		}
		return body;
	}

	/**
	 * The optional {@code target} of a move or restore body; {@code null} is the root.
	 */
	static UUID target(ApiRequest request) {
		JsonNode body = object(request);
		BindingReader reader = new BindingReader();
		UUID target = reader.reference(body, "target", "$.target", false);
		reader.check();
		return target;
	}

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

	/**
	 * A {@code ReferenceByIdModel} ({@code {"id": "..."}}); {@code null} when absent and
	 * optional.
	 */
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
			throw new ResponseException(ApiResponse.validationProblem(this.errors));
		}
	}

}
