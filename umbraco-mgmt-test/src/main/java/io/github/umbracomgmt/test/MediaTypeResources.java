package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Media Type} operations: media types (with the built-in Folder, Image and
 * File, which cannot be deleted or renamed by alias), media type folders, the media type
 * tree and the allowed-type lookups.
 */
final class MediaTypeResources implements ResourceGroup {

	/** Umbraco's alias rule: a letter, then letters, digits or underscores. */
	private static final Pattern ALIAS = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	private final MediaLibrary library;

	MediaTypeResources(MediaLibrary library) {
		this.library = library;
	}

	@Override
	public void registerRoutes(Router router) {
		router.post("/media-type", this::create);
		router.get("/media-type/allowed-at-root", this::allowedAtRoot);
		router.post("/media-type/folder", this::createFolder);
		router.get("/media-type/folder/{id:uuid}", this::getFolder);
		router.put("/media-type/folder/{id:uuid}", this::updateFolder);
		router.delete("/media-type/folder/{id:uuid}", this::deleteFolder);
		router.get("/media-type/{id:uuid}", this::get);
		router.put("/media-type/{id:uuid}", this::update);
		router.delete("/media-type/{id:uuid}", this::delete);
		router.get("/media-type/{id:uuid}/allowed-children", this::allowedChildren);
		router.put("/media-type/{id:uuid}/move", this::move);
		router.get("/tree/media-type/root", (request, variables) -> tree(request, null));
		router.get("/tree/media-type/children", (request, variables) -> tree(request,
				Objects.requireNonNullElse(QueryParams.lenientUuid(request, "parentId"), new UUID(0, 0))));
		router.get("/tree/media-type/ancestors", this::ancestors);
		router.get("/item/media-type", this::items);
	}

	// media types

	private ApiResponse create(ApiRequest request, Map<String, String> variables) {
		JsonNode body = BindingReader.object(request);
		BindingReader reader = new BindingReader();
		UUID id = reader.uuid(body, "id", "$.id", false);
		UUID parent = reader.reference(body, "parent", "$.parent", false);
		MediaLibrary.MediaTypeDef definition = read(body, reader);
		reader.check();
		synchronized (this.library) {
			UUID newId = (id != null) ? id : UUID.randomUUID();
			if (this.library.mediaTypes.idTaken(newId)) {
				return ApiResponse.problem(400, "Duplicate key", "A media type or folder with this id already exists.",
						"DuplicateKey");
			}
			if (!this.library.mediaTypes.isValidParent(parent)) {
				return ApiResponse.problem(400, "Invalid parent",
						"The specified parent is invalid, or cannot be used in combination with the specified "
								+ "composition/inheritance",
						"InvalidParent");
			}
			MediaLibrary.MediaTypeDef type = new MediaLibrary.MediaTypeDef(newId, false);
			apply(definition, type);
			type.parent = parent;
			this.library.mediaTypes.put(type);
			return Replies.created("/media-type/" + newId, newId);
		}
	}

	private ApiResponse get(ApiRequest request, Map<String, String> variables) {
		synchronized (this.library) {
			return ApiResponse.json(200, MediaJson.mediaType(existing(variables)));
		}
	}

	private ApiResponse update(ApiRequest request, Map<String, String> variables) {
		JsonNode body = BindingReader.object(request);
		BindingReader reader = new BindingReader();
		MediaLibrary.MediaTypeDef definition = read(body, reader);
		reader.check();
		synchronized (this.library) {
			MediaLibrary.MediaTypeDef type = existing(variables);
			if (type.system && definition.alias != null && !definition.alias.equals(type.alias)) {
				return ApiResponse.problem(400, "Operation not permitted",
						"The alias of a built-in media type cannot be changed.", "NotAllowed");
			}
			apply(definition, type);
			return ApiResponse.empty(200);
		}
	}

	private ApiResponse delete(ApiRequest request, Map<String, String> variables) {
		synchronized (this.library) {
			MediaLibrary.MediaTypeDef type = existing(variables);
			if (type.system) {
				throw Replies.notAllowed();
			}
			this.library.deleteMediaType(type.id);
			return ApiResponse.empty(200);
		}
	}

	private ApiResponse move(ApiRequest request, Map<String, String> variables) {
		UUID target = BindingReader.target(request);
		synchronized (this.library) {
			MediaLibrary.MediaTypeDef type = existing(variables);
			if (!this.library.mediaTypes.isValidParent(target)) {
				return ApiResponse.problem(404, "Container not found", "The specified container was not found",
						"ContainerNotFound");
			}
			type.parent = target;
			return ApiResponse.empty(200);
		}
	}

	private ApiResponse allowedAtRoot(ApiRequest request, Map<String, String> variables) {
		Paging paging = Paging.from(request);
		synchronized (this.library) {
			List<MediaLibrary.MediaTypeDef> types = this.library.mediaTypes.all()
				.stream()
				.filter(type -> type.allowedAsRoot)
				.sorted(Comparator.comparing(type -> type.name, String.CASE_INSENSITIVE_ORDER))
				.toList();
			return ApiResponse.json(200, paging.page(types, MediaJson::allowedMediaType));
		}
	}

	private ApiResponse allowedChildren(ApiRequest request, Map<String, String> variables) {
		Paging paging = Paging.from(request);
		synchronized (this.library) {
			MediaLibrary.MediaTypeDef type = existing(variables);
			List<MediaLibrary.MediaTypeDef> allowed = type.allowed.stream()
				.sorted(Comparator.comparingInt(MediaLibrary.Sort::sortOrder))
				.map(sort -> this.library.mediaType(sort.mediaType()))
				.filter(Objects::nonNull)
				.toList();
			return ApiResponse.json(200, paging.page(allowed, MediaJson::allowedMediaType));
		}
	}

	// folders: the rules are the store's, the answers the media groups' own

	private ApiResponse createFolder(ApiRequest request, Map<String, String> variables) {
		JsonNode body = BindingReader.object(request);
		BindingReader reader = new BindingReader();
		String name = reader.string(body, "name", "$.name");
		UUID id = reader.uuid(body, "id", "$.id", false);
		UUID parent = reader.reference(body, "parent", "$.parent", false);
		reader.check();
		UUID newId = (id != null) ? id : UUID.randomUUID();
		synchronized (this.library) {
			return reply(this.library.mediaTypes.addFolder(newId, name, parent),
					() -> Replies.created("/media-type/folder/" + newId, newId));
		}
	}

	private ApiResponse getFolder(ApiRequest request, Map<String, String> variables) {
		synchronized (this.library) {
			return this.library.mediaTypes.folder(Router.id(variables))
				.map(folder -> ApiResponse.json(200, Json.folder(folder, false)))
				.orElseGet(MediaTypeResources::folderNotFound);
		}
	}

	private ApiResponse updateFolder(ApiRequest request, Map<String, String> variables) {
		JsonNode body = BindingReader.object(request);
		BindingReader reader = new BindingReader();
		String name = reader.string(body, "name", "$.name");
		reader.check();
		synchronized (this.library) {
			return reply(this.library.mediaTypes.renameFolder(Router.id(variables), name),
					() -> ApiResponse.empty(200));
		}
	}

	private ApiResponse deleteFolder(ApiRequest request, Map<String, String> variables) {
		synchronized (this.library) {
			return reply(this.library.mediaTypes.removeFolder(Router.id(variables)), () -> ApiResponse.empty(200));
		}
	}

	/** The media groups' answer to a folder change. */
	private static ApiResponse reply(FolderedStore.FolderChange change, Supplier<ApiResponse> done) {
		return switch (change) {
			case DONE -> done.get();
			case NOT_FOUND -> folderNotFound();
			case DUPLICATE_KEY ->
				ApiResponse.problem(400, "The id is already used", "The folder id must be unique.", "DuplicateKey");
			case PARENT_NOT_FOUND ->
				ApiResponse.problem(404, "The parent folder could not be found", null, "ParentNotFound");
			case DUPLICATE_NAME -> ApiResponse.problem(400, "The name is already used",
					"The folder name must be unique on this parent.", "DuplicateName");
			case NOT_EMPTY -> ApiResponse.problem(400, "The folder is not empty",
					"The folder must be empty to perform this action.", "NotEmpty");
		};
	}

	// tree and items

	/**
	 * @param parent {@code null} for the root; an unknown parent simply has no children
	 */
	private ApiResponse tree(ApiRequest request, UUID parent) {
		Paging paging = Paging.from(request);
		boolean foldersOnly = QueryParams.lenientBool(request, "foldersOnly");
		synchronized (this.library) {
			List<FolderedStore.Entry> children = this.library.mediaTypes.children(parent, foldersOnly);
			return ApiResponse.json(200, paging.page(children, child -> treeItem(child, foldersOnly)));
		}
	}

	private ApiResponse ancestors(ApiRequest request, Map<String, String> variables) {
		UUID descendant = QueryParams.lenientUuid(request, "descendantId");
		synchronized (this.library) {
			ArrayNode array = Json.array();
			if (descendant != null) {
				this.library.mediaTypes.ancestors(descendant).forEach(entry -> array.add(treeItem(entry, false)));
			}
			return ApiResponse.json(200, array);
		}
	}

	private ObjectNode treeItem(FolderedStore.Entry entry, boolean foldersOnly) {
		if (entry instanceof FolderedStore.Folder folder) {
			return MediaJson.folderTreeItem(folder, this.library.mediaTypes.hasChildren(folder.id(), foldersOnly));
		}
		return MediaJson.mediaTypeTreeItem((MediaLibrary.MediaTypeDef) entry);
	}

	private ApiResponse items(ApiRequest request, Map<String, String> variables) {
		List<UUID> ids = QueryParams.lenientUuids(request, "id");
		synchronized (this.library) {
			return Replies.items(ids.stream().distinct().toList(), this.library.mediaTypes::find,
					MediaJson::mediaTypeItem);
		}
	}

	// reading and validating definitions

	/**
	 * Reads what create and update bodies share into a draft media type, never stored,
	 * before the library is locked.
	 */
	private static MediaLibrary.MediaTypeDef read(JsonNode body, BindingReader reader) {
		MediaLibrary.MediaTypeDef definition = new MediaLibrary.MediaTypeDef(null, false);
		definition.alias = reader.string(body, "alias", "$.alias");
		definition.name = reader.string(body, "name", "$.name");
		definition.description = reader.optionalString(body, "description", "$.description");
		definition.icon = reader.string(body, "icon", "$.icon");
		definition.allowedAsRoot = reader.bool(body, "allowedAsRoot", "$.allowedAsRoot");
		definition.variesByCulture = reader.bool(body, "variesByCulture", "$.variesByCulture");
		definition.variesBySegment = reader.bool(body, "variesBySegment", "$.variesBySegment");
		definition.isElement = reader.bool(body, "isElement", "$.isElement");
		definition.collection = reader.reference(body, "collection", "$.collection", false);
		List<JsonNode> properties = reader.array(body, "properties", "$.properties");
		for (int i = 0; i < properties.size(); i++) {
			definition.properties.add(property(properties.get(i), reader, "$.properties[" + i + "]"));
		}
		List<JsonNode> containers = reader.array(body, "containers", "$.containers");
		for (int i = 0; i < containers.size(); i++) {
			JsonNode node = containers.get(i);
			String path = "$.containers[" + i + "]";
			definition.containers.add(new MediaLibrary.ContainerDef(reader.uuid(node, "id", path + ".id", true),
					reader.reference(node, "parent", path + ".parent", false),
					reader.optionalString(node, "name", path + ".name"), reader.string(node, "type", path + ".type"),
					reader.integer(node, "sortOrder", path + ".sortOrder")));
		}
		List<JsonNode> allowed = reader.array(body, "allowedMediaTypes", "$.allowedMediaTypes");
		for (int i = 0; i < allowed.size(); i++) {
			String path = "$.allowedMediaTypes[" + i + "]";
			definition.allowed
				.add(new MediaLibrary.Sort(reader.reference(allowed.get(i), "mediaType", path + ".mediaType", true),
						reader.integer(allowed.get(i), "sortOrder", path + ".sortOrder")));
		}
		List<JsonNode> compositions = reader.array(body, "compositions", "$.compositions");
		for (int i = 0; i < compositions.size(); i++) {
			String path = "$.compositions[" + i + "]";
			String compositionType = reader.string(compositions.get(i), "compositionType", path + ".compositionType");
			if (compositionType != null && !compositionType.equals("Composition")
					&& !compositionType.equals("Inheritance")) {
				reader.error(path + ".compositionType",
						"The JSON value could not be converted to CompositionTypeModel.");
			}
			definition.compositions.add(new MediaLibrary.Composition(
					reader.reference(compositions.get(i), "mediaType", path + ".mediaType", true), compositionType));
		}
		return definition;
	}

	private static MediaLibrary.PropertyDef property(JsonNode node, BindingReader reader, String path) {
		UUID id = reader.uuid(node, "id", path + ".id", true);
		UUID container = reader.reference(node, "container", path + ".container", false);
		int sortOrder = reader.integer(node, "sortOrder", path + ".sortOrder");
		String alias = reader.string(node, "alias", path + ".alias");
		String name = reader.string(node, "name", path + ".name");
		String description = reader.optionalString(node, "description", path + ".description");
		UUID dataType = reader.reference(node, "dataType", path + ".dataType", true);
		boolean variesByCulture = reader.bool(node, "variesByCulture", path + ".variesByCulture");
		boolean variesBySegment = reader.bool(node, "variesBySegment", path + ".variesBySegment");
		JsonNode validation = node.get("validation");
		boolean mandatory = false;
		String mandatoryMessage = null;
		String regEx = null;
		String regExMessage = null;
		if (validation == null || !validation.isObject()) {
			reader.error(path + ".validation", "The validation field is required.");
		}
		else {
			mandatory = reader.bool(validation, "mandatory", path + ".validation.mandatory");
			mandatoryMessage = reader.optionalString(validation, "mandatoryMessage",
					path + ".validation.mandatoryMessage");
			regEx = reader.optionalString(validation, "regEx", path + ".validation.regEx");
			regExMessage = reader.optionalString(validation, "regExMessage", path + ".validation.regExMessage");
		}
		JsonNode appearance = node.get("appearance");
		boolean labelOnTop = false;
		if (appearance == null || !appearance.isObject()) {
			reader.error(path + ".appearance", "The appearance field is required.");
		}
		else {
			labelOnTop = reader.bool(appearance, "labelOnTop", path + ".appearance.labelOnTop");
		}
		return new MediaLibrary.PropertyDef(id, container, sortOrder, alias, name, description, dataType,
				variesByCulture, variesBySegment, mandatory, mandatoryMessage, regEx, regExMessage, labelOnTop);
	}

	/**
	 * Checks a definition the way Umbraco's content type editing service does and, when
	 * valid, writes it onto the type. Called with the library locked.
	 * @throws ResponseException with the 4xx to answer, leaving the type as it was
	 */
	private void apply(MediaLibrary.MediaTypeDef definition, MediaLibrary.MediaTypeDef type) {
		if (!ALIAS.matcher(definition.alias).matches()) {
			throw Replies.fail(400, "Invalid alias", "The specified media type alias is invalid", "InvalidAlias");
		}
		if (definition.name.length() > 255) {
			throw Replies.fail(400, "Name was too long", "Name cannot be more than 255 characters in length.",
					"NameTooLong");
		}
		MediaLibrary.MediaTypeDef sameAlias = this.library.mediaTypeByAlias(definition.alias);
		if (sameAlias != null && !sameAlias.id.equals(type.id)) {
			throw Replies.fail(400, "Duplicate alias", "The specified media type alias is already in use",
					"DuplicateAlias");
		}
		Set<UUID> containerIds = new HashSet<>();
		for (MediaLibrary.ContainerDef container : definition.containers) {
			if (!containerIds.add(container.id())) {
				throw Replies.fail(400, "Duplicate container",
						"One or more containers (or container keys) are defined multiple times.", "DuplicateContainer");
			}
			if (!container.type().equals("Group") && !container.type().equals("Tab")) {
				throw Replies.fail(400, "Invalid container type", "One or more container types are invalid",
						"InvalidContainerType");
			}
		}
		boolean missingContainer = definition.containers.stream()
			.anyMatch(container -> container.parent() != null && !containerIds.contains(container.parent()))
				|| definition.properties.stream()
					.anyMatch(property -> property.container() != null && !containerIds.contains(property.container()));
		if (missingContainer) {
			throw Replies.fail(400, "Missing container",
					"One or more containers or properties are listed as parents to containers that are not defined.",
					"MissingContainer");
		}
		Set<String> propertyAliases = new HashSet<>();
		for (MediaLibrary.PropertyDef property : definition.properties) {
			if (!ALIAS.matcher(property.alias()).matches()) {
				throw Replies.fail(400, "Invalid property type alias", "One or more property type aliases are invalid",
						"InvalidPropertyTypeAlias");
			}
			if (property.alias().equalsIgnoreCase(definition.alias)) {
				throw Replies.fail(400, "Invalid property type alias",
						"The property type alias cannot be the same as the content type alias",
						"PropertyTypeAliasCannotEqualContentTypeAlias");
			}
			if (!propertyAliases.add(property.alias().toLowerCase(Locale.ROOT))) {
				throw Replies.fail(400, "Duplicate property type alias",
						"One or more property type aliases are already in use, all property type aliases must be unique.",
						"DuplicatePropertyTypeAlias");
			}
		}
		for (MediaLibrary.Composition composition : definition.compositions) {
			MediaLibrary.MediaTypeDef other = this.library.mediaType(composition.mediaType());
			if (other == null || other.id.equals(type.id)) {
				boolean inheritance = "Inheritance".equals(composition.compositionType());
				throw Replies.fail(400, inheritance ? "Invalid inheritance" : "Invalid composition",
						"The specified media type " + (inheritance ? "inheritance" : "composition") + " is invalid",
						inheritance ? "InvalidInheritance" : "InvalidComposition");
			}
		}
		type.alias = definition.alias;
		type.name = definition.name;
		type.description = definition.description;
		type.icon = definition.icon;
		type.allowedAsRoot = definition.allowedAsRoot;
		type.variesByCulture = definition.variesByCulture;
		type.variesBySegment = definition.variesBySegment;
		type.isElement = definition.isElement;
		type.collection = definition.collection;
		type.properties = new ArrayList<>(definition.properties);
		type.containers = new ArrayList<>(definition.containers);
		// Unknown allowed types are dropped rather than refused: Umbraco only keeps the
		// types it can resolve.
		type.allowed = new ArrayList<>(definition.allowed.stream()
			.filter(sort -> sort.mediaType().equals(type.id) || this.library.mediaType(sort.mediaType()) != null)
			.toList());
		type.compositions = new ArrayList<>(definition.compositions);
	}

	/** The media type a path names, or Umbraco's 404. Call with the library locked. */
	private MediaLibrary.MediaTypeDef existing(Map<String, String> variables) {
		MediaLibrary.MediaTypeDef type = this.library.mediaType(Router.id(variables));
		if (type == null) {
			throw new ResponseException(notFound());
		}
		return type;
	}

	private static ApiResponse notFound() {
		return ApiResponse.problem(404, "Not Found", "The specified media type was not found", "NotFound");
	}

	private static ApiResponse folderNotFound() {
		return ApiResponse.problem(404, "The folder could not be found", null, "NotFound");
	}

}
