package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Media Type} operations: media types (with the built-in Folder, Image and File, which cannot be deleted
 * or renamed by alias), media type folders, the media type tree and the allowed-type lookups.
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
		router.add("POST", "/media-type", Router.Access.AUTHENTICATED, this::create);
		router.get("/media-type/allowed-at-root", this::allowedAtRoot);
		router.add("POST", "/media-type/folder", Router.Access.AUTHENTICATED, this::createFolder);
		router.get("/media-type/folder/{id:uuid}", this::getFolder);
		router.add("PUT", "/media-type/folder/{id:uuid}", Router.Access.AUTHENTICATED, this::updateFolder);
		router.add("DELETE", "/media-type/folder/{id:uuid}", Router.Access.AUTHENTICATED, this::deleteFolder);
		router.get("/media-type/{id:uuid}", this::get);
		router.add("PUT", "/media-type/{id:uuid}", Router.Access.AUTHENTICATED, this::update);
		router.add("DELETE", "/media-type/{id:uuid}", Router.Access.AUTHENTICATED, this::delete);
		router.get("/media-type/{id:uuid}/allowed-children", this::allowedChildren);
		router.add("PUT", "/media-type/{id:uuid}/move", Router.Access.AUTHENTICATED, this::move);
		router.get("/tree/media-type/root", (request, variables) -> tree(request, null));
		router.get("/tree/media-type/children", (request, variables) -> tree(request,
				Objects.requireNonNullElse(MediaHttp.queryUuid(request, "parentId"), new UUID(0, 0))));
		router.get("/tree/media-type/ancestors", this::ancestors);
		router.get("/item/media-type", this::items);
	}

	// media types

	private ApiResponse create(ApiRequest request, Map<String, String> variables) {
		JsonNode body = MediaHttp.object(request);
		MediaHttp.Reader reader = new MediaHttp.Reader();
		UUID id = reader.uuid(body, "id", "$.id", false);
		UUID parent = reader.reference(body, "parent", "$.parent", false);
		Definition definition = read(body, reader);
		reader.check();
		synchronized (this.library) {
			UUID newId = (id != null) ? id : UUID.randomUUID();
			if (this.library.mediaType(newId) != null || this.library.folders.containsKey(newId)) {
				return MediaHttp.problem(400, "Duplicate key", "A media type or folder with this id already exists.",
						"DuplicateKey");
			}
			if (parent != null && !this.library.folders.containsKey(parent)) {
				return MediaHttp.problem(400, "Invalid parent",
						"The specified parent is invalid, or cannot be used in combination with the specified "
								+ "composition/inheritance",
						"InvalidParent");
			}
			MediaLibrary.MediaTypeDef type = new MediaLibrary.MediaTypeDef(newId, false);
			ApiResponse invalid = apply(definition, type);
			if (invalid != null) {
				return invalid;
			}
			type.parent = parent;
			this.library.mediaTypes.put(newId, type);
			return MediaHttp.created("/media-type/" + newId, newId);
		}
	}

	private ApiResponse get(ApiRequest request, Map<String, String> variables) {
		synchronized (this.library) {
			MediaLibrary.MediaTypeDef type = this.library.mediaType(MediaHttp.id(variables));
			return (type != null) ? ApiResponse.json(200, MediaJson.mediaType(type)) : notFound();
		}
	}

	private ApiResponse update(ApiRequest request, Map<String, String> variables) {
		JsonNode body = MediaHttp.object(request);
		MediaHttp.Reader reader = new MediaHttp.Reader();
		Definition definition = read(body, reader);
		reader.check();
		synchronized (this.library) {
			MediaLibrary.MediaTypeDef type = this.library.mediaType(MediaHttp.id(variables));
			if (type == null) {
				return notFound();
			}
			if (type.system && definition.alias != null && !definition.alias.equals(type.alias)) {
				return MediaHttp.problem(400, "Operation not permitted",
						"The alias of a built-in media type cannot be changed.", "NotAllowed");
			}
			ApiResponse invalid = apply(definition, type);
			return (invalid != null) ? invalid : ApiResponse.empty(200);
		}
	}

	private ApiResponse delete(ApiRequest request, Map<String, String> variables) {
		synchronized (this.library) {
			MediaLibrary.MediaTypeDef type = this.library.mediaType(MediaHttp.id(variables));
			if (type == null) {
				return notFound();
			}
			if (type.system) {
				return MediaHttp.problem(400, "Operation not permitted",
						"The attempted operation was not permitted, likely due to a permission/configuration "
								+ "mismatch with the operation.",
						"NotAllowed");
			}
			this.library.deleteMediaType(type.id);
			return ApiResponse.empty(200);
		}
	}

	private ApiResponse move(ApiRequest request, Map<String, String> variables) {
		JsonNode body = MediaHttp.object(request);
		MediaHttp.Reader reader = new MediaHttp.Reader();
		UUID target = reader.reference(body, "target", "$.target", false);
		reader.check();
		synchronized (this.library) {
			MediaLibrary.MediaTypeDef type = this.library.mediaType(MediaHttp.id(variables));
			if (type == null) {
				return notFound();
			}
			if (target != null && !this.library.folders.containsKey(target)) {
				return MediaHttp.problem(404, "Container not found", "The specified container was not found",
						"ContainerNotFound");
			}
			type.parent = target;
			return ApiResponse.empty(200);
		}
	}

	private ApiResponse allowedAtRoot(ApiRequest request, Map<String, String> variables) {
		Paging paging = Paging.from(request, 100);
		synchronized (this.library) {
			List<MediaLibrary.MediaTypeDef> types = this.library.mediaTypes.values()
				.stream()
				.filter(type -> type.allowedAsRoot)
				.sorted(Comparator.comparing(type -> type.name, String.CASE_INSENSITIVE_ORDER))
				.toList();
			return ApiResponse.json(200, paging.page(types, MediaJson::allowedMediaType));
		}
	}

	private ApiResponse allowedChildren(ApiRequest request, Map<String, String> variables) {
		Paging paging = Paging.from(request, 100);
		synchronized (this.library) {
			MediaLibrary.MediaTypeDef type = this.library.mediaType(MediaHttp.id(variables));
			if (type == null) {
				return notFound();
			}
			List<MediaLibrary.MediaTypeDef> allowed = type.allowed.stream()
				.sorted(Comparator.comparingInt(MediaLibrary.Sort::sortOrder))
				.map(sort -> this.library.mediaType(sort.mediaType()))
				.filter(Objects::nonNull)
				.toList();
			return ApiResponse.json(200, paging.page(allowed, MediaJson::allowedMediaType));
		}
	}

	// folders

	private ApiResponse createFolder(ApiRequest request, Map<String, String> variables) {
		JsonNode body = MediaHttp.object(request);
		MediaHttp.Reader reader = new MediaHttp.Reader();
		String name = reader.string(body, "name", "$.name");
		UUID id = reader.uuid(body, "id", "$.id", false);
		UUID parent = reader.reference(body, "parent", "$.parent", false);
		reader.check();
		synchronized (this.library) {
			UUID newId = (id != null) ? id : UUID.randomUUID();
			if (this.library.folders.containsKey(newId) || this.library.mediaType(newId) != null) {
				return MediaHttp.problem(400, "The id is already used", "The folder id must be unique.",
						"DuplicateKey");
			}
			if (parent != null && !this.library.folders.containsKey(parent)) {
				return MediaHttp.problem(404, "The parent folder could not be found", null, "ParentNotFound");
			}
			if (folderNameTaken(name, parent, null)) {
				return duplicateFolderName();
			}
			this.library.folders.put(newId, new MediaLibrary.MediaTypeFolder(newId, name, parent));
			return MediaHttp.created("/media-type/folder/" + newId, newId);
		}
	}

	private ApiResponse getFolder(ApiRequest request, Map<String, String> variables) {
		synchronized (this.library) {
			MediaLibrary.MediaTypeFolder folder = this.library.folders.get(MediaHttp.id(variables));
			if (folder == null) {
				return folderNotFound();
			}
			ObjectNode node = Json.object();
			node.put("name", folder.name);
			node.put("id", folder.id.toString());
			return ApiResponse.json(200, node);
		}
	}

	private ApiResponse updateFolder(ApiRequest request, Map<String, String> variables) {
		JsonNode body = MediaHttp.object(request);
		MediaHttp.Reader reader = new MediaHttp.Reader();
		String name = reader.string(body, "name", "$.name");
		reader.check();
		synchronized (this.library) {
			MediaLibrary.MediaTypeFolder folder = this.library.folders.get(MediaHttp.id(variables));
			if (folder == null) {
				return folderNotFound();
			}
			if (folderNameTaken(name, folder.parent, folder.id)) {
				return duplicateFolderName();
			}
			folder.name = name;
			return ApiResponse.empty(200);
		}
	}

	private ApiResponse deleteFolder(ApiRequest request, Map<String, String> variables) {
		synchronized (this.library) {
			MediaLibrary.MediaTypeFolder folder = this.library.folders.get(MediaHttp.id(variables));
			if (folder == null) {
				return folderNotFound();
			}
			if (this.library.folderHasChildren(folder.id, false)) {
				return MediaHttp.problem(400, "The folder is not empty", "The folder must be empty to perform this action.",
						"NotEmpty");
			}
			this.library.folders.remove(folder.id);
			return ApiResponse.empty(200);
		}
	}

	private boolean folderNameTaken(String name, UUID parent, UUID except) {
		return this.library.folders.values()
			.stream()
			.anyMatch(other -> !other.id.equals(except) && Objects.equals(other.parent, parent)
					&& other.name.equalsIgnoreCase(name));
	}

	// tree and items

	/** @param parent {@code null} for the root; an unknown parent simply has no children */
	private ApiResponse tree(ApiRequest request, UUID parent) {
		Paging paging = Paging.from(request, 100);
		boolean foldersOnly = MediaHttp.queryBoolean(request, "foldersOnly");
		synchronized (this.library) {
			List<Object> children = this.library.mediaTypeTreeChildren(parent, foldersOnly);
			return ApiResponse.json(200, paging.page(children, child -> treeItem(child, foldersOnly)));
		}
	}

	private ApiResponse ancestors(ApiRequest request, Map<String, String> variables) {
		UUID descendant = MediaHttp.queryUuid(request, "descendantId");
		synchronized (this.library) {
			List<ObjectNode> chain = new ArrayList<>();
			Set<UUID> seen = new HashSet<>();
			Object current = (descendant != null) ? treeEntry(descendant) : null;
			while (current != null) {
				UUID currentId = (current instanceof MediaLibrary.MediaTypeFolder folder) ? folder.id
						: ((MediaLibrary.MediaTypeDef) current).id;
				if (!seen.add(currentId)) {
					break;
				}
				chain.add(0, treeItem(current, false));
				UUID parentId = (current instanceof MediaLibrary.MediaTypeFolder folder) ? folder.parent
						: ((MediaLibrary.MediaTypeDef) current).parent;
				current = (parentId != null) ? treeEntry(parentId) : null;
			}
			ArrayNode array = Json.object().putArray("items");
			chain.forEach(array::add);
			return ApiResponse.json(200, array);
		}
	}

	private Object treeEntry(UUID id) {
		MediaLibrary.MediaTypeFolder folder = this.library.folders.get(id);
		return (folder != null) ? folder : this.library.mediaType(id);
	}

	private ObjectNode treeItem(Object entry, boolean foldersOnly) {
		if (entry instanceof MediaLibrary.MediaTypeFolder folder) {
			return MediaJson.folderTreeItem(folder, this.library.folderHasChildren(folder.id, foldersOnly));
		}
		return MediaJson.mediaTypeTreeItem((MediaLibrary.MediaTypeDef) entry);
	}

	private ApiResponse items(ApiRequest request, Map<String, String> variables) {
		List<UUID> ids = MediaHttp.queryIds(request);
		synchronized (this.library) {
			ArrayNode array = Json.object().putArray("items");
			ids.stream()
				.distinct()
				.map(this.library::mediaType)
				.filter(Objects::nonNull)
				.forEach(type -> array.add(MediaJson.mediaTypeItem(type)));
			return ApiResponse.json(200, array);
		}
	}

	// reading and validating definitions

	/** What create and update bodies share, read before the library is locked. */
	private static final class Definition {

		String alias;

		String name;

		String description;

		String icon;

		boolean allowedAsRoot;

		boolean variesByCulture;

		boolean variesBySegment;

		boolean isElement;

		UUID collection;

		final List<MediaLibrary.PropertyDef> properties = new ArrayList<>();

		final List<MediaLibrary.ContainerDef> containers = new ArrayList<>();

		final List<MediaLibrary.Sort> allowed = new ArrayList<>();

		final List<MediaLibrary.Composition> compositions = new ArrayList<>();

	}

	private static Definition read(JsonNode body, MediaHttp.Reader reader) {
		Definition definition = new Definition();
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
			definition.allowed.add(new MediaLibrary.Sort(
					reader.reference(allowed.get(i), "mediaType", path + ".mediaType", true),
					reader.integer(allowed.get(i), "sortOrder", path + ".sortOrder")));
		}
		List<JsonNode> compositions = reader.array(body, "compositions", "$.compositions");
		for (int i = 0; i < compositions.size(); i++) {
			String path = "$.compositions[" + i + "]";
			String compositionType = reader.string(compositions.get(i), "compositionType", path + ".compositionType");
			if (compositionType != null && !compositionType.equals("Composition")
					&& !compositionType.equals("Inheritance")) {
				reader.error(path + ".compositionType", "The JSON value could not be converted to CompositionTypeModel.");
			}
			definition.compositions.add(new MediaLibrary.Composition(
					reader.reference(compositions.get(i), "mediaType", path + ".mediaType", true), compositionType));
		}
		return definition;
	}

	private static MediaLibrary.PropertyDef property(JsonNode node, MediaHttp.Reader reader, String path) {
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
			mandatoryMessage = reader.optionalString(validation, "mandatoryMessage", path + ".validation.mandatoryMessage");
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
	 * Checks a definition the way Umbraco's content type editing service does and, when valid, writes it onto the
	 * type. Called with the library locked.
	 * @return the 4xx to answer, or {@code null} when the type was updated
	 */
	private ApiResponse apply(Definition definition, MediaLibrary.MediaTypeDef type) {
		if (!ALIAS.matcher(definition.alias).matches()) {
			return MediaHttp.problem(400, "Invalid alias", "The specified media type alias is invalid", "InvalidAlias");
		}
		if (definition.name.length() > 255) {
			return MediaHttp.problem(400, "Name was too long", "Name cannot be more than 255 characters in length.",
					"NameTooLong");
		}
		MediaLibrary.MediaTypeDef sameAlias = this.library.mediaTypeByAlias(definition.alias);
		if (sameAlias != null && !sameAlias.id.equals(type.id)) {
			return MediaHttp.problem(400, "Duplicate alias", "The specified media type alias is already in use",
					"DuplicateAlias");
		}
		Set<UUID> containerIds = new HashSet<>();
		for (MediaLibrary.ContainerDef container : definition.containers) {
			if (!containerIds.add(container.id())) {
				return MediaHttp.problem(400, "Duplicate container",
						"One or more containers (or container keys) are defined multiple times.", "DuplicateContainer");
			}
			if (!container.type().equals("Group") && !container.type().equals("Tab")) {
				return MediaHttp.problem(400, "Invalid container type", "One or more container types are invalid",
						"InvalidContainerType");
			}
		}
		boolean missingContainer = definition.containers.stream()
			.anyMatch(container -> container.parent() != null && !containerIds.contains(container.parent()))
				|| definition.properties.stream()
					.anyMatch(property -> property.container() != null && !containerIds.contains(property.container()));
		if (missingContainer) {
			return MediaHttp.problem(400, "Missing container",
					"One or more containers or properties are listed as parents to containers that are not defined.",
					"MissingContainer");
		}
		Set<String> propertyAliases = new HashSet<>();
		for (MediaLibrary.PropertyDef property : definition.properties) {
			if (!ALIAS.matcher(property.alias()).matches()) {
				return MediaHttp.problem(400, "Invalid property type alias",
						"One or more property type aliases are invalid", "InvalidPropertyTypeAlias");
			}
			if (property.alias().equalsIgnoreCase(definition.alias)) {
				return MediaHttp.problem(400, "Invalid property type alias",
						"The property type alias cannot be the same as the content type alias",
						"PropertyTypeAliasCannotEqualContentTypeAlias");
			}
			if (!propertyAliases.add(property.alias().toLowerCase(Locale.ROOT))) {
				return MediaHttp.problem(400, "Duplicate property type alias",
						"One or more property type aliases are already in use, all property type aliases must be unique.",
						"DuplicatePropertyTypeAlias");
			}
		}
		for (MediaLibrary.Composition composition : definition.compositions) {
			MediaLibrary.MediaTypeDef other = this.library.mediaType(composition.mediaType());
			if (other == null || other.id.equals(type.id)) {
				boolean inheritance = "Inheritance".equals(composition.compositionType());
				return MediaHttp.problem(400, inheritance ? "Invalid inheritance" : "Invalid composition",
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
		// Unknown allowed types are dropped rather than refused: Umbraco only keeps the types it can resolve.
		type.allowed = new ArrayList<>(definition.allowed.stream()
			.filter(sort -> sort.mediaType().equals(type.id) || this.library.mediaType(sort.mediaType()) != null)
			.toList());
		type.compositions = new ArrayList<>(definition.compositions);
		return null;
	}

	static ApiResponse notFound() {
		return MediaHttp.problem(404, "Not Found", "The specified media type was not found", "NotFound");
	}

	private static ApiResponse folderNotFound() {
		return MediaHttp.problem(404, "The folder could not be found", null, "NotFound");
	}

	private static ApiResponse duplicateFolderName() {
		return MediaHttp.problem(400, "The name is already used", "The folder name must be unique on this parent.",
				"DuplicateName");
	}
}
