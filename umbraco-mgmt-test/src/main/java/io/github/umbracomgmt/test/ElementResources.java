package io.github.umbracomgmt.test;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Element} operations of Umbraco 18's element library: elements created, read,
 * updated, validated, copied, moved, published, unpublished and deleted; folders; the
 * tree, items and search; the recycle bin for elements and folders; and the
 * configuration. References and audit logs are empty, as on a site where nothing uses the
 * elements yet. The {@code Element Version} operations are
 * {@link DocumentVersionResources} over the same store.
 *
 * <p>
 * Request bodies are read as the Document group reads its own ({@link DocumentApi}): the
 * element models are the document models without a template.
 */
final class ElementResources implements ResourceGroup {

	private static final String NOTIFICATION_CATEGORY = "Umbraco";

	private final ElementStore store;

	private final Clock clock;

	private final Supplier<UUID> currentUserId;

	ElementResources(ElementStore store, Clock clock, Supplier<UUID> currentUserId) {
		this.store = store;
		this.clock = clock;
		this.currentUserId = currentUserId;
	}

	@Override
	public void registerRoutes(Router router) {
		router.post("/element", this::create);
		router.post("/element/validate", (request, variables) -> validateCreate(request));
		router.get("/element/configuration", (request, variables) -> ApiResponse.json(200, configuration()));
		router.get("/element/are-referenced", (request, variables) -> emptyPage(request));
		router.get("/element/{id:uuid}", this::byId);
		router.put("/element/{id:uuid}", this::update);
		router.delete("/element/{id:uuid}", this::delete);
		router.put("/element/{id:uuid}/validate", this::validateUpdate);
		router.get("/element/{id:uuid}/audit-log", (request, variables) -> {
			existing(variables);
			return emptyPage(request);
		});
		router.get("/element/{id:uuid}/referenced-by", (request, variables) -> emptyPage(request));
		router.post("/element/{id:uuid}/copy", this::copy);
		router.put("/element/{id:uuid}/move", this::move);
		router.put("/element/{id:uuid}/move-to-recycle-bin", this::moveToRecycleBin);
		router.put("/element/{id:uuid}/publish", this::publish);
		router.put("/element/{id:uuid}/unpublish", this::unpublish);
		router.post("/element/folder", this::createFolder);
		router.get("/element/folder/{id:uuid}", this::folder);
		router.put("/element/folder/{id:uuid}", this::renameFolder);
		router.delete("/element/folder/{id:uuid}", this::deleteFolder);
		router.put("/element/folder/{id:uuid}/move", this::moveFolder);
		router.put("/element/folder/{id:uuid}/move-to-recycle-bin", this::moveFolderToRecycleBin);
		router.get("/element/folder/{id:uuid}/referenced-descendants", (request, variables) -> emptyPage(request));
		router.get("/tree/element/root", (request, variables) -> treeLevel(request, null));
		router.get("/tree/element/children", this::treeChildren);
		router.get("/tree/element/ancestors", this::treeAncestors);
		router.get("/tree/element/siblings", this::treeSiblings);
		router.get("/item/element", this::items);
		router.get("/item/element/ancestors", this::itemAncestors);
		router.get("/item/element/folder", this::folderItems);
		router.get("/item/element/search", this::search);
		router.get("/recycle-bin/element/root", (request, variables) -> binLevel(request, null));
		router.get("/recycle-bin/element/children", this::binChildren);
		router.get("/recycle-bin/element/siblings", this::binSiblings);
		router.get("/recycle-bin/element/referenced-by", (request, variables) -> emptyPage(request));
		router.delete("/recycle-bin/element", this::emptyBin);
		router.delete("/recycle-bin/element/{id:uuid}", (request, variables) -> deleteTrashed(variables, false));
		router.delete("/recycle-bin/element/folder/{id:uuid}", (request, variables) -> deleteTrashed(variables, true));
		router.get("/recycle-bin/element/{id:uuid}/original-parent", (request, variables) -> originalParent(variables));
		router.get("/recycle-bin/element/folder/{id:uuid}/original-parent",
				(request, variables) -> originalParent(variables));
		router.put("/recycle-bin/element/{id:uuid}/restore", (request, variables) -> restore(request, variables));
		router.put("/recycle-bin/element/folder/{id:uuid}/restore",
				(request, variables) -> restore(request, variables));
	}

	// elements

	/**
	 * {@code CreateElementRequestModel}: the document's create model without a template,
	 * in a folder or the root.
	 */
	private ApiResponse create(ApiRequest request, Map<String, String> variables) {
		DocumentApi.ContentInput input = DocumentApi.createInput(request, false);
		Instant now = this.clock.instant();
		synchronized (this.store) {
			UUID id = newId(input.id());
			checkFolder(input.parentId());
			DocumentStore.Node element = new DocumentStore.Node(id, input.documentTypeId(), now);
			element.parentId = input.parentId();
			element.values = input.values();
			DocumentApi.applyVariants(element.variants, input.variants(), now);
			this.store.add(element, this.currentUserId.get(), now);
			return DocumentApi.created(request, "/element/" + id, id, "Element saved");
		}
	}

	private ApiResponse validateCreate(ApiRequest request) {
		DocumentApi.ContentInput input = DocumentApi.createInput(request, false);
		synchronized (this.store) {
			if (input.id() != null && this.store.idTaken(input.id())) {
				throw DocumentApi.duplicateKey(input.id());
			}
			checkFolder(input.parentId());
		}
		return ApiResponse.empty(200);
	}

	private ApiResponse byId(ApiRequest request, Map<String, String> variables) {
		synchronized (this.store) {
			return ApiResponse.json(200, ElementJson.element(existing(variables)));
		}
	}

	private ApiResponse update(ApiRequest request, Map<String, String> variables) {
		DocumentApi.ContentInput input = DocumentApi.updateInput(request, false);
		Instant now = this.clock.instant();
		synchronized (this.store) {
			DocumentStore.Node element = existing(variables);
			checkVariance(element, input);
			element.values = input.values();
			DocumentApi.applyVariants(element.variants, input.variants(), now);
			this.store.content.addVersion(element, this.currentUserId.get(), now);
			return ok("Element saved");
		}
	}

	private ApiResponse validateUpdate(ApiRequest request, Map<String, String> variables) {
		DocumentApi.ContentInput input = DocumentApi.updateInput(request, false);
		synchronized (this.store) {
			checkVariance(existing(variables), input);
			return ApiResponse.empty(200);
		}
	}

	private ApiResponse delete(ApiRequest request, Map<String, String> variables) {
		synchronized (this.store) {
			this.store.delete(existing(variables).id);
			return ok("Element deleted");
		}
	}

	/**
	 * {@code CopyElementRequestModel}: a draft copy with a new id, in the target folder
	 * or the root.
	 */
	private ApiResponse copy(ApiRequest request, Map<String, String> variables) {
		UUID targetId = DocumentApi.reference(DocumentApi.body(request), "target", false, true);
		Instant now = this.clock.instant();
		synchronized (this.store) {
			DocumentStore.Node original = existing(variables);
			checkFolder(targetId);
			UUID id = newId(null);
			DocumentStore.Node copy = new DocumentStore.Node(id, original.documentTypeId, now);
			copy.parentId = targetId;
			copy.values = original.values;
			original.variants.forEach(variant -> copy.variants
				.add(new DocumentStore.Variant(variant.culture, variant.segment, variant.name, now)));
			this.store.add(copy, this.currentUserId.get(), now);
			return DocumentApi.created(request, "/element/" + id, id, "Element copied");
		}
	}

	/**
	 * {@code MoveElementRequestModel}: a {@code null} target moves the element to the
	 * root.
	 */
	private ApiResponse move(ApiRequest request, Map<String, String> variables) {
		UUID targetId = DocumentApi.reference(DocumentApi.body(request), "target", false, true);
		synchronized (this.store) {
			DocumentStore.Node element = existing(variables);
			if (element.trashed) {
				throw Replies.inTrash();
			}
			checkFolder(targetId);
			element.parentId = targetId;
			return ok("Element moved");
		}
	}

	private ApiResponse moveToRecycleBin(ApiRequest request, Map<String, String> variables) {
		synchronized (this.store) {
			DocumentStore.Node element = existing(variables);
			if (element.trashed) {
				throw Replies.inTrash();
			}
			this.store.trash(element.id);
			return ok("Element moved to the recycle bin");
		}
	}

	/**
	 * {@code PublishElementRequestModel}, read and applied as for documents; an element
	 * has no parent to check.
	 */
	private ApiResponse publish(ApiRequest request, Map<String, String> variables) {
		Publishing.Request publishing = Publishing.read(request);
		Instant now = this.clock.instant();
		synchronized (this.store) {
			DocumentStore.Node element = existingForPublishing(variables);
			if (!publishing.isEmpty()) {
				Publishing.checkCultures(element, publishing.cultures(), "element");
				if (element.trashed) {
					throw Replies.inTrash();
				}
			}
			return ok(Publishing.apply(element, publishing, now, "Element"));
		}
	}

	private ApiResponse unpublish(ApiRequest request, Map<String, String> variables) {
		List<String> cultures = Publishing.readUnpublish(request);
		synchronized (this.store) {
			Publishing.unpublish(existingForPublishing(variables), cultures, "element");
			return ok("Element unpublished");
		}
	}

	// folders

	private ApiResponse createFolder(ApiRequest request, Map<String, String> variables) {
		JsonBody body = JsonBody.settings(request, "InvalidName");
		String name = body.requiredString("name");
		UUID requested = body.optionalUuid("id");
		UUID parentId = body.optionalReference("parent");
		synchronized (this.store) {
			UUID id = (requested != null) ? requested : UUID.randomUUID();
			FolderedStore.FolderChange change = (this.store.idTaken(id)) ? FolderedStore.FolderChange.DUPLICATE_KEY
					: this.store.addFolder(id, name, parentId, this.clock.instant());
			return SettingsFolders.reply(change, id,
					() -> Replies.created("/element/folder/" + id, id, "Folder created"));
		}
	}

	private ApiResponse folder(ApiRequest request, Map<String, String> variables) {
		UUID id = Router.id(variables);
		synchronized (this.store) {
			return this.store.folder(id)
				.map(found -> ApiResponse.json(200, Json.folder(found, this.store.isTrashed(id))))
				.orElseGet(SettingsFolders::folderNotFound);
		}
	}

	private ApiResponse renameFolder(ApiRequest request, Map<String, String> variables) {
		String name = JsonBody.settings(request, "InvalidName").requiredString("name");
		UUID id = Router.id(variables);
		synchronized (this.store) {
			return SettingsFolders.reply(this.store.library.renameFolder(id, name), id,
					() -> Replies.ok("Folder saved"));
		}
	}

	/** Only an empty folder goes, as for every folder in Umbraco. */
	private ApiResponse deleteFolder(ApiRequest request, Map<String, String> variables) {
		UUID id = Router.id(variables);
		synchronized (this.store) {
			return SettingsFolders.reply(this.store.library.removeFolder(id), id, () -> Replies.ok("Folder deleted"));
		}
	}

	/**
	 * {@code MoveFolderRequestModel}: below another folder, not below itself, or to the
	 * root.
	 */
	private ApiResponse moveFolder(ApiRequest request, Map<String, String> variables) {
		UUID targetId = DocumentApi.reference(DocumentApi.body(request), "target", false, true);
		UUID id = Router.id(variables);
		synchronized (this.store) {
			return SettingsFolders.reply(this.store.library.moveFolder(id, targetId), id,
					() -> Replies.ok("Folder moved"));
		}
	}

	/** Trashes the folder with everything in it; its elements go offline. */
	private ApiResponse moveFolderToRecycleBin(ApiRequest request, Map<String, String> variables) {
		UUID id = Router.id(variables);
		synchronized (this.store) {
			if (this.store.library.folder(id).isEmpty()) {
				return this.store.bin.folder(id).isPresent() ? Replies.inTrash().response()
						: SettingsFolders.folderNotFound();
			}
			this.store.trash(id);
			return Replies.ok("Folder moved to the recycle bin");
		}
	}

	// tree and items

	private ApiResponse treeChildren(ApiRequest request, Map<String, String> variables) {
		UUID parentId = QueryParams.uuid(request, "parentId");
		// An absent parentId binds to Guid.Empty in Umbraco, which has no children.
		return (parentId != null) ? treeLevel(request, parentId) : emptyPage(request);
	}

	private ApiResponse treeLevel(ApiRequest request, UUID parentId) {
		Paging paging = Paging.from(request);
		boolean foldersOnly = QueryParams.bool(request, "foldersOnly", false);
		synchronized (this.store) {
			List<FolderedStore.Entry> level = this.store.library.children(parentId, foldersOnly);
			return ApiResponse.json(200, paging.page(level, entry -> treeItem(entry, foldersOnly)));
		}
	}

	/**
	 * The path from the root down to the element or folder itself; an unknown id is an
	 * empty array.
	 */
	private ApiResponse treeAncestors(ApiRequest request, Map<String, String> variables) {
		UUID descendantId = QueryParams.uuid(request, "descendantId");
		synchronized (this.store) {
			ArrayNode items = Json.array();
			if (descendantId != null) {
				this.store.library.ancestors(descendantId).forEach(entry -> items.add(treeItem(entry, false)));
			}
			return ApiResponse.json(200, items);
		}
	}

	private ApiResponse treeSiblings(ApiRequest request, Map<String, String> variables) {
		boolean foldersOnly = QueryParams.bool(request, "foldersOnly", false);
		synchronized (this.store) {
			return siblings(request, this.store.library, foldersOnly, entry -> treeItem(entry, foldersOnly));
		}
	}

	/**
	 * Items for the ids asked for, in that order, trashed ones included; unknown ids are
	 * left out.
	 */
	private ApiResponse items(ApiRequest request, Map<String, String> variables) {
		List<UUID> ids = DocumentApi.queryUuids(request, "id");
		synchronized (this.store) {
			return Replies.items(ids, id -> Optional.ofNullable(this.store.element(id)), ElementJson::item);
		}
	}

	/**
	 * For each id, its folders from the root down ({@code ItemAncestorsResponseModel}).
	 */
	private ApiResponse itemAncestors(ApiRequest request, Map<String, String> variables) {
		List<UUID> ids = DocumentApi.queryUuids(request, "id");
		synchronized (this.store) {
			return Replies.items(ids, id -> {
				List<FolderedStore.Entry> path = this.store.library.ancestors(id);
				return path.isEmpty() ? Optional.empty() : Optional.of(path);
			}, path -> {
				ObjectNode node = Json.object();
				node.put("id", path.get(path.size() - 1).id().toString());
				ArrayNode ancestors = node.putArray("ancestors");
				path.subList(0, path.size() - 1).forEach(entry -> ancestors.add(ElementJson.named(entry)));
				return node;
			});
		}
	}

	private ApiResponse folderItems(ApiRequest request, Map<String, String> variables) {
		List<UUID> ids = DocumentApi.queryUuids(request, "id");
		synchronized (this.store) {
			return Replies.items(ids, this.store::folder, ElementJson::named);
		}
	}

	/**
	 * Elements outside the recycle bin whose name contains {@code query}, ignoring case.
	 */
	private ApiResponse search(ApiRequest request, Map<String, String> variables) {
		String query = QueryParams.string(request, "query");
		synchronized (this.store) {
			List<DocumentStore.Node> found = this.store.library.all()
				.stream()
				.filter(element -> query == null || QueryParams.contains(element.displayName(), query))
				.toList();
			return Paging.respond(request, found, ElementJson::item);
		}
	}

	private ObjectNode treeItem(FolderedStore.Entry entry, boolean foldersOnly) {
		return ElementJson.treeItem(entry, this.store.library.hasChildren(entry.id(), foldersOnly),
				this.store.folderCreated(entry.id(), this.clock.instant()));
	}

	// recycle bin

	private ApiResponse binChildren(ApiRequest request, Map<String, String> variables) {
		UUID parentId = QueryParams.uuid(request, "parentId");
		return (parentId != null) ? binLevel(request, parentId) : emptyPage(request);
	}

	private ApiResponse binLevel(ApiRequest request, UUID parentId) {
		Paging paging = Paging.from(request);
		synchronized (this.store) {
			return ApiResponse.json(200, paging.page(this.store.bin.children(parentId, false), this::binItem));
		}
	}

	private ApiResponse binSiblings(ApiRequest request, Map<String, String> variables) {
		synchronized (this.store) {
			return siblings(request, this.store.bin, false, this::binItem);
		}
	}

	private ObjectNode binItem(FolderedStore.Entry entry) {
		return ElementJson.recycleBinItem(entry, this.store.bin.hasChildren(entry.id(), false),
				this.store.folderCreated(entry.id(), this.clock.instant()));
	}

	private ApiResponse emptyBin(ApiRequest request, Map<String, String> variables) {
		synchronized (this.store) {
			this.store.emptyBin();
			return ok("Recycle bin emptied");
		}
	}

	/**
	 * Deletes a trashed element or folder for good; one outside the recycle bin is
	 * {@code NotInTrash}.
	 */
	private ApiResponse deleteTrashed(Map<String, String> variables, boolean folder) {
		UUID id = Router.id(variables);
		synchronized (this.store) {
			Optional<FolderedStore.Entry> entry = this.store.bin.entryOf(id);
			if (entry.isEmpty()) {
				return notFoundOrNotInTrash(id, folder);
			}
			this.store.delete(id);
			return ok(folder ? "Folder deleted" : "Element deleted");
		}
	}

	/**
	 * {@code ReferenceByIdModel} of the folder the item was trashed from, or {@code null}
	 * for the root.
	 */
	private ApiResponse originalParent(Map<String, String> variables) {
		UUID id = Router.id(variables);
		synchronized (this.store) {
			if (this.store.bin.entryOf(id).isEmpty()) {
				return notFoundOrNotInTrash(id, this.store.library.folder(id).isPresent());
			}
			UUID parent = this.store.originalParent(id);
			if (parent == null || this.store.library.folder(parent).isEmpty()) {
				return ApiResponse.json(200, NullNode.getInstance());
			}
			ObjectNode reference = Json.object();
			reference.put("id", parent.toString());
			return ApiResponse.json(200, reference);
		}
	}

	/**
	 * {@code MoveElementRequestModel} / {@code MoveFolderRequestModel}: a {@code null}
	 * target restores to the root.
	 */
	private ApiResponse restore(ApiRequest request, Map<String, String> variables) {
		UUID targetId = DocumentApi.reference(DocumentApi.body(request), "target", false, true);
		UUID id = Router.id(variables);
		synchronized (this.store) {
			if (this.store.bin.entryOf(id).isEmpty()) {
				return notFoundOrNotInTrash(id, this.store.library.folder(id).isPresent());
			}
			checkFolder(targetId);
			this.store.restore(id, targetId);
			return ok("Restored");
		}
	}

	private ApiResponse notFoundOrNotInTrash(UUID id, boolean folder) {
		if (this.store.library.entryOf(id).isPresent()) {
			return Replies.notInTrash().response();
		}
		return folder ? SettingsFolders.folderNotFound() : elementNotFound(id).response();
	}

	// shared

	/**
	 * {@code SubsetElementTreeItemResponseModel} /
	 * {@code SubsetElementRecycleBinItemResponseModel}: the target's level around it,
	 * {@code before} and {@code after} items either side; an unknown target is an empty
	 * subset.
	 */
	private static ApiResponse siblings(ApiRequest request, FolderedStore<DocumentStore.Node> tree, boolean foldersOnly,
			Function<FolderedStore.Entry, ObjectNode> writer) {
		UUID target = QueryParams.uuid(request, "target");
		int before = QueryParams.integer(request, "before", 0);
		int after = QueryParams.integer(request, "after", 0);
		ObjectNode subset = Json.object();
		ArrayNode items = Json.array();
		long totalBefore = 0;
		long totalAfter = 0;
		Optional<FolderedStore.Entry> entry = (target != null) ? tree.entryOf(target) : Optional.empty();
		if (entry.isPresent()) {
			List<FolderedStore.Entry> level = tree.children(entry.get().parentId(), foldersOnly);
			int index = level.indexOf(entry.get());
			int from = Math.max(0, index - Math.max(0, before));
			int to = Math.min(level.size(), index + 1 + Math.max(0, after));
			level.subList(from, to).forEach(sibling -> items.add(writer.apply(sibling)));
			totalBefore = from;
			totalAfter = level.size() - to;
		}
		subset.put("totalBefore", totalBefore);
		subset.put("totalAfter", totalAfter);
		subset.set("items", items);
		return ApiResponse.json(200, subset);
	}

	/** {@code ElementConfigurationResponseModel} with Umbraco's defaults. */
	private static ObjectNode configuration() {
		ObjectNode node = Json.object();
		node.put("disableDeleteWhenReferenced", false);
		node.put("disableUnpublishWhenReferenced", false);
		node.put("allowEditInvariantFromNonDefault", true);
		node.put("allowNonExistingSegmentsCreation", false);
		return node;
	}

	/**
	 * A page with nothing in it, for the references and audit logs the fake does not
	 * keep.
	 */
	private static ApiResponse emptyPage(ApiRequest request) {
		return Paging.respond(request, List.<ObjectNode>of(), node -> node);
	}

	private UUID newId(UUID requested) {
		UUID id = (requested != null) ? requested : UUID.randomUUID();
		if (this.store.idTaken(id)) {
			throw DocumentApi.duplicateKey(id);
		}
		return id;
	}

	/** A parent or target must be a folder of the library; {@code null} is the root. */
	private void checkFolder(UUID folderId) {
		if (folderId == null) {
			return;
		}
		if (this.store.bin.folder(folderId).isPresent()) {
			throw Replies.inTrash();
		}
		if (this.store.library.folder(folderId).isEmpty()) {
			throw Replies.fail(404, "The targeted parent could not be found",
					"No element folder has the id " + folderId + ".", "ParentNotFound");
		}
	}

	private static void checkVariance(DocumentStore.Node element, DocumentApi.ContentInput input) {
		boolean requestVaries = input.variants().get(0).culture() != null;
		if (requestVaries != element.variesByCulture()) {
			throw DocumentApi.cultureVarianceMismatch();
		}
	}

	private DocumentStore.Node existing(Map<String, String> variables) {
		UUID id = Router.id(variables);
		DocumentStore.Node element = this.store.element(id);
		if (element == null) {
			throw elementNotFound(id);
		}
		return element;
	}

	private DocumentStore.Node existingForPublishing(Map<String, String> variables) {
		UUID id = Router.id(variables);
		return DocumentApi.found(this.store.element(id), "The requested element could not be found",
				"No element has the id " + id + ".", "ContentNotFound");
	}

	private static ResponseException elementNotFound(UUID id) {
		return Replies.fail(404, "The requested Element could not be found", "No element has the id " + id + ".",
				"NotFound");
	}

	private static ApiResponse ok(String notification) {
		return Replies.ok(notification, NOTIFICATION_CATEGORY);
	}

}
