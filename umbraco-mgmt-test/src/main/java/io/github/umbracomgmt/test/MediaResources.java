package io.github.umbracomgmt.test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Media} operations: media items whose file properties take an uploaded
 * temporary file ({@code {"temporaryFileId": "..."}}), the media tree, items, URLs,
 * moving, sorting and the recycle bin.
 *
 * <p>
 * Creating or updating follows Umbraco's media editing service: the type must exist (404
 * {@code ContentTypeNotFound}), so must the parent (404 {@code ParentNotFound}), the type
 * must be allowed there (400 {@code NotAllowed}), every value needs a property of the
 * type (404 {@code PropertyTypeNotFound}), and a file value must name a live temporary
 * file (400 {@code PropertyValidationError} with an {@code errors} map keyed by the
 * value's JSON path). A used temporary file is consumed, and {@code umbracoExtension},
 * {@code umbracoBytes}, {@code umbracoWidth} and {@code umbracoHeight} are filled in from
 * the file when the type has them.
 */
final class MediaResources implements ResourceGroup {

	private final MediaLibrary library;

	MediaResources(MediaLibrary library) {
		this.library = library;
	}

	@Override
	public void registerRoutes(Router router) {
		router.post("/media", this::create);
		router.get("/media/configuration", (request, variables) -> {
			ObjectNode node = Json.object();
			node.put("disableDeleteWhenReferenced", false);
			node.put("disableUnpublishWhenReferenced", false);
			return ApiResponse.json(200, node);
		});
		router.get("/media/urls", this::urls);
		router.put("/media/sort", this::sort);
		router.get("/media/{id:uuid}", this::get);
		router.put("/media/{id:uuid}", this::update);
		router.delete("/media/{id:uuid}", this::delete);
		router.put("/media/{id:uuid}/move", this::move);
		router.put("/media/{id:uuid}/move-to-recycle-bin", this::trash);
		router.get("/tree/media/root", (request, variables) -> tree(request, null));
		router.get("/tree/media/children", (request, variables) -> tree(request,
				Objects.requireNonNullElse(QueryParams.lenientUuid(request, "parentId"), new UUID(0, 0))));
		router.get("/tree/media/ancestors", this::ancestors);
		router.get("/item/media", this::items);
		router.get("/recycle-bin/media/root", this::recycleBinRoot);
		router.get("/recycle-bin/media/children", this::recycleBinChildren);
		router.delete("/recycle-bin/media", this::emptyRecycleBin);
		router.delete("/recycle-bin/media/{id:uuid}", this::deleteFromRecycleBin);
		router.put("/recycle-bin/media/{id:uuid}/restore", this::restore);
	}

	// create, read, update, delete

	private ApiResponse create(ApiRequest request, Map<String, String> variables) {
		JsonNode body = BindingReader.object(request);
		BindingReader reader = new BindingReader();
		UUID id = reader.uuid(body, "id", "$.id", false);
		UUID parentId = reader.reference(body, "parent", "$.parent", false);
		UUID mediaTypeId = reader.reference(body, "mediaType", "$.mediaType", true);
		Content content = readContent(body, reader);
		reader.check();
		synchronized (this.library) {
			UUID newId = (id != null) ? id : UUID.randomUUID();
			if (this.library.media(newId) != null) {
				return ApiResponse.problem(400, "Invalid Id", "The supplied id is already in use.", "DuplicateKey");
			}
			MediaLibrary.MediaTypeDef type = this.library.mediaType(mediaTypeId);
			if (type == null) {
				return ApiResponse.problem(404, "The requested content type could not be found", null,
						"ContentTypeNotFound");
			}
			checkPlacement(type, parentId, null);
			MediaLibrary.MediaItem item = new MediaLibrary.MediaItem(newId, type.id, parentId, this.library.now());
			applyContent(item, type, content);
			item.sortOrder = this.library.nextSortOrder(parentId);
			this.library.media.put(newId, item);
			return Replies.created("/media/" + newId, newId);
		}
	}

	private ApiResponse get(ApiRequest request, Map<String, String> variables) {
		synchronized (this.library) {
			return ApiResponse.json(200, MediaJson.media(this.library, existing(variables), origin(request)));
		}
	}

	private ApiResponse update(ApiRequest request, Map<String, String> variables) {
		JsonNode body = BindingReader.object(request);
		BindingReader reader = new BindingReader();
		Content content = readContent(body, reader);
		reader.check();
		synchronized (this.library) {
			MediaLibrary.MediaItem item = existing(variables);
			applyContent(item, this.library.mediaType(item.mediaType), content);
			return ApiResponse.empty(200);
		}
	}

	private ApiResponse delete(ApiRequest request, Map<String, String> variables) {
		synchronized (this.library) {
			MediaLibrary.MediaItem item = existing(variables);
			this.library.deleteMedia(item.id);
			return ApiResponse.empty(200);
		}
	}

	// structure

	private ApiResponse move(ApiRequest request, Map<String, String> variables) {
		UUID target = BindingReader.target(request);
		synchronized (this.library) {
			MediaLibrary.MediaItem item = existing(variables);
			if (item.trashed) {
				throw Replies.inTrash();
			}
			checkPlacement(this.library.mediaType(item.mediaType), target, item);
			if (!Objects.equals(item.parent, target)) {
				item.parent = target;
				item.sortOrder = this.library.nextSortOrder(target);
			}
			return ApiResponse.empty(200);
		}
	}

	private ApiResponse sort(ApiRequest request, Map<String, String> variables) {
		JsonNode body = BindingReader.object(request);
		BindingReader reader = new BindingReader();
		UUID parent = reader.reference(body, "parent", "$.parent", false);
		List<JsonNode> sorting = reader.array(body, "sorting", "$.sorting");
		Map<UUID, Integer> orders = new LinkedHashMap<>();
		for (int i = 0; i < sorting.size(); i++) {
			String path = "$.sorting[" + i + "]";
			UUID id = reader.uuid(sorting.get(i), "id", path + ".id", true);
			int order = reader.integer(sorting.get(i), "sortOrder", path + ".sortOrder");
			if (id != null) {
				orders.put(id, order);
			}
		}
		reader.check();
		synchronized (this.library) {
			if (parent != null && this.library.media(parent) == null) {
				return notFound();
			}
			for (UUID id : orders.keySet()) {
				MediaLibrary.MediaItem child = this.library.media(id);
				if (child == null || !Objects.equals(child.parent, parent) || child.trashed) {
					return ApiResponse.problem(400, "Invalid sorting options",
							"The supplied sorting operations were invalid. Additional details can be found in the log.",
							"SortingInvalid");
				}
			}
			orders.forEach((id, order) -> this.library.media(id).sortOrder = order);
			return ApiResponse.empty(200);
		}
	}

	private ApiResponse trash(ApiRequest request, Map<String, String> variables) {
		synchronized (this.library) {
			MediaLibrary.MediaItem item = existing(variables);
			if (item.trashed) {
				throw Replies.inTrash();
			}
			item.originalParent = item.parent;
			item.parent = null;
			item.trashRoot = true;
			this.library.subtree(item).forEach(trashed -> trashed.trashed = true);
			return ApiResponse.empty(200);
		}
	}

	private ApiResponse restore(ApiRequest request, Map<String, String> variables) {
		UUID target = BindingReader.target(request);
		synchronized (this.library) {
			MediaLibrary.MediaItem item = existing(variables);
			if (!item.trashRoot) {
				throw Replies.notInTrash();
			}
			if (target != null) {
				MediaLibrary.MediaItem parent = this.library.media(target);
				if (parent == null) {
					return ApiResponse.problem(404, "The targeted content parent could not be found", null,
							"ParentNotFound");
				}
				if (parent.trashed) {
					throw Replies.inTrash();
				}
			}
			item.parent = target;
			item.originalParent = null;
			item.trashRoot = false;
			item.sortOrder = this.library.nextSortOrder(target);
			this.library.subtree(item).forEach(restored -> restored.trashed = false);
			return ApiResponse.empty(200);
		}
	}

	private ApiResponse deleteFromRecycleBin(ApiRequest request, Map<String, String> variables) {
		synchronized (this.library) {
			MediaLibrary.MediaItem item = existing(variables);
			if (!item.trashed) {
				throw Replies.notInTrash();
			}
			this.library.deleteMedia(item.id);
			return ApiResponse.empty(200);
		}
	}

	private ApiResponse emptyRecycleBin(ApiRequest request, Map<String, String> variables) {
		synchronized (this.library) {
			this.library.recycleBinRoot().forEach(item -> this.library.deleteMedia(item.id));
			return ApiResponse.empty(200);
		}
	}

	// reading

	/**
	 * @param parent {@code null} for the root; an unknown parent simply has no children
	 */
	private ApiResponse tree(ApiRequest request, UUID parent) {
		Paging paging = Paging.from(request);
		synchronized (this.library) {
			return ApiResponse.json(200, paging.page(this.library.children(parent, false),
					item -> MediaJson.mediaTreeItem(this.library, item)));
		}
	}

	private ApiResponse ancestors(ApiRequest request, Map<String, String> variables) {
		UUID descendant = QueryParams.lenientUuid(request, "descendantId");
		synchronized (this.library) {
			ArrayNode array = Json.array();
			MediaLibrary.MediaItem item = (descendant != null) ? this.library.media(descendant) : null;
			if (item != null) {
				this.library.ancestorsAndSelf(item)
					.forEach(ancestor -> array.add(MediaJson.mediaTreeItem(this.library, ancestor)));
			}
			return ApiResponse.json(200, array);
		}
	}

	private ApiResponse items(ApiRequest request, Map<String, String> variables) {
		List<UUID> ids = QueryParams.lenientUuids(request, "id").stream().distinct().toList();
		synchronized (this.library) {
			return Replies.items(ids, id -> Optional.ofNullable(this.library.media(id)),
					item -> MediaJson.mediaItem(this.library, item));
		}
	}

	private ApiResponse urls(ApiRequest request, Map<String, String> variables) {
		List<UUID> ids = QueryParams.lenientUuids(request, "id").stream().distinct().toList();
		String origin = origin(request);
		synchronized (this.library) {
			return Replies.items(ids, id -> Optional.ofNullable(this.library.media(id)),
					item -> MediaJson.mediaUrls(item, origin));
		}
	}

	private ApiResponse recycleBinRoot(ApiRequest request, Map<String, String> variables) {
		Paging paging = Paging.from(request);
		synchronized (this.library) {
			return ApiResponse.json(200,
					paging.page(this.library.recycleBinRoot(), item -> MediaJson.recycleBinItem(this.library, item)));
		}
	}

	private ApiResponse recycleBinChildren(ApiRequest request, Map<String, String> variables) {
		Paging paging = Paging.from(request);
		UUID parent = Objects.requireNonNullElse(QueryParams.lenientUuid(request, "parentId"), new UUID(0, 0));
		synchronized (this.library) {
			return ApiResponse.json(200, paging.page(this.library.children(parent, true),
					item -> MediaJson.recycleBinItem(this.library, item)));
		}
	}

	// content handling

	/**
	 * The values and variants of a create or update body, read before the library is
	 * locked.
	 */
	private record Content(List<RequestValue> values, List<MediaLibrary.Variant> variants) {
	}

	private record RequestValue(int index, String alias, String culture, String segment, JsonNode value) {
	}

	private static Content readContent(JsonNode body, BindingReader reader) {
		List<RequestValue> values = new ArrayList<>();
		List<JsonNode> valueNodes = reader.array(body, "values", "$.values");
		for (int i = 0; i < valueNodes.size(); i++) {
			JsonNode node = valueNodes.get(i);
			String path = "$.values[" + i + "]";
			JsonNode value = node.get("value");
			values.add(new RequestValue(i, reader.string(node, "alias", path + ".alias"),
					reader.optionalString(node, "culture", path + ".culture"),
					reader.optionalString(node, "segment", path + ".segment"),
					(value != null) ? value.deepCopy() : Json.object().nullNode()));
		}
		List<MediaLibrary.Variant> variants = new ArrayList<>();
		List<JsonNode> variantNodes = reader.array(body, "variants", "$.variants");
		for (int i = 0; i < variantNodes.size(); i++) {
			JsonNode node = variantNodes.get(i);
			String path = "$.variants[" + i + "]";
			variants.add(new MediaLibrary.Variant(reader.optionalString(node, "culture", path + ".culture"),
					reader.optionalString(node, "segment", path + ".segment"),
					reader.string(node, "name", path + ".name"), null, null));
		}
		return new Content(values, variants);
	}

	/**
	 * Checks values and variants against the type and, when valid, replaces the item's
	 * values, variants and files, consuming the temporary files used. Called with the
	 * library locked.
	 * @throws ResponseException with the 4xx to answer, leaving the item as it was
	 */
	private void applyContent(MediaLibrary.MediaItem item, MediaLibrary.MediaTypeDef type, Content content) {
		boolean invariantName = content.variants().stream().anyMatch(variant -> variant.culture() == null);
		boolean cultureName = content.variants().stream().anyMatch(variant -> variant.culture() != null);
		if (type.variesByCulture ? (!cultureName || invariantName) : (!invariantName || cultureName)) {
			throw Replies.fail(400, "Content type culture variance mismatch",
					"The content type variance did not match that of the passed content data.",
					"ContentTypeCultureVarianceMismatch");
		}
		for (RequestValue value : content.values()) {
			if (type.property(value.alias()) == null) {
				throw Replies.fail(404, "One or more property types could not be found", null, "PropertyTypeNotFound");
			}
		}
		Map<String, List<String>> errors = new LinkedHashMap<>();
		List<MediaLibrary.Value> values = new ArrayList<>();
		Map<String, MediaLibrary.StoredFile> files = new LinkedHashMap<>();
		Set<UUID> consumed = new HashSet<>();
		for (RequestValue value : content.values()) {
			String editor = this.library.editorAlias(type.property(value.alias()).dataType());
			if (!MediaLibrary.isFileEditor(editor)) {
				values.add(new MediaLibrary.Value(value.alias(), value.culture(), value.segment(), value.value()));
				continue;
			}
			String errorPath = "$.values[" + value.index() + "].value";
			FileValue file = fileValue(item, value, editor, errorPath, errors);
			if (file == null) {
				continue;
			}
			values.add(new MediaLibrary.Value(value.alias(), value.culture(), value.segment(), file.json()));
			if (file.stored() != null) {
				files.put(value.alias(), file.stored());
			}
			if (file.temporaryFileId() != null) {
				consumed.add(file.temporaryFileId());
			}
		}
		if (!errors.isEmpty()) {
			throw new ResponseException(propertyValidationError(errors));
		}
		autoFill(type, files.get("umbracoFile"), values);
		Instant now = this.library.now();
		List<MediaLibrary.Variant> variants = new ArrayList<>();
		for (MediaLibrary.Variant variant : content.variants()) {
			Instant created = item.variants.stream()
				.filter(old -> Objects.equals(old.culture(), variant.culture())
						&& Objects.equals(old.segment(), variant.segment()))
				.map(MediaLibrary.Variant::createDate)
				.findFirst()
				.orElse(now);
			variants.add(new MediaLibrary.Variant(variant.culture(), variant.segment(), variant.name(), created, now));
		}
		item.values = values;
		item.variants = variants;
		item.files = files;
		consumed.forEach(this.library.temporaryFiles::remove);
	}

	/**
	 * A file property's stored value, the file behind it, and the temporary file it
	 * consumed, if any.
	 */
	private record FileValue(JsonNode json, MediaLibrary.StoredFile stored, UUID temporaryFileId) {
	}

	/**
	 * Resolves a file property value: {@code {"temporaryFileId": ...}} takes a new
	 * upload; a value naming the current {@code src} (what a client echoes back from a
	 * read) keeps the current file; {@code null} removes it.
	 * @return {@code null} when the value was invalid (the error is recorded) or empty
	 */
	private FileValue fileValue(MediaLibrary.MediaItem item, RequestValue value, String editor, String errorPath,
			Map<String, List<String>> errors) {
		JsonNode json = value.value();
		if (json == null || json.isNull()) {
			return null;
		}
		JsonNode temporaryFileNode = json.isObject() ? json.get("temporaryFileId") : null;
		if (temporaryFileNode != null && !temporaryFileNode.isNull()) {
			UUID temporaryFileId;
			try {
				temporaryFileId = UUID.fromString(temporaryFileNode.asString());
			}
			catch (IllegalArgumentException ex) {
				errors.computeIfAbsent(errorPath, key -> new ArrayList<>())
					.add("No temporary file was found for the key: " + temporaryFileNode.asString());
				return null;
			}
			MediaLibrary.TemporaryFile temporaryFile = this.library.temporaryFile(temporaryFileId);
			if (temporaryFile == null) {
				errors.computeIfAbsent(errorPath, key -> new ArrayList<>())
					.add("No temporary file was found for the key: " + temporaryFileId);
				return null;
			}
			String extension = MediaLibrary.extension(temporaryFile.fileName);
			if (MediaLibrary.DISALLOWED_EXTENSIONS.contains(extension) || (MediaLibrary.IMAGE_CROPPER.equals(editor)
					&& !extension.isEmpty() && !MediaLibrary.IMAGE_FILE_TYPES.contains(extension))) {
				errors.computeIfAbsent(errorPath, key -> new ArrayList<>())
					.add("The file type for file name \"" + temporaryFile.fileName + "\" is not valid for upload");
				return null;
			}
			String src = MediaLibrary.mediaPath(temporaryFile.fileName);
			MediaLibrary.StoredFile stored = new MediaLibrary.StoredFile(temporaryFile.fileName, src,
					temporaryFile.content);
			return new FileValue(fileJson(json, src, editor), stored, temporaryFileId);
		}
		String src = json.isString() ? json.asString()
				: (json.isObject() && json.hasNonNull("src")) ? json.get("src").asString() : null;
		if (src == null || src.isEmpty()) {
			return null;
		}
		MediaLibrary.StoredFile current = item.files.get(value.alias());
		MediaLibrary.StoredFile kept = (current != null && current.src().equals(src)) ? current : null;
		return new FileValue(fileJson(json.isObject() ? json : Json.object(), src, editor), kept, null);
	}

	/**
	 * The stored form: an upload field keeps {@code src}; the image cropper also keeps
	 * crops and focal point.
	 */
	private static JsonNode fileJson(JsonNode request, String src, String editor) {
		ObjectNode node = Json.object();
		node.put("src", src);
		if (MediaLibrary.IMAGE_CROPPER.equals(editor)) {
			JsonNode crops = request.get("crops");
			node.set("crops", (crops != null && crops.isArray()) ? crops.deepCopy() : Json.array());
			JsonNode focalPoint = request.get("focalPoint");
			node.set("focalPoint", (focalPoint != null) ? focalPoint.deepCopy() : Json.object().nullNode());
		}
		return node;
	}

	/**
	 * Umbraco's upload auto-fill: the {@code umbracoFile} property sets the extension,
	 * size and (for images) pixel size labels, or clears them when the file goes.
	 */
	private static void autoFill(MediaLibrary.MediaTypeDef type, MediaLibrary.StoredFile file,
			List<MediaLibrary.Value> values) {
		Map<String, JsonNode> filled = new LinkedHashMap<>();
		ObjectNode factory = Json.object();
		if (file == null) {
			for (String alias : List.of("umbracoExtension", "umbracoBytes", "umbracoWidth", "umbracoHeight")) {
				filled.put(alias, factory.nullNode());
			}
		}
		else {
			filled.put("umbracoExtension", factory.stringNode(MediaLibrary.extension(file.fileName())));
			filled.put("umbracoBytes", factory.numberNode((long) file.content().length));
			int[] size = imageSize(file.content());
			filled.put("umbracoWidth", (size != null) ? factory.numberNode(size[0]) : factory.nullNode());
			filled.put("umbracoHeight", (size != null) ? factory.numberNode(size[1]) : factory.nullNode());
		}
		filled.forEach((alias, value) -> {
			if (type.property(alias) == null) {
				return;
			}
			values.removeIf(existing -> existing.alias().equals(alias));
			if (!value.isNull()) {
				values.add(new MediaLibrary.Value(alias, null, null, value));
			}
		});
	}

	/**
	 * Width and height from the image header, without decoding pixels; {@code null} for
	 * anything else.
	 */
	private static int[] imageSize(byte[] content) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			if (input == null) {
				return null;
			}
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				return new int[] { reader.getWidth(0), reader.getHeight(0) };
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * Checks that media of this type may live under {@code parentId} ({@code null}: the
	 * root). Called with the library locked.
	 * @param moving the item being moved, which may not go under itself, or {@code null}
	 * for a new item
	 */
	private void checkPlacement(MediaLibrary.MediaTypeDef type, UUID parentId, MediaLibrary.MediaItem moving) {
		if (parentId == null) {
			if (!type.allowedAsRoot) {
				throw Replies.notAllowed();
			}
			return;
		}
		MediaLibrary.MediaItem parent = this.library.media(parentId);
		if (parent == null) {
			throw Replies.fail(404, "The targeted content parent could not be found", null, "ParentNotFound");
		}
		if (moving != null && this.library.subtree(moving).contains(parent)) {
			throw Replies.parentInvalid();
		}
		if (parent.trashed) {
			throw Replies.inTrash();
		}
		MediaLibrary.MediaTypeDef parentType = this.library.mediaType(parent.mediaType);
		if (parentType.allowed.stream().noneMatch(sort -> sort.mediaType().equals(type.id))) {
			throw Replies.notAllowed();
		}
	}

	/**
	 * Umbraco's {@code PropertyValidationError}: a ProblemDetails with an {@code errors}
	 * map by JSON path.
	 */
	private static ApiResponse propertyValidationError(Map<String, List<String>> errors) {
		return ApiResponse.problem(400, ApiResponse.UMBRACO_PROBLEM, "Validation failed",
				"One or more properties did not pass validation", "PropertyValidationError", errors);
	}

	/**
	 * {@code http://host:port} from the request, so URLs point back at this server as
	 * Umbraco's point at the site.
	 */
	private static String origin(ApiRequest request) {
		return "http://" + request.header("Host").orElse("127.0.0.1");
	}

	/** The media item a path names, or Umbraco's 404. Call with the library locked. */
	private MediaLibrary.MediaItem existing(Map<String, String> variables) {
		MediaLibrary.MediaItem item = this.library.media(Router.id(variables));
		if (item == null) {
			throw new ResponseException(notFound());
		}
		return item;
	}

	private static ApiResponse notFound() {
		return ApiResponse.problem(404, "The requested Media could not be found", null, "NotFound");
	}

}
