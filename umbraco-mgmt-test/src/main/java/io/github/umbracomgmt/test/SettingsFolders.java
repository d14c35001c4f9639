package io.github.umbracomgmt.test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The folder and tree operations that data types and document types share:
 * {@code /<kind>/folder} create, read, rename and delete, and {@code /tree/<kind>/root},
 * {@code /children} and {@code /ancestors}. The folder rules are the
 * {@link FolderedStore}'s; this class words the settings groups' answers.
 *
 * @param <E> the entity kept in the folders
 */
final class SettingsFolders<E extends FolderedStore.Entry> {

	private final String kind;

	private final FolderedStore<E> store;

	private final BiFunction<FolderedStore.Entry, Boolean, ObjectNode> treeItem;

	/**
	 * @param kind the path segment, e.g. {@code data-type}
	 * @param treeItem writes a tree item for a folder or entity, given whether it has
	 * children
	 */
	SettingsFolders(String kind, FolderedStore<E> store,
			BiFunction<FolderedStore.Entry, Boolean, ObjectNode> treeItem) {
		this.kind = kind;
		this.store = store;
		this.treeItem = treeItem;
	}

	void registerRoutes(Router router) {
		String folder = "/" + this.kind + "/folder";
		router.post(folder, this::createFolder);
		router.get(folder + "/{id:uuid}",
				(request, variables) -> this.store.folder(Router.id(variables))
					.map(found -> ApiResponse.json(200, Json.folder(found, false)))
					.orElseGet(SettingsFolders::folderNotFound));
		router.put(folder + "/{id:uuid}", (request, variables) -> {
			String name = JsonBody.settings(request, "InvalidName").requiredString("name");
			UUID id = Router.id(variables);
			return reply(this.store.renameFolder(id, name), id, () -> Replies.ok("Folder saved"));
		});
		router.delete(folder + "/{id:uuid}", (request, variables) -> {
			UUID id = Router.id(variables);
			return reply(this.store.removeFolder(id), id, () -> Replies.ok("Folder deleted"));
		});
		String tree = "/tree/" + this.kind;
		router.get(tree + "/root", (request, variables) -> treeLevel(request, null));
		router.get(tree + "/children", (request, variables) -> {
			UUID parentId = QueryParams.uuid(request, "parentId");
			// An absent parentId binds to Guid.Empty in Umbraco, which has no children.
			return (parentId != null) ? treeLevel(request, parentId) : ApiResponse.json(200, emptyPage());
		});
		router.get(tree + "/ancestors", (request, variables) -> {
			UUID descendantId = QueryParams.uuid(request, "descendantId");
			ArrayNode items = Json.array();
			if (descendantId != null) {
				this.store.ancestors(descendantId).forEach(entry -> items.add(item(entry, false)));
			}
			return ApiResponse.json(200, items);
		});
	}

	/**
	 * Whether {@code id} may be the {@code parent} of a new item: absent (the root) or an
	 * existing folder.
	 */
	boolean isValidParent(UUID parentId) {
		return this.store.isValidParent(parentId);
	}

	private ApiResponse createFolder(ApiRequest request, Map<String, String> variables) {
		JsonBody body = JsonBody.settings(request, "InvalidName");
		String name = body.requiredString("name");
		UUID id = body.optionalUuid("id");
		UUID parentId = body.optionalReference("parent");
		UUID folderId = (id != null) ? id : UUID.randomUUID();
		return reply(this.store.addFolder(folderId, name, parentId), folderId,
				() -> Replies.created("/" + this.kind + "/folder/" + folderId, folderId, "Folder created"));
	}

	/**
	 * The answer to a folder change, as the settings groups and the element library word
	 * it.
	 */
	static ApiResponse reply(FolderedStore.FolderChange change, UUID id, Supplier<ApiResponse> done) {
		return switch (change) {
			case DONE -> done.get();
			case NOT_FOUND -> folderNotFound();
			case DUPLICATE_KEY ->
				Replies.conflict("Duplicate key", "An item with the id " + id + " already exists.", "DuplicateKey");
			case PARENT_NOT_FOUND ->
				Replies.badRequest("Parent not found", "The parent folder could not be found.", "ParentNotFound");
			case DUPLICATE_NAME -> Replies.badRequest("Duplicate name",
					"A folder with the same name already exists at this level.", "DuplicateName");
			case NOT_EMPTY -> Replies.badRequest("Folder not empty",
					"The folder is not empty and can therefore not be deleted.", "NotEmpty");
		};
	}

	private ApiResponse treeLevel(ApiRequest request, UUID parentId) {
		Paging paging = Paging.from(request);
		boolean foldersOnly = QueryParams.bool(request, "foldersOnly", false);
		List<FolderedStore.Entry> level = this.store.children(parentId, foldersOnly);
		return ApiResponse.json(200, paging.page(level, entry -> item(entry, foldersOnly)));
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

	static ApiResponse folderNotFound() {
		return Replies.notFound("The folder could not be found", "NotFound");
	}

}
