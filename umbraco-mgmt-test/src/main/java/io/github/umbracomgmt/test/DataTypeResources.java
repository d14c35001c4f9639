package io.github.umbracomgmt.test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Data Type} operations: create, read, update, delete, copy and move, folders,
 * the tree, items, search and filter. A fresh server holds Umbraco's well-known built-in
 * data types with their real ids and editor aliases, so document types in tests can
 * reference e.g. {@link DataTypeIds#TEXTSTRING} as they would on a real site.
 */
final class DataTypeResources implements ResourceGroup {

	/**
	 * Editors whose configuration has {@code ignoreUserStartNodes}, which Umbraco reports
	 * as a capability.
	 */
	private static final Set<String> START_NODE_EDITORS = Set.of("Umbraco.ContentPicker", "Umbraco.MediaPicker3",
			"Umbraco.MultiNodeTreePicker", "Umbraco.MultiUrlPicker", "Umbraco.RichText");

	/**
	 * A data type: an editor plus its configuration.
	 *
	 * @param values the {@code DataTypePropertyPresentationModel} array, never changed
	 * once stored
	 * @param deletable {@code false} for the built-ins Umbraco refuses to delete (labels,
	 * list views)
	 */
	record DataType(UUID id, String name, String editorAlias, String editorUiAlias, ArrayNode values, UUID parentId,
			boolean deletable) implements FolderedStore.Entry {
	}

	private final FolderedStore<DataType> store = new FolderedStore<>();

	private final SettingsFolders<DataType> folders = new SettingsFolders<>("data-type", this.store,
			DataTypeResources::treeItem);

	private volatile Predicate<UUID> usage = id -> false;

	private volatile Consumer<UUID> onDelete = id -> {
	};

	DataTypeResources() {
		seedBuiltIns();
	}

	/**
	 * Lets document types answer {@code is-used} and drop properties of a deleted data
	 * type, as Umbraco does.
	 */
	void linkDocumentTypes(Predicate<UUID> usage, Consumer<UUID> onDelete) {
		this.usage = usage;
		this.onDelete = onDelete;
	}

	Optional<DataType> find(UUID id) {
		return this.store.find(id);
	}

	/** Adds a data type with no configuration at the root, returning its id. */
	UUID add(String name, String editorAlias, String editorUiAlias) {
		UUID id = UUID.randomUUID();
		this.store.put(new DataType(id, name, editorAlias, editorUiAlias, Json.array(), null, true));
		return id;
	}

	/** Back to the built-ins only. */
	void reset() {
		this.store.clear();
		seedBuiltIns();
	}

	@Override
	public void registerRoutes(Router router) {
		router.post("/data-type", this::create);
		router.get("/data-type/configuration", (request, variables) -> configuration());
		router.get("/data-type/{id:uuid}", this::get);
		router.put("/data-type/{id:uuid}", this::update);
		router.delete("/data-type/{id:uuid}", this::delete);
		router.post("/data-type/{id:uuid}/copy", this::copy);
		router.put("/data-type/{id:uuid}/move", this::move);
		router.get("/data-type/{id:uuid}/is-used", this::isUsed);
		this.folders.registerRoutes(router);
		router.get("/item/data-type", (request, variables) -> Replies.items(QueryParams.uuids(request, "id"),
				this.store::find, DataTypeResources::item));
		router.get("/item/data-type/search", (request, variables) -> {
			Paging paging = Paging.from(request);
			String query = QueryParams.string(request, "query");
			List<DataType> matches = sorted(type -> QueryParams.contains(type.name(), query));
			return ApiResponse.json(200, paging.page(matches, DataTypeResources::item));
		});
		router.get("/filter/data-type", (request, variables) -> {
			Paging paging = Paging.from(request);
			String name = QueryParams.string(request, "name");
			String editorUiAlias = QueryParams.string(request, "editorUiAlias");
			String editorAlias = QueryParams.string(request, "editorAlias");
			List<DataType> matches = sorted(type -> QueryParams.contains(type.name(), name)
					&& QueryParams.contains(type.editorUiAlias(), editorUiAlias)
					&& QueryParams.contains(type.editorAlias(), editorAlias));
			return ApiResponse.json(200, paging.page(matches, DataTypeResources::item));
		});
	}

	private ApiResponse create(ApiRequest request, Map<String, String> variables) {
		JsonBody body = JsonBody.settings(request, "InvalidConfiguration");
		Fields fields = fields(body);
		UUID requested = body.optionalUuid("id");
		UUID parentId = body.optionalReference("parent");
		UUID id = (requested != null) ? requested : UUID.randomUUID();
		synchronized (this.store) {
			if (this.store.idTaken(id)) {
				return Replies.conflict("Duplicate key", "A data type with the id " + id + " already exists.",
						"DuplicateKey");
			}
			if (!this.folders.isValidParent(parentId)) {
				return Replies.badRequest("Parent not found", "The parent folder could not be found.",
						"ParentNotFound");
			}
			this.store.put(new DataType(id, fields.name, fields.editorAlias, fields.editorUiAlias, fields.values,
					parentId, true));
		}
		return Replies.created("/data-type/" + id, id.toString(), "Data type saved");
	}

	private ApiResponse get(ApiRequest request, Map<String, String> variables) {
		return this.store.find(Router.id(variables))
			.map(type -> ApiResponse.json(200, response(type)))
			.orElseGet(DataTypeResources::notFound);
	}

	private ApiResponse update(ApiRequest request, Map<String, String> variables) {
		UUID id = Router.id(variables);
		if (this.store.find(id).isEmpty()) {
			return notFound();
		}
		Fields fields = fields(JsonBody.settings(request, "InvalidConfiguration"));
		synchronized (this.store) {
			DataType current = this.store.find(id).orElse(null);
			if (current == null) {
				return notFound();
			}
			this.store.put(new DataType(id, fields.name, fields.editorAlias, fields.editorUiAlias, fields.values,
					current.parentId(), current.deletable()));
		}
		return Replies.ok("Data type saved");
	}

	private ApiResponse delete(ApiRequest request, Map<String, String> variables) {
		UUID id = Router.id(variables);
		synchronized (this.store) {
			DataType current = this.store.find(id).orElse(null);
			if (current == null) {
				return notFound();
			}
			if (!current.deletable()) {
				return Replies.badRequest("Data type cannot be deleted",
						"The data type is a built-in type that cannot be deleted.", "NonDeletable");
			}
			this.store.remove(id);
		}
		this.onDelete.accept(id);
		return Replies.ok("Data type deleted");
	}

	/**
	 * Umbraco copies to the target folder (or the root) and appends " (copy)" to the
	 * name.
	 */
	private ApiResponse copy(ApiRequest request, Map<String, String> variables) {
		UUID id = Router.id(variables);
		UUID target = JsonBody.settingsOrEmpty(request, "InvalidId").optionalReference("target");
		UUID copyId = UUID.randomUUID();
		synchronized (this.store) {
			DataType original = this.store.find(id).orElse(null);
			if (original == null) {
				return notFound();
			}
			if (!this.folders.isValidParent(target)) {
				return Replies.notFound("The target folder could not be found", "ParentNotFound");
			}
			this.store.put(new DataType(copyId, original.name() + " (copy)", original.editorAlias(),
					original.editorUiAlias(), original.values(), target, true));
		}
		return Replies.created("/data-type/" + copyId, copyId.toString(), "Data type copied");
	}

	private ApiResponse move(ApiRequest request, Map<String, String> variables) {
		UUID id = Router.id(variables);
		UUID target = JsonBody.settingsOrEmpty(request, "InvalidId").optionalReference("target");
		synchronized (this.store) {
			DataType current = this.store.find(id).orElse(null);
			if (current == null) {
				return notFound();
			}
			if (!this.folders.isValidParent(target)) {
				return Replies.notFound("The target folder could not be found", "ParentNotFound");
			}
			this.store.put(new DataType(id, current.name(), current.editorAlias(), current.editorUiAlias(),
					current.values(), target, current.deletable()));
		}
		return Replies.ok("Data type moved");
	}

	private ApiResponse isUsed(ApiRequest request, Map<String, String> variables) {
		UUID id = Router.id(variables);
		if (this.store.find(id).isEmpty()) {
			return notFound();
		}
		boolean used = this.usage.test(id);
		return ApiResponse.json(200, Json.object().booleanNode(used));
	}

	private static ApiResponse configuration() {
		ObjectNode node = Json.object();
		node.put("canBeChanged", "True");
		node.put("documentListViewId", DataTypeIds.LIST_VIEW_CONTENT.toString());
		node.put("mediaListViewId", DataTypeIds.LIST_VIEW_MEDIA.toString());
		return ApiResponse.json(200, node);
	}

	/** The fields create and update share ({@code UpdateDataTypeRequestModel}). */
	private record Fields(String name, String editorAlias, String editorUiAlias, ArrayNode values) {
	}

	private static Fields fields(JsonBody body) {
		String name = body.requiredString("name", "InvalidName");
		String editorAlias = body.requiredString("editorAlias", "PropertyEditorNotFound");
		String editorUiAlias = body.optionalString("editorUiAlias");
		if (editorUiAlias == null) {
			throw body.invalid("editorUiAlias", "The editorUiAlias field is required.");
		}
		ArrayNode values = Json.array();
		for (JsonBody value : body.requiredObjects("values")) {
			ObjectNode copy = values.addObject();
			copy.put("alias", value.requiredString("alias"));
			JsonNode raw = value.node().get("value");
			if (raw != null) {
				copy.set("value", raw.deepCopy());
			}
			else {
				copy.putNull("value");
			}
		}
		return new Fields(name, editorAlias, editorUiAlias, values);
	}

	private List<DataType> sorted(Predicate<DataType> filter) {
		return this.store.all()
			.stream()
			.filter(filter)
			.sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
			.toList();
	}

	static ObjectNode response(DataType type) {
		ObjectNode node = Json.object();
		node.put("name", type.name());
		node.put("editorAlias", type.editorAlias());
		node.put("editorUiAlias", type.editorUiAlias());
		node.set("values", type.values().deepCopy());
		node.put("id", type.id().toString());
		node.put("isDeletable", type.deletable());
		node.put("canIgnoreStartNodes", START_NODE_EDITORS.contains(type.editorAlias()));
		return node;
	}

	static ObjectNode item(DataType type) {
		ObjectNode node = Json.object();
		node.put("id", type.id().toString());
		node.put("name", type.name());
		node.put("editorUiAlias", type.editorUiAlias());
		node.put("editorAlias", type.editorAlias());
		node.put("isDeletable", type.deletable());
		Json.putFlags(node);
		return node;
	}

	private static ObjectNode treeItem(FolderedStore.Entry entry, boolean hasChildren) {
		ObjectNode node = Json.treeItem(entry, hasChildren);
		if (entry instanceof DataType type) {
			node.put("editorUiAlias", type.editorUiAlias());
			node.put("isDeletable", type.deletable());
		}
		else {
			node.putNull("editorUiAlias");
			node.put("isDeletable", true);
		}
		return node;
	}

	private static ApiResponse notFound() {
		return Replies.notFound("The data type could not be found", "NotFound");
	}

	private void seedBuiltIns() {
		builtIn(DataTypeIds.TEXTSTRING, "Textstring", "Umbraco.TextBox", "Umb.PropertyEditorUi.TextBox", true,
				value("maxChars", 512));
		builtIn(DataTypeIds.TEXTAREA, "Textarea", "Umbraco.TextArea", "Umb.PropertyEditorUi.TextArea", true);
		builtIn(DataTypeIds.RICHTEXT_EDITOR, "Richtext editor", "Umbraco.RichText", "Umb.PropertyEditorUi.Tiptap", true,
				value("maxImageSize", 500), value("overlaySize", "medium"));
		builtIn(DataTypeIds.LABEL_STRING, "Label (string)", "Umbraco.Label", "Umb.PropertyEditorUi.Label", false,
				value("umbracoDataValueType", "STRING"));
		builtIn(DataTypeIds.NUMERIC, "Numeric", "Umbraco.Integer", "Umb.PropertyEditorUi.Integer", true);
		builtIn(DataTypeIds.TRUE_FALSE, "True/false", "Umbraco.TrueFalse", "Umb.PropertyEditorUi.Toggle", true);
		builtIn(DataTypeIds.CHECKBOX_LIST, "Checkbox list", "Umbraco.CheckBoxList", "Umb.PropertyEditorUi.CheckBoxList",
				true);
		builtIn(DataTypeIds.DROPDOWN, "Dropdown", "Umbraco.DropDown.Flexible", "Umb.PropertyEditorUi.Dropdown", true,
				value("multiple", false));
		builtIn(DataTypeIds.DATE_PICKER, "Date Picker", "Umbraco.DateTime", "Umb.PropertyEditorUi.DatePicker", true,
				value("format", "YYYY-MM-DD"));
		builtIn(DataTypeIds.TAGS, "Tags", "Umbraco.Tags", "Umb.PropertyEditorUi.Tags", true, value("group", "default"),
				value("storageType", "Json"));
		builtIn(DataTypeIds.IMAGE_MEDIA_PICKER, "Image Media Picker", "Umbraco.MediaPicker3",
				"Umb.PropertyEditorUi.MediaPicker", true, value("filter", "cc07b313-0843-4aa8-bbda-871c8da728c8"),
				value("multiple", false));
		builtIn(DataTypeIds.MEDIA_PICKER, "Media Picker", "Umbraco.MediaPicker3", "Umb.PropertyEditorUi.MediaPicker",
				true, value("multiple", false));
		builtIn(DataTypeIds.CONTENT_PICKER, "Content Picker", "Umbraco.ContentPicker",
				"Umb.PropertyEditorUi.DocumentPicker", true);
		builtIn(DataTypeIds.MEMBER_PICKER, "Member Picker", "Umbraco.MemberPicker", "Umb.PropertyEditorUi.MemberPicker",
				true);
		builtIn(DataTypeIds.MULTI_URL_PICKER, "Multi URL Picker", "Umbraco.MultiUrlPicker",
				"Umb.PropertyEditorUi.MultiUrlPicker", true);
		builtIn(DataTypeIds.UPLOAD_FILE, "Upload File", "Umbraco.UploadField", "Umb.PropertyEditorUi.UploadField",
				true);
		builtIn(DataTypeIds.IMAGE_CROPPER, "Image Cropper", "Umbraco.ImageCropper", "Umb.PropertyEditorUi.ImageCropper",
				true);
		builtIn(DataTypeIds.LIST_VIEW_CONTENT, "List View - Content", "Umbraco.ListView",
				"Umb.PropertyEditorUi.Collection", false, value("pageSize", 100));
		builtIn(DataTypeIds.LIST_VIEW_MEDIA, "List View - Media", "Umbraco.ListView", "Umb.PropertyEditorUi.Collection",
				false, value("pageSize", 100));
	}

	private void builtIn(UUID id, String name, String editorAlias, String editorUiAlias, boolean deletable,
			ObjectNode... values) {
		ArrayNode array = Json.array();
		for (ObjectNode value : values) {
			array.add(value);
		}
		this.store.put(new DataType(id, name, editorAlias, editorUiAlias, array, null, deletable));
	}

	private static ObjectNode value(String alias, Object value) {
		ObjectNode node = Json.object();
		node.put("alias", alias);
		if (value instanceof Integer number) {
			node.put("value", number);
		}
		else if (value instanceof Boolean flag) {
			node.put("value", flag);
		}
		else {
			node.put("value", String.valueOf(value));
		}
		return node;
	}

}
