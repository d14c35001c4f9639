package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Document Type} operations: create, read, update, delete and move, folders,
 * the tree, items, search, allowed-at-root and allowed children.
 *
 * <p>
 * Request bodies are checked the way Umbraco's content type editing service checks them,
 * with its {@code ContentTypeOperationStatus} names: a unique, valid alias; properties
 * with unique aliases, existing data types and containers that exist in the same request;
 * containers of type {@code Group} or {@code Tab}; compositions of existing document
 * types. Like Umbraco, unknown allowed templates and allowed child types are dropped
 * silently, and a default template is always one of the allowed templates.
 */
final class DocumentTypeResources implements ResourceGroup {

	private static final Pattern ALIAS = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final Set<String> CONTAINER_TYPES = Set.of("Group", "Tab");

	private static final Set<String> COMPOSITION_TYPES = Set.of("Composition", "Inheritance");

	/**
	 * A document type as {@code DocumentTypeResponseModel} shows it.
	 *
	 * @param definition the response body, never changed once stored and copied on the
	 * way out
	 */
	record DocumentType(UUID id, UUID parentId, ObjectNode definition) implements FolderedStore.Entry {

		@Override
		public String name() {
			return this.definition.get("name").stringValue();
		}

		String alias() {
			return this.definition.get("alias").stringValue();
		}

		boolean isElement() {
			return this.definition.get("isElement").booleanValue();
		}

		String icon() {
			return this.definition.get("icon").stringValue();
		}

		String description() {
			JsonNode description = this.definition.get("description");
			return (description == null || description.isNull()) ? null : description.stringValue();
		}

		DocumentType withParent(UUID newParentId) {
			return new DocumentType(this.id, newParentId, this.definition);
		}

	}

	private final FolderedStore<DocumentType> store = new FolderedStore<>();

	private final SettingsFolders<DocumentType> folders = new SettingsFolders<>("document-type", this.store,
			DocumentTypeResources::treeItem);

	private final DataTypeResources dataTypes;

	private final TemplateResources templates;

	DocumentTypeResources(DataTypeResources dataTypes, TemplateResources templates) {
		this.dataTypes = dataTypes;
		this.templates = templates;
		dataTypes.linkDocumentTypes(this::usesDataType, this::dropDataType);
		templates.onDelete(this::dropTemplate);
	}

	Optional<DocumentType> find(UUID id) {
		return this.store.find(id);
	}

	/**
	 * Adds a document type allowed at the root, with one {@code Content} group holding a
	 * property per entry of {@code properties} (property alias to data type id), and
	 * returns its id.
	 */
	UUID add(String alias, String name, Map<String, UUID> properties) {
		if (!ALIAS.matcher(alias).matches()) {
			throw new IllegalArgumentException("'" + alias + "' is not a valid document type alias");
		}
		properties.forEach((propertyAlias, dataType) -> {
			if (this.dataTypes.find(dataType).isEmpty()) {
				throw new IllegalArgumentException(
						"Property '" + propertyAlias + "' uses the unknown data type " + dataType);
			}
		});
		UUID id = UUID.randomUUID();
		ObjectNode definition = Json.object();
		definition.put("alias", alias);
		definition.put("name", name);
		definition.putNull("description");
		definition.put("icon", "icon-document");
		definition.put("allowedAsRoot", true);
		definition.put("variesByCulture", false);
		definition.put("variesBySegment", false);
		definition.putNull("collection");
		definition.put("isElement", false);
		definition.put("allowedInLibrary", false);
		ArrayNode propertyArray = definition.putArray("properties");
		ArrayNode containerArray = definition.putArray("containers");
		if (!properties.isEmpty()) {
			UUID group = UUID.randomUUID();
			containerArray.add(Json.groupContainer(group, "Content", 0));
			int sortOrder = 0;
			for (Map.Entry<String, UUID> property : properties.entrySet()) {
				propertyArray.add(Json.propertyType(UUID.randomUUID(), group, sortOrder++, property.getKey(),
						property.getKey(), property.getValue()));
			}
		}
		definition.put("id", id.toString());
		definition.putArray("allowedTemplates");
		definition.putNull("defaultTemplate");
		ObjectNode cleanup = definition.putObject("cleanup");
		cleanup.put("preventCleanup", false);
		cleanup.putNull("keepAllVersionsNewerThanDays");
		cleanup.putNull("keepLatestVersionPerDayForDays");
		definition.putArray("allowedDocumentTypes");
		definition.putArray("compositions");
		synchronized (this.store) {
			if (aliasTaken(alias, null)) {
				throw new IllegalArgumentException("A document type with alias '" + alias + "' exists already");
			}
			this.store.put(new DocumentType(id, null, definition));
		}
		return id;
	}

	void reset() {
		this.store.clear();
	}

	@Override
	public void registerRoutes(Router router) {
		router.post("/document-type", this::create);
		router.get("/document-type/allowed-at-root", this::allowedAtRoot);
		router.get("/document-type/{id:uuid}",
				(request, variables) -> find(Router.id(variables))
					.map(type -> ApiResponse.json(200, type.definition().deepCopy()))
					.orElseGet(DocumentTypeResources::notFound));
		router.put("/document-type/{id:uuid}", this::update);
		router.delete("/document-type/{id:uuid}", this::delete);
		router.put("/document-type/{id:uuid}/move", this::move);
		router.get("/document-type/{id:uuid}/allowed-children", this::allowedChildren);
		this.folders.registerRoutes(router);
		router.get("/item/document-type", (request, variables) -> Replies.items(QueryParams.uuids(request, "id"),
				this::find, DocumentTypeResources::item));
		router.get("/item/document-type/search", (request, variables) -> {
			Paging paging = Paging.from(request);
			String query = QueryParams.string(request, "query");
			Boolean isElement = QueryParams.optionalBool(request, "isElement");
			List<DocumentType> matches = sorted().stream()
				.filter(type -> QueryParams.contains(type.name(), query) || QueryParams.contains(type.alias(), query))
				.filter(type -> isElement == null || type.isElement() == isElement)
				.toList();
			return ApiResponse.json(200, paging.page(matches, DocumentTypeResources::item));
		});
	}

	private ApiResponse create(ApiRequest request, Map<String, String> variables) {
		JsonBody body = JsonBody.settings(request, "InvalidAlias");
		UUID requested = body.optionalUuid("id");
		UUID parentId = body.optionalReference("parent");
		UUID id = (requested != null) ? requested : UUID.randomUUID();
		synchronized (this.store) {
			if (this.store.idTaken(id)) {
				return Replies.conflict("Duplicate key", "A document type with the id " + id + " already exists.",
						"DuplicateKey");
			}
			if (!this.folders.isValidParent(parentId)) {
				return Replies.badRequest("Parent not found", "The parent folder could not be found.", "InvalidParent");
			}
			ObjectNode definition = definition(body, id);
			this.store.put(new DocumentType(id, parentId, definition));
		}
		return Replies.created("/document-type/" + id, id.toString(), "Document type saved");
	}

	private ApiResponse update(ApiRequest request, Map<String, String> variables) {
		UUID id = Router.id(variables);
		if (find(id).isEmpty()) {
			return notFound();
		}
		JsonBody body = JsonBody.settings(request, "InvalidAlias");
		synchronized (this.store) {
			DocumentType current = this.store.find(id).orElse(null);
			if (current == null) {
				return notFound();
			}
			this.store.put(new DocumentType(id, current.parentId(), definition(body, id)));
		}
		return Replies.ok("Document type saved");
	}

	private ApiResponse delete(ApiRequest request, Map<String, String> variables) {
		UUID id = Router.id(variables);
		synchronized (this.store) {
			if (!this.store.remove(id)) {
				return notFound();
			}
			// Umbraco removes the type from other types' allowed children and
			// compositions along with it.
			for (DocumentType other : this.store.all()) {
				ObjectNode definition = other.definition().deepCopy();
				boolean changed = removeReferences((ArrayNode) definition.get("allowedDocumentTypes"), "documentType",
						id) | removeReferences((ArrayNode) definition.get("compositions"), "documentType", id);
				if (changed) {
					this.store.put(new DocumentType(other.id(), other.parentId(), definition));
				}
			}
		}
		return Replies.ok("Document type deleted");
	}

	private ApiResponse move(ApiRequest request, Map<String, String> variables) {
		UUID id = Router.id(variables);
		UUID target = JsonBody.settingsOrEmpty(request, "InvalidParent").optionalReference("target");
		synchronized (this.store) {
			DocumentType current = this.store.find(id).orElse(null);
			if (current == null) {
				return notFound();
			}
			if (!this.folders.isValidParent(target)) {
				return Replies.badRequest("Parent not found", "The target folder could not be found.", "InvalidParent");
			}
			this.store.put(current.withParent(target));
		}
		return Replies.ok("Document type moved");
	}

	private ApiResponse allowedAtRoot(ApiRequest request, Map<String, String> variables) {
		Paging paging = Paging.from(request);
		List<DocumentType> allowed = sorted().stream()
			.filter(type -> type.definition().get("allowedAsRoot").booleanValue() && !type.isElement())
			.toList();
		return ApiResponse.json(200, paging.page(allowed, DocumentTypeResources::allowed));
	}

	private ApiResponse allowedChildren(ApiRequest request, Map<String, String> variables) {
		Paging paging = Paging.from(request);
		DocumentType parent = find(Router.id(variables)).orElse(null);
		if (parent == null) {
			return notFound();
		}
		List<JsonNode> sorts = new ArrayList<>();
		parent.definition().get("allowedDocumentTypes").forEach(sorts::add);
		sorts.sort(Comparator.comparingInt(sort -> sort.get("sortOrder").intValue()));
		List<DocumentType> children = sorts.stream()
			.map(sort -> find(UUID.fromString(sort.get("documentType").get("id").stringValue())))
			.flatMap(Optional::stream)
			.toList();
		return ApiResponse.json(200, paging.page(children, DocumentTypeResources::allowed));
	}

	/**
	 * Reads and checks a create or update body into the response model; call with the
	 * store locked so the alias check and the write that follows see the same data.
	 */
	private ObjectNode definition(JsonBody body, UUID id) {
		String alias = body.requiredString("alias", "InvalidAlias");
		if (!ALIAS.matcher(alias).matches()) {
			throw Replies.fail(400, "Invalid alias", "The alias '" + alias + "' is not a valid alias.", "InvalidAlias");
		}
		if (aliasTaken(alias, id)) {
			throw Replies.fail(400, "Duplicate alias", "A document type with the alias '" + alias + "' already exists.",
					"DuplicateAlias");
		}
		ObjectNode node = Json.object();
		node.put("alias", alias);
		node.put("name", body.requiredString("name", "NameCannotBeEmpty"));
		node.put("description", body.optionalString("description"));
		node.put("icon", body.requiredString("icon"));
		node.put("allowedAsRoot", body.requiredBoolean("allowedAsRoot"));
		node.put("variesByCulture", body.requiredBoolean("variesByCulture"));
		node.put("variesBySegment", body.requiredBoolean("variesBySegment"));
		Json.putReference(node, "collection", body.optionalReference("collection"));
		node.put("isElement", body.requiredBoolean("isElement"));
		// Required by Umbraco 18 (element types the element library may hold); a 17
		// client leaves it out.
		node.put("allowedInLibrary", body.optionalBoolean("allowedInLibrary", false));
		ArrayNode containers = containers(body);
		Set<String> containerIds = new HashSet<>();
		containers.forEach(container -> containerIds.add(container.get("id").stringValue()));
		node.set("properties", properties(body, alias, containerIds));
		node.set("containers", containers);
		node.put("id", id.toString());
		Set<UUID> allowedTemplates = new LinkedHashSet<>();
		body.requiredReferences("allowedTemplates")
			.stream()
			.filter(template -> this.templates.find(template).isPresent())
			.forEach(allowedTemplates::add);
		UUID defaultTemplate = body.optionalReference("defaultTemplate");
		if (defaultTemplate != null && this.templates.find(defaultTemplate).isEmpty()) {
			defaultTemplate = null;
		}
		if (defaultTemplate != null) {
			allowedTemplates.add(defaultTemplate);
		}
		Json.putReferences(node, "allowedTemplates", allowedTemplates);
		Json.putReference(node, "defaultTemplate", defaultTemplate);
		JsonBody cleanupBody = body.requiredObject("cleanup");
		ObjectNode cleanup = node.putObject("cleanup");
		cleanup.put("preventCleanup", cleanupBody.requiredBoolean("preventCleanup"));
		putInt(cleanup, "keepAllVersionsNewerThanDays", cleanupBody.optionalInt("keepAllVersionsNewerThanDays"));
		putInt(cleanup, "keepLatestVersionPerDayForDays", cleanupBody.optionalInt("keepLatestVersionPerDayForDays"));
		ArrayNode allowedTypes = node.putArray("allowedDocumentTypes");
		for (JsonBody sort : body.requiredObjects("allowedDocumentTypes")) {
			UUID typeId = sort.requiredReference("documentType");
			int sortOrder = sort.requiredInt("sortOrder");
			if (typeId.equals(id) || this.store.find(typeId).isPresent()) {
				ObjectNode allowed = allowedTypes.addObject();
				allowed.putObject("documentType").put("id", typeId.toString());
				allowed.put("sortOrder", sortOrder);
			}
		}
		ArrayNode compositions = node.putArray("compositions");
		for (JsonBody composition : body.requiredObjects("compositions")) {
			UUID typeId = composition.requiredReference("documentType");
			String compositionType = composition.requiredString("compositionType");
			if (!COMPOSITION_TYPES.contains(compositionType)) {
				throw composition.invalid("compositionType", "The compositionType must be Composition or Inheritance.");
			}
			if (typeId.equals(id) || this.store.find(typeId).isEmpty()) {
				throw Replies.fail(400, "Invalid composition",
						"The composition " + typeId + " is not an existing document type.", "InvalidComposition");
			}
			ObjectNode added = compositions.addObject();
			added.putObject("documentType").put("id", typeId.toString());
			added.put("compositionType", compositionType);
		}
		return node;
	}

	private static ArrayNode containers(JsonBody body) {
		ArrayNode containers = Json.array();
		Set<String> ids = new HashSet<>();
		List<JsonBody> requested = body.requiredObjects("containers");
		for (JsonBody container : requested) {
			UUID containerId = container.requiredUuid("id");
			if (!ids.add(containerId.toString())) {
				throw Replies.fail(400, "Duplicate container", "The container " + containerId + " is sent twice.",
						"DuplicateContainer");
			}
		}
		for (JsonBody container : requested) {
			String type = container.requiredString("type");
			if (!CONTAINER_TYPES.contains(type)) {
				throw Replies.fail(400, "Invalid container type",
						"A container's type must be Group or Tab, not '" + type + "'.", "InvalidContainerType");
			}
			UUID parent = container.optionalReference("parent");
			if (parent != null && !ids.contains(parent.toString())) {
				throw Replies.fail(400, "Missing container",
						"The parent container " + parent + " is not in the request.", "MissingContainer");
			}
			ObjectNode node = containers.addObject();
			node.put("id", container.requiredUuid("id").toString());
			Json.putReference(node, "parent", parent);
			node.put("name", container.optionalString("name"));
			node.put("type", type);
			node.put("sortOrder", container.requiredInt("sortOrder"));
		}
		return containers;
	}

	private ArrayNode properties(JsonBody body, String typeAlias, Set<String> containerIds) {
		ArrayNode properties = Json.array();
		Set<String> aliases = new HashSet<>();
		for (JsonBody property : body.requiredObjects("properties")) {
			String alias = property.requiredString("alias", "InvalidPropertyTypeAlias");
			if (!ALIAS.matcher(alias).matches()) {
				throw Replies.fail(400, "Invalid property alias",
						"The property alias '" + alias + "' is not a valid alias.", "InvalidPropertyTypeAlias");
			}
			if (alias.equalsIgnoreCase(typeAlias)) {
				throw Replies.fail(400, "Invalid property alias",
						"A property alias may not equal the document type's alias.",
						"PropertyTypeAliasCannotEqualContentTypeAlias");
			}
			if (!aliases.add(alias.toLowerCase(Locale.ROOT))) {
				throw Replies.fail(400, "Duplicate property alias", "The property alias '" + alias + "' is used twice.",
						"DuplicatePropertyTypeAlias");
			}
			UUID container = property.optionalReference("container");
			if (container != null && !containerIds.contains(container.toString())) {
				throw Replies.fail(400, "Missing container", "The container " + container + " is not in the request.",
						"MissingContainer");
			}
			UUID dataType = property.requiredReference("dataType");
			if (this.dataTypes.find(dataType).isEmpty()) {
				throw Replies.fail(400, "Data type not found", "The data type " + dataType + " could not be found.",
						"DataTypeNotFound");
			}
			ObjectNode node = properties.addObject();
			node.put("id", property.requiredUuid("id").toString());
			Json.putReference(node, "container", container);
			node.put("sortOrder", property.requiredInt("sortOrder"));
			node.put("alias", alias);
			node.put("name", property.requiredString("name"));
			node.put("description", property.optionalString("description"));
			node.putObject("dataType").put("id", dataType.toString());
			node.put("variesByCulture", property.requiredBoolean("variesByCulture"));
			node.put("variesBySegment", property.requiredBoolean("variesBySegment"));
			JsonBody validationBody = property.requiredObject("validation");
			ObjectNode validation = node.putObject("validation");
			validation.put("mandatory", validationBody.requiredBoolean("mandatory"));
			validation.put("mandatoryMessage", validationBody.optionalString("mandatoryMessage"));
			validation.put("regEx", validationBody.optionalString("regEx"));
			validation.put("regExMessage", validationBody.optionalString("regExMessage"));
			node.putObject("appearance")
				.put("labelOnTop", property.requiredObject("appearance").requiredBoolean("labelOnTop"));
		}
		return properties;
	}

	private boolean aliasTaken(String alias, UUID except) {
		return this.store.all()
			.stream()
			.anyMatch(type -> !type.id().equals(except) && type.alias().equalsIgnoreCase(alias));
	}

	private boolean usesDataType(UUID dataTypeId) {
		String id = dataTypeId.toString();
		return this.store.all()
			.stream()
			.anyMatch(type -> type.definition()
				.get("properties")
				.valueStream()
				.anyMatch(property -> id.equals(property.get("dataType").get("id").stringValue())));
	}

	/** Umbraco deletes the property types of a deleted data type. */
	private void dropDataType(UUID dataTypeId) {
		synchronized (this.store) {
			for (DocumentType type : this.store.all()) {
				ObjectNode definition = type.definition().deepCopy();
				ArrayNode properties = (ArrayNode) definition.get("properties");
				ArrayNode kept = Json.array();
				properties.forEach(property -> {
					if (!dataTypeId.toString().equals(property.get("dataType").get("id").stringValue())) {
						kept.add(property);
					}
				});
				if (kept.size() != properties.size()) {
					definition.set("properties", kept);
					this.store.put(new DocumentType(type.id(), type.parentId(), definition));
				}
			}
		}
	}

	private void dropTemplate(UUID templateId) {
		synchronized (this.store) {
			for (DocumentType type : this.store.all()) {
				ObjectNode definition = type.definition().deepCopy();
				boolean changed = removeReferences((ArrayNode) definition.get("allowedTemplates"), null, templateId);
				JsonNode defaultTemplate = definition.get("defaultTemplate");
				if (defaultTemplate != null && defaultTemplate.isObject()
						&& templateId.toString().equals(defaultTemplate.get("id").stringValue())) {
					definition.putNull("defaultTemplate");
					changed = true;
				}
				if (changed) {
					this.store.put(new DocumentType(type.id(), type.parentId(), definition));
				}
			}
		}
	}

	/**
	 * Removes the entries of an array that reference {@code id}, either directly
	 * ({@code {"id": ...}}) or through {@code field}.
	 */
	private static boolean removeReferences(ArrayNode array, String field, UUID id) {
		boolean removed = false;
		for (int i = array.size() - 1; i >= 0; i--) {
			JsonNode entry = (field != null) ? array.get(i).get(field) : array.get(i);
			if (id.toString().equals(entry.get("id").stringValue())) {
				array.remove(i);
				removed = true;
			}
		}
		return removed;
	}

	private List<DocumentType> sorted() {
		return this.store.all().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
	}

	private static void putInt(ObjectNode node, String field, Integer value) {
		if (value != null) {
			node.put(field, value.intValue());
		}
		else {
			node.putNull(field);
		}
	}

	static ObjectNode item(DocumentType type) {
		ObjectNode node = Json.object();
		node.put("id", type.id().toString());
		node.put("name", type.name());
		node.put("isElement", type.isElement());
		node.put("allowedInLibrary", type.definition().path("allowedInLibrary").asBoolean(false));
		node.put("icon", type.icon());
		node.put("description", type.description());
		Json.putFlags(node);
		return node;
	}

	private static ObjectNode allowed(DocumentType type) {
		ObjectNode node = Json.object();
		node.put("id", type.id().toString());
		node.put("name", type.name());
		node.put("description", type.description());
		node.put("icon", type.icon());
		return node;
	}

	private static ObjectNode treeItem(FolderedStore.Entry entry, boolean hasChildren) {
		ObjectNode node = Json.treeItem(entry, hasChildren);
		if (entry instanceof DocumentType type) {
			node.put("isElement", type.isElement());
			node.put("icon", type.icon());
		}
		else {
			node.put("isElement", false);
			node.put("icon", "icon-folder");
		}
		return node;
	}

	private static ApiResponse notFound() {
		return Replies.notFound("The document type could not be found", "NotFound");
	}

}
