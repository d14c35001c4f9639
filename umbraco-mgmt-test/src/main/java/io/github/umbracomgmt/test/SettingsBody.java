package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON request body of the settings groups (document types, data types, templates, dictionary, languages), read
 * strictly enough that a client sending the wrong shape learns it here rather than from a real site: a missing
 * required field, a wrong JSON type or a malformed {@code {"id": ...}} reference is a 400 ProblemDetails naming the
 * field, with the {@code operationStatus} the caller chose for this kind of request.
 */
final class SettingsBody {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final JsonNode node;

	private final String invalidStatus;

	private SettingsBody(JsonNode node, String invalidStatus) {
		this.node = node;
		this.invalidStatus = invalidStatus;
	}

	/**
	 * Reads the request body as a JSON object.
	 * @param invalidStatus the {@code operationStatus} of the 400 sent for a body that is not what the schema asks
	 */
	static SettingsBody parse(ApiRequest request, String invalidStatus) {
		String text = request.body();
		if (text == null || text.isBlank()) {
			throw invalid(invalidStatus, "", "A non-empty request body is required.");
		}
		JsonNode node;
		try {
			node = MAPPER.readTree(text);
		}
		catch (JacksonException ex) {
			throw invalid(invalidStatus, "$", "The request body is not valid JSON.");
		}
		if (node == null || !node.isObject()) {
			throw invalid(invalidStatus, "$", "The request body must be a JSON object.");
		}
		return new SettingsBody(node, invalidStatus);
	}

	/** A body with no content, for operations whose request model has only optional fields. */
	static SettingsBody parseOptional(ApiRequest request, String invalidStatus) {
		String text = request.body();
		if (text == null || text.isBlank()) {
			return new SettingsBody(Json.object(), invalidStatus);
		}
		return parse(request, invalidStatus);
	}

	/** Wraps a nested object (a property, a container) so its fields are read the same way. */
	SettingsBody nested(JsonNode nested) {
		return new SettingsBody(nested, this.invalidStatus);
	}

	JsonNode node() {
		return this.node;
	}

	boolean has(String field) {
		JsonNode value = this.node.get(field);
		return value != null && !value.isNull() && !value.isMissingNode();
	}

	/** A required string; blank counts as missing, as the schema's {@code minLength: 1} says. */
	String requiredString(String field) {
		return requiredString(field, this.invalidStatus);
	}

	/** Like {@link #requiredString(String)} with a more precise {@code operationStatus}, e.g. {@code InvalidName}. */
	String requiredString(String field, String status) {
		String value = optionalString(field);
		if (value == null || value.isBlank()) {
			throw invalid(status, field, "The " + field + " field is required.");
		}
		return value;
	}

	/** A string that may be absent or {@code null}; an empty string stays as sent. */
	String optionalString(String field) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw invalid(this.invalidStatus, field, "The " + field + " field must be a string.");
		}
		return value.stringValue();
	}

	boolean requiredBoolean(String field) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			throw invalid(this.invalidStatus, field, "The " + field + " field is required.");
		}
		if (!value.isBoolean()) {
			throw invalid(this.invalidStatus, field, "The " + field + " field must be true or false.");
		}
		return value.booleanValue();
	}

	boolean optionalBoolean(String field, boolean defaultValue) {
		return has(field) ? requiredBoolean(field) : defaultValue;
	}

	int requiredInt(String field) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			throw invalid(this.invalidStatus, field, "The " + field + " field is required.");
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			throw invalid(this.invalidStatus, field, "The " + field + " field must be a 32-bit integer.");
		}
		return value.intValue();
	}

	Integer optionalInt(String field) {
		return has(field) ? requiredInt(field) : null;
	}

	/** A {@code format: uuid} string field such as a caller-chosen {@code id}; {@code null} when absent. */
	UUID optionalUuid(String field) {
		String value = optionalString(field);
		return (value != null) ? uuid(field, value) : null;
	}

	UUID requiredUuid(String field) {
		return uuid(field, requiredString(field));
	}

	/** A {@code ReferenceByIdModel} ({@code {"id": "..."}}) that may be absent or {@code null}. */
	UUID optionalReference(String field) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isObject()) {
			throw invalid(this.invalidStatus, field,
					"The " + field + " field must be an object like {\"id\": \"...\"}.");
		}
		JsonNode id = value.get("id");
		if (id == null || !id.isString()) {
			throw invalid(this.invalidStatus, field + ".id", "The " + field + ".id field is required.");
		}
		return uuid(field + ".id", id.stringValue());
	}

	UUID requiredReference(String field) {
		UUID id = optionalReference(field);
		if (id == null) {
			throw invalid(this.invalidStatus, field, "The " + field + " field is required.");
		}
		return id;
	}

	/** A required array whose elements are objects, each wrapped for reading. */
	List<SettingsBody> requiredObjects(String field) {
		JsonNode value = requiredArray(field);
		List<SettingsBody> result = new ArrayList<>();
		for (int i = 0; i < value.size(); i++) {
			JsonNode element = value.get(i);
			if (!element.isObject()) {
				throw invalid(this.invalidStatus, field + "[" + i + "]", "Each " + field + " entry must be an object.");
			}
			result.add(nested(element));
		}
		return result;
	}

	/** Optional variant of {@link #requiredObjects(String)}: absent or {@code null} is an empty list. */
	List<SettingsBody> optionalObjects(String field) {
		return has(field) ? requiredObjects(field) : List.of();
	}

	/** A required array of {@code ReferenceByIdModel}, as ids in the order sent. */
	List<UUID> requiredReferences(String field) {
		List<UUID> ids = new ArrayList<>();
		for (SettingsBody element : requiredObjects(field)) {
			ids.add(element.requiredUuid("id"));
		}
		return ids;
	}

	JsonNode requiredArray(String field) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			throw invalid(this.invalidStatus, field, "The " + field + " field is required.");
		}
		if (!value.isArray()) {
			throw invalid(this.invalidStatus, field, "The " + field + " field must be an array.");
		}
		return value;
	}

	/** A required object, wrapped for reading. */
	SettingsBody requiredObject(String field) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			throw invalid(this.invalidStatus, field, "The " + field + " field is required.");
		}
		if (!value.isObject()) {
			throw invalid(this.invalidStatus, field, "The " + field + " field must be an object.");
		}
		return nested(value);
	}

	/** Throws the 400 for a field that breaks the schema or a rule of the operation. */
	ResponseException invalid(String field, String detail) {
		return invalid(this.invalidStatus, field, detail);
	}

	private UUID uuid(String field, String value) {
		try {
			UUID id = UUID.fromString(value);
			if (!id.toString().equalsIgnoreCase(value)) {
				throw new IllegalArgumentException(value);
			}
			return id;
		}
		catch (IllegalArgumentException ex) {
			throw invalid(this.invalidStatus, field, "The " + field + " field must be a GUID.");
		}
	}

	/**
	 * A 400 ProblemDetails in Umbraco's shape, plus ASP.NET's {@code errors} map so the offending field is named
	 * the way model validation names it.
	 */
	static ResponseException invalid(String operationStatus, String field, String detail) {
		ObjectNode body = Json.object();
		body.put("type", "Error");
		body.put("title", "Invalid request");
		body.put("status", 400);
		body.put("detail", detail);
		if (operationStatus != null) {
			body.put("operationStatus", operationStatus);
		}
		if (field != null && !field.isEmpty()) {
			body.putObject("errors").putArray("$." + field).add(detail);
		}
		return new ResponseException(
				new ApiResponse(400, Map.of("Content-Type", ApiResponse.PROBLEM_JSON), Json.bytes(body)));
	}
}
