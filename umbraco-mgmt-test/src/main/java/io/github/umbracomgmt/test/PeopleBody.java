package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON request body of the user and member groups, read as strictly as the OpenAPI request schema: a missing
 * required field, a wrong JSON type or a malformed {@code {"id": ...}} reference is a 400 ProblemDetails that names
 * the field (ASP.NET's {@code errors} map) and carries an {@code operationStatus}, so a client sending the wrong
 * shape learns it here rather than from a real site.
 */
final class PeopleBody {

	/** The {@code operationStatus} of a body that breaks its schema, when the operation has no better one. */
	static final String INVALID_REQUEST = "InvalidRequest";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final JsonNode node;

	private final String path;

	private PeopleBody(JsonNode node, String path) {
		this.node = node;
		this.path = path;
	}

	/** Reads the request body as a JSON object. */
	static PeopleBody parse(ApiRequest request) {
		String text = request.body();
		if (text == null || text.isBlank()) {
			throw invalid("", "A non-empty request body is required.");
		}
		JsonNode node;
		try {
			node = MAPPER.readTree(text);
		}
		catch (JacksonException ex) {
			throw invalid("", "The request body is not valid JSON.");
		}
		if (node == null || !node.isObject()) {
			throw invalid("", "The request body must be a JSON object.");
		}
		return new PeopleBody(node, "");
	}

	/** Reads a body whose schema is a bare JSON array, such as the user list of {@code /user-group/{id}/users}. */
	static List<PeopleBody> parseArray(ApiRequest request) {
		String text = request.body();
		JsonNode node;
		try {
			node = (text == null || text.isBlank()) ? null : MAPPER.readTree(text);
		}
		catch (JacksonException ex) {
			throw invalid("", "The request body is not valid JSON.");
		}
		if (node == null || !node.isArray()) {
			throw invalid("", "The request body must be a JSON array.");
		}
		List<PeopleBody> elements = new ArrayList<>();
		for (int i = 0; i < node.size(); i++) {
			if (!node.get(i).isObject()) {
				throw invalid("[" + i + "]", "Each entry must be an object.");
			}
			elements.add(new PeopleBody(node.get(i), "[" + i + "]"));
		}
		return elements;
	}

	JsonNode node() {
		return this.node;
	}

	boolean has(String field) {
		JsonNode value = this.node.get(field);
		return value != null && !value.isNull();
	}

	/** A required string; blank counts as missing, as Umbraco's {@code [Required]} does. */
	String requiredString(String field) {
		return requiredString(field, INVALID_REQUEST);
	}

	/** Like {@link #requiredString(String)} with the operation's own status for a missing value, e.g. {@code MissingName}. */
	String requiredString(String field, String operationStatus) {
		String value = optionalString(field);
		if (value == null || value.isBlank()) {
			throw invalid(operationStatus, name(field), "The " + field + " field is required.");
		}
		return value;
	}

	/** A string that may be absent or {@code null}. */
	String optionalString(String field) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw invalid(name(field), "The " + field + " field must be a string.");
		}
		return value.stringValue();
	}

	boolean requiredBoolean(String field) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			throw invalid(name(field), "The " + field + " field is required.");
		}
		if (!value.isBoolean()) {
			throw invalid(name(field), "The " + field + " field must be true or false.");
		}
		return value.booleanValue();
	}

	int requiredInt(String field) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			throw invalid(name(field), "The " + field + " field is required.");
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			throw invalid(name(field), "The " + field + " field must be a 32-bit integer.");
		}
		return value.intValue();
	}

	/** A {@code format: uuid} string such as a caller-chosen {@code id}; {@code null} when absent. */
	UUID optionalUuid(String field) {
		String value = optionalString(field);
		return (value != null) ? uuid(field, value) : null;
	}

	UUID requiredUuid(String field) {
		return uuid(field, requiredString(field));
	}

	/** A {@code ReferenceByIdModel} that may be absent or {@code null}. */
	UUID optionalReference(String field) {
		return has(field) ? requiredObject(field).requiredUuid("id") : null;
	}

	UUID requiredReference(String field) {
		return requiredObject(field).requiredUuid("id");
	}

	/** A required array of {@code ReferenceByIdModel}, as ids in the order sent without repeats. */
	Set<UUID> requiredReferences(String field) {
		Set<UUID> ids = new LinkedHashSet<>();
		for (PeopleBody element : requiredObjects(field)) {
			ids.add(element.requiredUuid("id"));
		}
		return ids;
	}

	/** A required array of strings. */
	List<String> requiredStrings(String field) {
		JsonNode array = requiredArray(field);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			if (!array.get(i).isString()) {
				throw invalid(name(field) + "[" + i + "]", "Each " + field + " entry must be a string.");
			}
			values.add(array.get(i).stringValue());
		}
		return values;
	}

	/** An array of {@code format: uuid} strings that may be absent or {@code null} (then {@code null}). */
	Set<UUID> optionalUuidStrings(String field) {
		if (!has(field)) {
			return null;
		}
		Set<UUID> ids = new LinkedHashSet<>();
		List<String> values = requiredStrings(field);
		for (int i = 0; i < values.size(); i++) {
			ids.add(uuid(field + "[" + i + "]", values.get(i)));
		}
		return ids;
	}

	JsonNode requiredArray(String field) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			throw invalid(name(field), "The " + field + " field is required.");
		}
		if (!value.isArray()) {
			throw invalid(name(field), "The " + field + " field must be an array.");
		}
		return value;
	}

	/** A required array whose elements are objects, each wrapped for reading. */
	List<PeopleBody> requiredObjects(String field) {
		JsonNode array = requiredArray(field);
		List<PeopleBody> elements = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			String elementPath = name(field) + "[" + i + "]";
			if (!array.get(i).isObject()) {
				throw invalid(elementPath, "Each " + field + " entry must be an object.");
			}
			elements.add(new PeopleBody(array.get(i), elementPath));
		}
		return elements;
	}

	PeopleBody requiredObject(String field) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			throw invalid(name(field), "The " + field + " field is required.");
		}
		if (!value.isObject()) {
			throw invalid(name(field), "The " + field + " field must be an object.");
		}
		return new PeopleBody(value, name(field));
	}

	/** The path of a field of this (possibly nested) object, e.g. {@code properties[0].alias}. */
	private String name(String field) {
		return this.path.isEmpty() ? field : this.path + "." + field;
	}

	private UUID uuid(String field, String value) {
		try {
			UUID id = UUID.fromString(value);
			if (id.toString().equalsIgnoreCase(value)) {
				return id;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below, as model binding would
		}
		throw invalid(name(field), "The " + field + " field must be a GUID.");
	}

	static ResponseException invalid(String field, String detail) {
		return invalid(INVALID_REQUEST, field, detail);
	}

	/**
	 * A 400 ProblemDetails in Umbraco's shape, plus ASP.NET's {@code errors} map so the offending field is named the
	 * way model validation names it.
	 */
	static ResponseException invalid(String operationStatus, String field, String detail) {
		ObjectNode body = Json.object();
		body.put("type", "Error");
		body.put("title", "Invalid request");
		body.put("status", 400);
		body.put("detail", detail);
		body.put("operationStatus", operationStatus);
		if (field != null && !field.isEmpty()) {
			body.putObject("errors").putArray("$." + field).add(detail);
		}
		return new ResponseException(
				new ApiResponse(400, Map.of("Content-Type", ApiResponse.PROBLEM_JSON), Json.bytes(body)));
	}
}
