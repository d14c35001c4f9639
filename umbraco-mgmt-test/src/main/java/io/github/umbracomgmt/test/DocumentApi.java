package io.github.umbracomgmt.test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading the Document groups' request bodies and query parameters the way ASP.NET model binding reads them for
 * Umbraco, and the responses the three Document groups share (created, success with notifications, problems).
 *
 * <p>Model-binding failures (a missing required property, a malformed GUID or date, a body that is not JSON) answer
 * ASP.NET's validation ProblemDetails with an {@code errors} map; the fake adds {@code operationStatus}
 * {@value #INVALID_REQUEST} so clients can tell them apart from Umbraco's own operation failures.
 */
final class DocumentApi {

	/** The {@code operationStatus} of request-model validation failures. */
	static final String INVALID_REQUEST = "InvalidRequest";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private DocumentApi() {
	}

	/** What a create or update body says about one variant. */
	record VariantInput(String culture, String segment, String name) {
	}

	// bodies

	/** The request body as a JSON object; an empty, malformed or non-object body is a 400. */
	static ObjectNode body(ApiRequest request) {
		String text = request.body();
		if (text == null || text.isBlank()) {
			throw invalid("", "A non-empty request body is required.");
		}
		JsonNode node;
		try {
			node = MAPPER.readTree(text);
		}
		catch (JacksonException ex) {
			throw invalid("$", "The request body is not valid JSON.");
		}
		if (!(node instanceof ObjectNode object)) {
			throw invalid("$", "The request body must be a JSON object.");
		}
		return object;
	}

	/** An optional GUID property such as a caller-chosen {@code id}: absent or {@code null} gives {@code null}. */
	static UUID optionalUuid(JsonNode body, String field, String path) {
		JsonNode node = body.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		return uuid(node, path);
	}

	/**
	 * A {@code ReferenceByIdModel} property ({@code {"id": "..."}}).
	 * @param required whether the property must be present (it may still be {@code null} when {@code nullable})
	 * @param nullable whether {@code null} is allowed
	 * @return the referenced id, or {@code null} when absent or {@code null} and allowed
	 */
	static UUID reference(JsonNode body, String field, boolean required, boolean nullable) {
		JsonNode node = body.get(field);
		if (node == null && required) {
			throw invalid("$." + field, "The " + field + " field is required.");
		}
		if (node == null || node.isNull()) {
			if (!nullable) {
				throw invalid("$." + field, "The " + field + " field is required.");
			}
			return null;
		}
		if (!node.isObject() || node.get("id") == null || node.get("id").isNull()) {
			throw invalid("$." + field + ".id", "The id field is required.");
		}
		return uuid(node.get("id"), "$." + field + ".id");
	}

	/** The required {@code values} array ({@code DocumentValueModel}); values are kept exactly as sent. */
	static List<DocumentStore.Value> values(JsonNode body) {
		ArrayNode array = requiredArray(body, "values");
		List<DocumentStore.Value> values = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < array.size(); i++) {
			JsonNode item = array.get(i);
			String path = "$.values[" + i + "]";
			if (!item.isObject()) {
				throw invalid(path, "Each value must be an object.");
			}
			String alias = optionalString(item, "alias", path + ".alias");
			if (alias == null || alias.isEmpty()) {
				throw invalid(path + ".alias", "The alias field is required.");
			}
			String culture = emptyToNull(optionalString(item, "culture", path + ".culture"));
			String segment = emptyToNull(optionalString(item, "segment", path + ".segment"));
			if (!seen.add(alias + "|" + lower(culture) + "|" + segment)) {
				throw invalid(path, "The value for alias '" + alias + "' is given more than once for the same culture and segment.");
			}
			// Not part of DocumentValueModel, but kept when a client sends it so the response echoes what it knows.
			String editorAlias = optionalString(item, "editorAlias", path + ".editorAlias");
			JsonNode value = item.get("value");
			values.add(new DocumentStore.Value(alias, culture, segment,
					(value == null) ? NullNode.getInstance() : value.deepCopy(),
					(editorAlias == null || editorAlias.isEmpty()) ? DocumentStore.DEFAULT_EDITOR_ALIAS : editorAlias));
		}
		return List.copyOf(values);
	}

	/**
	 * The required {@code variants} array ({@code DocumentVariantRequestModel}): at least one, each named, each
	 * culture/segment once, and either all invariant or all with a culture, since one document type cannot be both.
	 */
	static List<VariantInput> variants(JsonNode body) {
		ArrayNode array = requiredArray(body, "variants");
		if (array.isEmpty()) {
			throw invalid("$.variants", "At least one variant with a name is required.");
		}
		List<VariantInput> variants = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < array.size(); i++) {
			JsonNode item = array.get(i);
			String path = "$.variants[" + i + "]";
			if (!item.isObject()) {
				throw invalid(path, "Each variant must be an object.");
			}
			String name = optionalString(item, "name", path + ".name");
			if (name == null || name.isBlank()) {
				throw invalid(path + ".name", "The name field is required.");
			}
			String culture = emptyToNull(optionalString(item, "culture", path + ".culture"));
			String segment = emptyToNull(optionalString(item, "segment", path + ".segment"));
			if (!seen.add(lower(culture) + "|" + segment)) {
				throw invalid(path, "The culture and segment of a variant may only be given once.");
			}
			variants.add(new VariantInput(culture, segment, name));
		}
		boolean anyCulture = variants.stream().anyMatch(variant -> variant.culture() != null);
		boolean anyInvariant = variants.stream().anyMatch(variant -> variant.culture() == null);
		if (anyCulture && anyInvariant) {
			throw cultureVarianceMismatch();
		}
		return List.copyOf(variants);
	}

	/** A required string property, e.g. the blueprint name of {@code CreateDocumentBlueprintFromDocumentRequestModel}. */
	static String requiredString(JsonNode body, String field) {
		String value = optionalString(body, field, "$." + field);
		if (value == null || value.isBlank()) {
			throw invalid("$." + field, "The " + field + " field is required.");
		}
		return value;
	}

	static String optionalString(JsonNode node, String field, String path) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw invalid(path, "The JSON value could not be converted to System.String.");
		}
		return value.stringValue();
	}

	/** An optional ISO-8601 date-time property, as a {@code DateTimeOffset} binds. */
	static Instant optionalDateTime(JsonNode node, String field, String path) {
		String text = optionalString(node, field, path);
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw invalid(path, "The JSON value could not be converted to System.DateTimeOffset.");
		}
	}

	static ArrayNode requiredArray(JsonNode body, String field) {
		JsonNode node = body.get(field);
		if (node == null || node.isNull()) {
			throw invalid("$." + field, "The " + field + " field is required.");
		}
		if (!(node instanceof ArrayNode array)) {
			throw invalid("$." + field, "The " + field + " field must be an array.");
		}
		return array;
	}

	private static UUID uuid(JsonNode node, String path) {
		if (node.isString()) {
			try {
				return parseUuid(node.stringValue());
			}
			catch (IllegalArgumentException ex) {
				// falls through to the validation problem
			}
		}
		throw invalid(path, "The JSON value could not be converted to System.Guid.");
	}

	// query

	/** A GUID query parameter; a missing one is {@code null} (or a 400 when required), a malformed one a 400. */
	static UUID queryUuid(ApiRequest request, String name, boolean required) {
		List<String> values = request.queryParameters().get(name);
		if (values == null || values.isEmpty() || values.get(0).isEmpty()) {
			if (required) {
				throw invalid(name, "The " + name + " field is required.");
			}
			return null;
		}
		try {
			return parseUuid(values.get(0));
		}
		catch (IllegalArgumentException ex) {
			throw invalid(name, "The value '" + values.get(0) + "' is not valid.");
		}
	}

	/** A repeated GUID query parameter ({@code id=a&id=b}), duplicates dropped, order kept. */
	static List<UUID> queryUuids(ApiRequest request, String name) {
		Set<UUID> ids = new LinkedHashSet<>();
		for (String value : request.queryParameters().getOrDefault(name, List.of())) {
			try {
				ids.add(parseUuid(value));
			}
			catch (IllegalArgumentException ex) {
				throw invalid(name, "The value '" + value + "' is not valid.");
			}
		}
		return List.copyOf(ids);
	}

	static String queryString(ApiRequest request, String name) {
		List<String> values = request.queryParameters().get(name);
		return (values == null || values.isEmpty() || values.get(0).isEmpty()) ? null : values.get(0);
	}

	/** A boolean query parameter as ASP.NET binds it ({@code true}/{@code false}, any case). */
	static boolean queryBoolean(ApiRequest request, String name, boolean defaultValue) {
		String value = queryString(request, name);
		if (value == null) {
			return defaultValue;
		}
		if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
			return Boolean.parseBoolean(value);
		}
		throw invalid(name, "The value '" + value + "' is not valid.");
	}

	/** Only the canonical 8-4-4-4-12 form, since {@link UUID#fromString} also accepts shortened groups. */
	private static UUID parseUuid(String text) {
		String trimmed = text.trim();
		if (!trimmed.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
			throw new IllegalArgumentException("Not a GUID: " + text);
		}
		return UUID.fromString(trimmed);
	}

	// responses

	/**
	 * Umbraco's {@code 201}: no body, the id in {@code Umb-Generated-Resource} and the new resource's absolute URL in
	 * {@code Location}, as ASP.NET's {@code CreatedAtAction} builds it from the request's host.
	 * @param resourcePath the path below {@code /umbraco/management/api/v1}, e.g. {@code /document/<id>}
	 */
	static ApiResponse created(ApiRequest request, String resourcePath, UUID id, String notification) {
		String path = Dispatcher.API_ROOT + resourcePath;
		String location = request.header("Host").map(host -> "http://" + host + path).orElse(path);
		return ApiResponse.empty(201)
			.withHeaders(Map.of("Umb-Generated-Resource", id.toString(), "Location", location, "Umb-Notifications",
					notifications(notification)));
	}

	/** A {@code 200} without body, carrying one success notification. */
	static ApiResponse ok(String notification) {
		return ApiResponse.empty(200).withHeader("Umb-Notifications", notifications(notification));
	}

	/** The {@code Umb-Notifications} header: a JSON array of {@code NotificationHeaderModel}. */
	static String notifications(String message) {
		ArrayNode array = MAPPER.createArrayNode();
		ObjectNode notification = array.addObject();
		notification.put("message", message);
		notification.put("category", "Umbraco");
		notification.put("type", "Success");
		return new String(Json.bytes(array), StandardCharsets.UTF_8);
	}

	static ResponseException problem(int status, String title, String detail, String operationStatus) {
		return new ResponseException(ApiResponse.problem(status, title, detail, operationStatus));
	}

	/** ASP.NET's model-validation ProblemDetails, with the fake's {@value #INVALID_REQUEST} status. */
	static ResponseException invalid(String path, String message) {
		ObjectNode body = Json.object();
		body.put("type", "https://tools.ietf.org/html/rfc9110#section-15.5.1");
		body.put("title", "One or more validation errors occurred.");
		body.put("status", 400);
		body.put("detail", message);
		body.putObject("errors").putArray(path).add(message);
		body.put("operationStatus", INVALID_REQUEST);
		return new ResponseException(
				new ApiResponse(400, Map.of("Content-Type", ApiResponse.PROBLEM_JSON), Json.bytes(body)));
	}

	static ResponseException cultureVarianceMismatch() {
		return problem(400, "Content type culture variance mismatch",
				"The content type variance did not match that of the passed content data.",
				"ContentTypeCultureVarianceMismatch");
	}

	static ResponseException parentNotFound(UUID parentId) {
		return problem(404, "The targeted content parent could not be found",
				"No document has the id " + parentId + ".", "ParentNotFound");
	}

	static ResponseException duplicateKey(UUID id) {
		return problem(400, "Invalid Id", "The supplied id " + id + " is already in use.", "DuplicateKey");
	}

	// variants

	/**
	 * Applies the variants of a create or update body: matching variants take the new name (and, when published,
	 * become pending changes), new cultures are added as drafts, variants the body leaves out stay as they were.
	 */
	static void applyVariants(List<DocumentStore.Variant> variants, List<VariantInput> inputs, Instant now) {
		for (VariantInput input : inputs) {
			DocumentStore.Variant existing = variants.stream()
				.filter(variant -> variant.matches(input.culture(), input.segment()))
				.findFirst()
				.orElse(null);
			if (existing == null) {
				variants.add(new DocumentStore.Variant(input.culture(), input.segment(), input.name(), now));
			}
			else {
				existing.name = input.name();
				existing.updateDate = now;
				if (existing.published) {
					existing.edited = true;
				}
			}
		}
	}

	private static String emptyToNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

	private static String lower(String text) {
		return (text != null) ? text.toLowerCase(Locale.ROOT) : null;
	}
}
