package io.github.umbracomgmt.test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The folder and tree operations that data types and document types share: {@code /<kind>/folder} create, read,
 * rename and delete, and {@code /tree/<kind>/root}, {@code /children} and {@code /ancestors}.
 *
 * @param <E> the entity kept in the folders
 */
final class SettingsFolders<E extends FolderedStore.Entry> {

	private final String kind;

	private final FolderedStore<E> store;

	private final BiFunction<FolderedStore.Entry, Boolean, ObjectNode> treeItem;

	/**
	 * @param kind the path segment, e.g. {@code data-type}
	 * @param treeItem writes a tree item for a folder or entity, given whether it has children
	 */
	SettingsFolders(String kind, FolderedStore<E> store,
			BiFunction<FolderedStore.Entry, Boolean, ObjectNode> treeItem) {
		this.kind = kind;
		this.store = store;
		this.treeItem = treeItem;
	}

	void registerRoutes(Router router) {
		String folder = "/" + this.kind + "/folder";
		router.add("POST", folder, Router.Access.AUTHENTICATED, this::createFolder);
		router.get(folder + "/{id:uuid}", this::getFolder);
		router.add("PUT", folder + "/{id:uuid}", Router.Access.AUTHENTICATED, this::updateFolder);
		router.add("DELETE", folder + "/{id:uuid}", Router.Access.AUTHENTICATED, this::deleteFolder);
		String tree = "/tree/" + this.kind;
		router.get(tree + "/root", (request, variables) -> treeLevel(request, null));
		router.get(tree + "/children", (request, variables) -> {
			UUID parentId = SettingsQuery.uuid(request, "parentId");
			// An absent parentId binds to Guid.Empty in Umbraco, which has no children.
			return (parentId != null) ? treeLevel(request, parentId) : ApiResponse.json(200, emptyPage());
		});
		router.get(tree + "/ancestors", this::ancestors);
	}

	/** Whether {@code id} may be the {@code parent} of a new item: absent (the root) or an existing folder. */
	boolean isValidParent(UUID parentId) {
		return parentId == null || this.store.folder(parentId).isPresent();
	}

	private ApiResponse createFolder(ApiRequest request, Map<String, String> variables) {
		SettingsBody body = SettingsBody.parse(request, "InvalidName");
		String name = body.requiredString("name");
		UUID id = body.optionalUuid("id");
		UUID parentId = body.optionalReference("parent");
		UUID folderId = (id != null) ? id : UUID.randomUUID();
		synchronized (this.store) {
			if (this.store.idTaken(folderId)) {
				return SettingsReplies.conflict("Duplicate key", "An item with the id " + folderId + " already exists.",
						"DuplicateKey");
			}
			if (!isValidParent(parentId)) {
				return SettingsReplies.badRequest("Parent not found", "The parent folder could not be found.",
						"ParentNotFound");
			}
			if (nameTaken(name, parentId, null)) {
				return SettingsReplies.badRequest("Duplicate name",
						"A folder with the same name already exists at this level.", "DuplicateName");
			}
			this.store.putFolder(new FolderedStore.Folder(folderId, name, parentId));
		}
		return SettingsReplies.created("/" + this.kind + "/folder/" + folderId, folderId.toString(), "Folder created");
	}

	private ApiResponse getFolder(ApiRequest request, Map<String, String> variables) {
		return this.store.folder(UUID.fromString(variables.get("id"))).map(folder -> {
			ObjectNode node = Json.object();
			node.put("name", folder.name());
			node.put("id", folder.id().toString());
			return ApiResponse.json(200, node);
		}).orElseGet(SettingsFolders::folderNotFound);
	}

	private ApiResponse updateFolder(ApiRequest request, Map<String, String> variables) {
		UUID id = UUID.fromString(variables.get("id"));
		SettingsBody body = SettingsBody.parse(request, "InvalidName");
		String name = body.requiredString("name");
		synchronized (this.store) {
			FolderedStore.Folder folder = this.store.folder(id).orElse(null);
			if (folder == null) {
				return folderNotFound();
			}
			if (nameTaken(name, folder.parentId(), id)) {
				return SettingsReplies.badRequest("Duplicate name",
						"A folder with the same name already exists at this level.", "DuplicateName");
			}
			this.store.putFolder(new FolderedStore.Folder(id, name, folder.parentId()));
		}
		return SettingsReplies.ok("Folder saved");
	}

	private ApiResponse deleteFolder(ApiRequest request, Map<String, String> variables) {
		return switch (this.store.removeFolder(UUID.fromString(variables.get("id")))) {
			case REMOVED -> SettingsReplies.ok("Folder deleted");
			case NOT_FOUND -> folderNotFound();
			case NOT_EMPTY -> SettingsReplies.badRequest("Folder not empty",
					"The folder is not empty and can therefore not be deleted.", "NotEmpty");
		};
	}

	private boolean nameTaken(String name, UUID parentId, UUID except) {
		return this.store.children(parentId, true)
			.stream()
			.anyMatch(entry -> !entry.id().equals(except) && entry.name().equalsIgnoreCase(name));
	}

	private ApiResponse treeLevel(ApiRequest request, UUID parentId) {
		Paging paging = Paging.from(request, 100);
		boolean foldersOnly = SettingsQuery.bool(request, "foldersOnly", false);
		List<FolderedStore.Entry> level = this.store.children(parentId, foldersOnly);
		return ApiResponse.json(200, paging.page(level, entry -> item(entry, foldersOnly)));
	}

	private ApiResponse ancestors(ApiRequest request, Map<String, String> variables) {
		UUID descendantId = SettingsQuery.uuid(request, "descendantId");
		ArrayNode items = Json.object().arrayNode();
		if (descendantId != null) {
			this.store.ancestors(descendantId).forEach(entry -> items.add(item(entry, false)));
		}
		return new ApiResponse(200, Map.of("Content-Type", ApiResponse.JSON), Json.bytes(items));
	}

	private ObjectNode item(FolderedStore.Entry entry, boolean foldersOnly) {
		return this.treeItem.apply(entry, this.store.hasChildren(entry.id(), foldersOnly));
	}

	private static ObjectNode emptyPage() {
		ObjectNode page = Json.object();
		page.put("total", 0L);
		page.putArray("items");
		return page;
	}

	private static ApiResponse folderNotFound() {
		return SettingsReplies.notFound("The folder could not be found", "NotFound");
	}
}
