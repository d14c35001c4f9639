package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON request body read as strictly as the OpenAPI request schema: a missing required
 * field, a wrong JSON type or a malformed {@code {"id": ...}} reference is a 400
 * ProblemDetails that names the field (ASP.NET's {@code errors} map) and carries an
 * {@code operationStatus}, so a client sending the wrong shape learns it here rather than
 * from a real site.
 *
 * <p>
 * The groups name fields in one of two {@linkplain Dialect dialects}; both are kept so
 * every group answers a malformed body exactly as it always has.
 */
final class JsonBody {

	/**
	 * The {@code operationStatus} of a body that breaks its schema, when the operation
	 * has no better one.
	 */
	static final String INVALID_REQUEST = "InvalidRequest";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** How the 400s of a group name the offending field. */
	enum Dialect {

		/**
		 * The user and member groups: a field is named by its full path
		 * ({@code properties[0].alias}), a body that is not a JSON object is reported
		 * without a field, and a reference must be an object with an {@code id}.
		 */
		PEOPLE,

		/**
		 * The settings and operations groups: a field is named within its own object
		 * ({@code alias}), a body that is not a JSON object is reported at {@code $}, and
		 * a reference's {@code id} is reported as {@code field.id}.
		 */
		SETTINGS

	}

	private final JsonNode node;

	private final String path;

	private final Dialect dialect;

	private final String invalidStatus;

	private JsonBody(JsonNode node, String path, Dialect dialect, String invalidStatus) {
		this.node = node;
		this.path = path;
		this.dialect = dialect;
		this.invalidStatus = invalidStatus;
	}

	/**
	 * Reads a body of the user and member groups, whose schema errors have the
	 * {@code InvalidRequest} status.
	 */
	static JsonBody people(ApiRequest request) {
		return new JsonBody(object(request, "", JsonBody::invalidRequest), "", Dialect.PEOPLE, INVALID_REQUEST);
	}

	/**
	 * Reads a body whose schema is a bare JSON array of objects, such as the user list of
	 * {@code /user-group/{id}/users}.
	 */
	static List<JsonBody> peopleArray(ApiRequest request) {
		String text = request.body();
		JsonNode node;
		try {
			node = (text == null || text.isBlank()) ? null : MAPPER.readTree(text);
		}
		catch (JacksonException ex) {
			throw invalidRequest("", "The request body is not valid JSON.");
		}
		if (node == null || !node.isArray()) {
			throw invalidRequest("", "The request body must be a JSON array.");
		}
		List<JsonBody> elements = new ArrayList<>();
		for (int i = 0; i < node.size(); i++) {
			if (!node.get(i).isObject()) {
				throw invalidRequest("[" + i + "]", "Each entry must be an object.");
			}
			elements.add(new JsonBody(node.get(i), "[" + i + "]", Dialect.PEOPLE, INVALID_REQUEST));
		}
		return elements;
	}

	/**
	 * Reads a body of the settings and operations groups.
	 * @param invalidStatus the {@code operationStatus} of the 400 sent for a body that is
	 * not what the schema asks
	 */
	static JsonBody settings(ApiRequest request, String invalidStatus) {
		return new JsonBody(object(request, "$", (field, detail) -> invalid(invalidStatus, field, detail)), "",
				Dialect.SETTINGS, invalidStatus);
	}

	/**
	 * Like {@link #settings}, but no body at all is an empty object, for models with only
	 * optional fields.
	 */
	static JsonBody settingsOrEmpty(ApiRequest request, String invalidStatus) {
		String text = request.body();
		if (text == null || text.isBlank()) {
			return new JsonBody(Json.object(), "", Dialect.SETTINGS, invalidStatus);
		}
		return settings(request, invalidStatus);
	}

	/**
	 * The request body as a JSON object, or the 400 {@code invalid} makes of a path and a
	 * message: for an empty body at {@code ""}, for malformed JSON or another JSON value
	 * at {@code root}.
	 */
	static ObjectNode object(ApiRequest request, String root, BiFunction<String, String, ResponseException> invalid) {
		String text = request.body();
		if (text == null || text.isBlank()) {
			throw invalid.apply("", "A non-empty request body is required.");
		}
		JsonNode node;
		try {
			node = MAPPER.readTree(text);
		}
		catch (JacksonException ex) {
			throw invalid.apply(root, "The request body is not valid JSON.");
		}
		if (!(node instanceof ObjectNode object)) {
			throw invalid.apply(root, "The request body must be a JSON object.");
		}
		return object;
	}

	JsonNode node() {
		return this.node;
	}

	boolean has(String field) {
		JsonNode value = this.node.get(field);
		return value != null && !value.isNull();
	}

	/**
	 * A required string; blank counts as missing, as Umbraco's {@code [Required]} does.
	 */
	String requiredString(String field) {
		return requiredString(field, this.invalidStatus);
	}

	/**
	 * Like {@link #requiredString(String)} with the operation's own status for a missing
	 * value, e.g. {@code MissingName}.
	 */
	String requiredString(String field, String operationStatus) {
		String value = optionalString(field);
		if (value == null || value.isBlank()) {
			throw invalid(operationStatus, name(field), "The " + field + " field is required.");
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
			throw invalid(name(field), "The " + field + " field must be a string.");
		}
		return value.stringValue();
	}

	boolean requiredBoolean(String field) {
		JsonNode value = required(field);
		if (!value.isBoolean()) {
			throw invalid(name(field), "The " + field + " field must be true or false.");
		}
		return value.booleanValue();
	}

	boolean optionalBoolean(String field, boolean defaultValue) {
		return has(field) ? requiredBoolean(field) : defaultValue;
	}

	int requiredInt(String field) {
		JsonNode value = required(field);
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			throw invalid(name(field), "The " + field + " field must be a 32-bit integer.");
		}
		return value.intValue();
	}

	Integer optionalInt(String field) {
		return has(field) ? requiredInt(field) : null;
	}

	/**
	 * A {@code format: uuid} string such as a caller-chosen {@code id}; {@code null} when
	 * absent.
	 */
	UUID optionalUuid(String field) {
		String value = optionalString(field);
		return (value != null) ? uuid(field, value) : null;
	}

	UUID requiredUuid(String field) {
		return uuid(field, requiredString(field));
	}

	/**
	 * A {@code ReferenceByIdModel} ({@code {"id": "..."}}) that may be absent or
	 * {@code null}.
	 */
	UUID optionalReference(String field) {
		if (this.dialect == Dialect.PEOPLE) {
			return has(field) ? requiredObject(field).requiredUuid("id") : null;
		}
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isObject()) {
			throw invalid(name(field), "The " + field + " field must be an object like {\"id\": \"...\"}.");
		}
		JsonNode id = value.get("id");
		if (id == null || !id.isString()) {
			throw invalid(name(field) + ".id", "The " + field + ".id field is required.");
		}
		return uuid(field + ".id", id.stringValue());
	}

	UUID requiredReference(String field) {
		UUID id = optionalReference(field);
		if (id == null) {
			throw invalid(name(field), "The " + field + " field is required.");
		}
		return id;
	}

	/**
	 * A required array of {@code ReferenceByIdModel}, as ids in the order sent without
	 * repeats.
	 */
	Set<UUID> requiredReferences(String field) {
		Set<UUID> ids = new LinkedHashSet<>();
		for (JsonBody element : requiredObjects(field)) {
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

	/**
	 * An array of {@code format: uuid} strings that may be absent or {@code null} (then
	 * {@code null}).
	 */
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
		JsonNode value = required(field);
		if (!value.isArray()) {
			throw invalid(name(field), "The " + field + " field must be an array.");
		}
		return value;
	}

	/** A required array whose elements are objects, each wrapped for reading. */
	List<JsonBody> requiredObjects(String field) {
		JsonNode array = requiredArray(field);
		List<JsonBody> elements = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			String elementPath = name(field) + "[" + i + "]";
			if (!array.get(i).isObject()) {
				throw invalid(elementPath, "Each " + field + " entry must be an object.");
			}
			elements.add(child(array.get(i), elementPath));
		}
		return elements;
	}

	/**
	 * Like {@link #requiredObjects(String)}, but absent or {@code null} is an empty list.
	 */
	List<JsonBody> optionalObjects(String field) {
		return has(field) ? requiredObjects(field) : List.of();
	}

	/** A required object, wrapped for reading. */
	JsonBody requiredObject(String field) {
		JsonNode value = required(field);
		if (!value.isObject()) {
			throw invalid(name(field), "The " + field + " field must be an object.");
		}
		return child(value, name(field));
	}

	/**
	 * The 400 for a field that breaks the schema or a rule of the operation, with this
	 * body's status.
	 */
	ResponseException invalid(String field, String detail) {
		return invalid(this.invalidStatus, field, detail);
	}

	/**
	 * A 400 ProblemDetails in Umbraco's shape, plus ASP.NET's {@code errors} map so the
	 * offending field is named the way model validation names it.
	 * @param field the field's path without the leading {@code $.}, or empty when the
	 * body as a whole is at fault
	 */
	static ResponseException invalid(String operationStatus, String field, String detail) {
		Map<String, List<String>> errors = (field == null || field.isEmpty()) ? Map.of()
				: Map.of("$." + field, List.of(detail));
		return new ResponseException(ApiResponse.problem(400, ApiResponse.UMBRACO_PROBLEM, "Invalid request", detail,
				operationStatus, errors));
	}

	private static ResponseException invalidRequest(String field, String detail) {
		return invalid(INVALID_REQUEST, field, detail);
	}

	private JsonNode required(String field) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			throw invalid(name(field), "The " + field + " field is required.");
		}
		return value;
	}

	/**
	 * A nested object: in the people dialect it remembers its path, so its fields are
	 * named in full.
	 */
	private JsonBody child(JsonNode child, String childPath) {
		return new JsonBody(child, (this.dialect == Dialect.PEOPLE) ? childPath : "", this.dialect, this.invalidStatus);
	}

	/** The name of a field of this object in a 400, e.g. {@code properties[0].alias}. */
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

}
