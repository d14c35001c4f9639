package io.github.umbracomgmt.test;

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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading the Document groups' request bodies and query parameters the way ASP.NET model
 * binding reads them for Umbraco, and the responses the three Document groups share
 * (created, success with notifications, problems).
 *
 * <p>
 * Model-binding failures (a missing required property, a malformed GUID or date, a body
 * that is not JSON) answer ASP.NET's validation ProblemDetails with an {@code errors}
 * map; the fake adds {@code operationStatus} {@value #INVALID_REQUEST} so clients can
 * tell them apart from Umbraco's own operation failures.
 */
final class DocumentApi {

	/** The {@code operationStatus} of request-model validation failures. */
	static final String INVALID_REQUEST = JsonBody.INVALID_REQUEST;

	/** The category of the Document groups' notifications. */
	private static final String NOTIFICATION_CATEGORY = "Umbraco";

	private DocumentApi() {
	}

	/** What a create or update body says about one variant. */
	record VariantInput(String culture, String segment, String name) {
	}

	/**
	 * What a document or blueprint create or update body holds; what the body type lacks
	 * is {@code null}.
	 *
	 * @param templateId the template, for documents only
	 */
	record ContentInput(UUID id, UUID parentId, UUID documentTypeId, UUID templateId, List<DocumentStore.Value> values,
			List<VariantInput> variants) {
	}

	/**
	 * Reads {@code CreateDocumentRequestModel} or
	 * {@code CreateDocumentBlueprintRequestModel} in the order ASP.NET binds them, so the
	 * first broken member is the one reported.
	 * @param withTemplate whether the model has the {@code template} a document declares
	 * "required" but nullable: the property must be there, {@code null} means none
	 */
	static ContentInput createInput(ApiRequest request, boolean withTemplate) {
		ObjectNode body = body(request);
		UUID id = optionalUuid(body, "id", "$.id");
		UUID parentId = reference(body, "parent", false, true);
		UUID documentTypeId = reference(body, "documentType", true, false);
		UUID templateId = withTemplate ? reference(body, "template", true, true) : null;
		return new ContentInput(id, parentId, documentTypeId, templateId, values(body), variants(body));
	}

	/**
	 * Reads {@code UpdateDocumentRequestModel} (with its optional {@code template}) or
	 * the blueprint's.
	 */
	static ContentInput updateInput(ApiRequest request, boolean withTemplate) {
		ObjectNode body = body(request);
		List<DocumentStore.Value> values = values(body);
		List<VariantInput> variants = variants(body);
		UUID templateId = withTemplate ? reference(body, "template", false, true) : null;
		return new ContentInput(null, null, null, templateId, values, variants);
	}

	/**
	 * The caller's id, or a new one; a taken id is Umbraco's {@code 400 DuplicateKey}.
	 * Call with the store locked.
	 */
	static UUID newId(DocumentStore store, UUID requested) {
		UUID id = (requested != null) ? requested : UUID.randomUUID();
		if (store.idInUse(id)) {
			throw duplicateKey(id);
		}
		return id;
	}

	/** The entity looked up, or the {@code 404} Umbraco sends when there is none. */
	static <T> T found(T entity, String title, String detail, String operationStatus) {
		if (entity == null) {
			throw Replies.fail(404, title, detail, operationStatus);
		}
		return entity;
	}

	// bodies

	/**
	 * The request body as a JSON object; an empty, malformed or non-object body is a 400.
	 */
	static ObjectNode body(ApiRequest request) {
		return JsonBody.object(request, "$", DocumentApi::invalid);
	}

	/**
	 * An optional GUID property such as a caller-chosen {@code id}: absent or
	 * {@code null} gives {@code null}.
	 */
	static UUID optionalUuid(JsonNode body, String field, String path) {
		JsonNode node = body.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		return uuid(node, path);
	}

	/**
	 * A {@code ReferenceByIdModel} property ({@code {"id": "..."}}).
	 * @param required whether the property must be present (it may still be {@code null}
	 * when {@code nullable})
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

	/**
	 * The required {@code values} array ({@code DocumentValueModel}); values are kept
	 * exactly as sent.
	 */
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
				throw invalid(path, "The value for alias '" + alias
						+ "' is given more than once for the same culture and segment.");
			}
			// Not part of DocumentValueModel, but kept when a client sends it so the
			// response echoes what it knows.
			String editorAlias = optionalString(item, "editorAlias", path + ".editorAlias");
			JsonNode value = item.get("value");
			values.add(new DocumentStore.Value(alias, culture, segment,
					(value == null) ? NullNode.getInstance() : value.deepCopy(),
					(editorAlias == null || editorAlias.isEmpty()) ? DocumentStore.DEFAULT_EDITOR_ALIAS : editorAlias));
		}
		return List.copyOf(values);
	}

	/**
	 * The required {@code variants} array ({@code DocumentVariantRequestModel}): at least
	 * one, each named, each culture/segment once, and either all invariant or all with a
	 * culture, since one document type cannot be both.
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

	/**
	 * A required string property, e.g. the blueprint name of
	 * {@code CreateDocumentBlueprintFromDocumentRequestModel}.
	 */
	static String requiredString(JsonNode body, String field) {
		String value = optionalString(body, field, "$." + field);
		if (value == null || value.isBlank()) {
			throw invalid("$." + field, "The " + field + " field is required.");
		}
		return value;
	}

	/** A required array of strings, e.g. {@code culturesToPublish}. */
	static List<String> requiredStrings(JsonNode body, String field) {
		ArrayNode array = requiredArray(body, field);
		List<String> strings = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			if (!array.get(i).isString()) {
				throw invalid("$." + field + "[" + i + "]", "The JSON value could not be converted to System.String.");
			}
			strings.add(array.get(i).stringValue());
		}
		return List.copyOf(strings);
	}

	/**
	 * A required enum property, bound by its name as ASP.NET binds enums; another value
	 * is a 400.
	 */
	static String requiredEnum(JsonNode body, String field, List<String> allowed) {
		String value = optionalString(body, field, "$." + field);
		if (value == null) {
			throw invalid("$." + field, "The " + field + " field is required.");
		}
		return allowed.stream()
			.filter(candidate -> candidate.equalsIgnoreCase(value))
			.findFirst()
			.orElseThrow(() -> invalid("$." + field, "The JSON value could not be converted to the " + field + "."));
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
		UUID id = node.isString() ? QueryParams.guid(node.stringValue()) : null;
		if (id == null) {
			throw invalid(path, "The JSON value could not be converted to System.Guid.");
		}
		return id;
	}

	// query

	/**
	 * A GUID query parameter; a missing one is {@code null} (or a 400 when required), a
	 * malformed one a 400.
	 */
	static UUID queryUuid(ApiRequest request, String name, boolean required) {
		String value = QueryParams.string(request, name);
		if (value == null) {
			if (required) {
				throw invalid(name, "The " + name + " field is required.");
			}
			return null;
		}
		return queryGuid(name, value);
	}

	/**
	 * A repeated GUID query parameter ({@code id=a&id=b}), duplicates dropped, order
	 * kept.
	 */
	static List<UUID> queryUuids(ApiRequest request, String name) {
		Set<UUID> ids = new LinkedHashSet<>();
		for (String value : QueryParams.values(request, name)) {
			ids.add(queryGuid(name, value));
		}
		return List.copyOf(ids);
	}

	/**
	 * A boolean query parameter as ASP.NET binds it ({@code true}/{@code false}, any
	 * case).
	 */
	static boolean queryBoolean(ApiRequest request, String name, boolean defaultValue) {
		String value = QueryParams.string(request, name);
		if (value == null) {
			return defaultValue;
		}
		if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
			return Boolean.parseBoolean(value);
		}
		throw invalidValue(name, value);
	}

	private static UUID queryGuid(String name, String value) {
		UUID id = QueryParams.guid(value);
		if (id == null) {
			throw invalidValue(name, value);
		}
		return id;
	}

	private static ResponseException invalidValue(String name, String value) {
		return invalid(name, "The value '" + value + "' is not valid.");
	}

	// responses

	/**
	 * Umbraco's {@code 201}: no body, the id in {@code Umb-Generated-Resource} and the
	 * new resource's absolute URL in {@code Location}, as ASP.NET's
	 * {@code CreatedAtAction} builds it from the request's host.
	 * @param resourcePath the path below {@code /umbraco/management/api/v1}, e.g.
	 * {@code /document/<id>}
	 */
	static ApiResponse created(ApiRequest request, String resourcePath, UUID id, String notification) {
		String path = Dispatcher.API_ROOT + resourcePath;
		String location = request.header("Host").map(host -> "http://" + host + path).orElse(path);
		return Replies.createdAt(location, id.toString(), Replies.notifications(notification, NOTIFICATION_CATEGORY));
	}

	/** A {@code 200} without body, carrying one success notification. */
	static ApiResponse ok(String notification) {
		return Replies.ok(notification, NOTIFICATION_CATEGORY);
	}

	/**
	 * ASP.NET's model-validation ProblemDetails, with the fake's
	 * {@value #INVALID_REQUEST} status.
	 */
	static ResponseException invalid(String path, String message) {
		return new ResponseException(ApiResponse.problem(400, ApiResponse.VALIDATION_PROBLEM,
				ApiResponse.VALIDATION_TITLE, message, INVALID_REQUEST, Map.of(path, List.of(message))));
	}

	static ResponseException cultureVarianceMismatch() {
		return Replies.fail(400, "Content type culture variance mismatch",
				"The content type variance did not match that of the passed content data.",
				"ContentTypeCultureVarianceMismatch");
	}

	static ResponseException parentNotFound(UUID parentId) {
		return Replies.fail(404, "The targeted content parent could not be found",
				"No document has the id " + parentId + ".", "ParentNotFound");
	}

	static ResponseException duplicateKey(UUID id) {
		return Replies.fail(400, "Invalid Id", "The supplied id " + id + " is already in use.", "DuplicateKey");
	}

	// variants

	/**
	 * Applies the variants of a create or update body: matching variants take the new
	 * name (and, when published, become pending changes), new cultures are added as
	 * drafts, variants the body leaves out stay as they were.
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
