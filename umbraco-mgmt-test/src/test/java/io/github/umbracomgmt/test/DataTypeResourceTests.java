package io.github.umbracomgmt.test;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.assertCreated;
import static io.github.umbracomgmt.test.UmbracoHttp.assertOk;
import static io.github.umbracomgmt.test.UmbracoHttp.assertOnly;
import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.assertRequired;
import static io.github.umbracomgmt.test.UmbracoHttp.texts;
import static org.assertj.core.api.Assertions.assertThat;

class DataTypeResourceTests extends ServerTestSupport {

	/** Required properties of DataTypeResponseModel. */
	private static final List<String> REQUIRED = List.of("canIgnoreStartNodes", "editorAlias", "editorUiAlias", "id",
			"isDeletable", "name", "values");

	/** Required properties of DataTypeTreeItemResponseModel. */
	private static final List<String> TREE_REQUIRED = List.of("hasChildren", "id", "isDeletable", "isFolder", "name");

	private static final String CREATE = """
			{"name": "Short text", "editorAlias": "Umbraco.TextBox", "editorUiAlias": "Umb.PropertyEditorUi.TextBox",
			 "values": [{"alias": "maxChars", "value": 40}, {"alias": "placeholder", "value": null}]}""";

	@Test
	void builtInDataTypesHaveUmbracosIdsAndEditors() {
		assertEditor(DataTypeIds.TEXTSTRING, "Textstring", "Umbraco.TextBox");
		assertEditor(DataTypeIds.RICHTEXT_EDITOR, "Richtext editor", "Umbraco.RichText");
		assertEditor(DataTypeIds.IMAGE_MEDIA_PICKER, "Image Media Picker", "Umbraco.MediaPicker3");
		JsonNode picker = this.http.getJson("/data-type/" + DataTypeIds.IMAGE_MEDIA_PICKER);
		assertThat(picker.get("canIgnoreStartNodes").asBoolean()).isTrue();
		JsonNode label = this.http.getJson("/data-type/" + DataTypeIds.LABEL_STRING);
		assertThat(label.get("isDeletable").asBoolean()).isFalse();
		assertThat(this.server.settings().dataTypeEditorAlias(DataTypeIds.TEXTSTRING)).hasValue("Umbraco.TextBox");
	}

	private void assertEditor(UUID id, String name, String editorAlias) {
		JsonNode type = this.http.getJson("/data-type/" + id);
		assertRequired(type, REQUIRED);
		assertOnly(type, REQUIRED);
		assertThat(type.get("id").asString()).isEqualTo(id.toString());
		assertThat(type.get("name").asString()).isEqualTo(name);
		assertThat(type.get("editorAlias").asString()).isEqualTo(editorAlias);
		assertThat(type.get("values").isArray()).isTrue();
	}

	@Test
	void createReadUpdateDelete() {
		UUID id = this.http.create("/data-type", CREATE);

		JsonNode type = this.http.getJson("/data-type/" + id);
		assertRequired(type, REQUIRED);
		assertThat(type.get("name").asString()).isEqualTo("Short text");
		assertThat(type.get("isDeletable").asBoolean()).isTrue();
		assertThat(type.get("values").get(0).get("value").asInt()).isEqualTo(40);
		assertThat(type.get("values").get(1).get("value").isNull()).isTrue();

		assertOk(this.http.put("/data-type/" + id, CREATE.replace("Short text", "Tiny text")));
		assertThat(this.http.getJson("/data-type/" + id).get("name").asString()).isEqualTo("Tiny text");
		assertThat(this.http.getJson("/data-type/" + id + "/is-used").asBoolean()).isFalse();

		assertOk(this.http.delete("/data-type/" + id));
		assertProblem(this.http.get("/data-type/" + id), 404, "NotFound");
		assertProblem(this.http.put("/data-type/" + id, CREATE), 404, "NotFound");
		assertProblem(this.http.delete("/data-type/" + id), 404, "NotFound");
	}

	@Test
	void callerChosenIdIsHonouredOnceAndBuiltInsCannotBeDeleted() {
		String withId = CREATE.replace("{\"name\"", "{\"id\": \"" + DataTypeIds.TEXTSTRING + "\", \"name\"");
		assertProblem(this.http.post("/data-type", withId), 409, "DuplicateKey");
		UUID chosen = UUID.fromString("11111111-2222-4333-8444-555555555555");
		assertThat(this.http.create("/data-type", CREATE.replace("{\"name\"", "{\"id\": \"" + chosen + "\", \"name\"")))
			.isEqualTo(chosen);

		assertProblem(this.http.delete("/data-type/" + DataTypeIds.LIST_VIEW_CONTENT), 400, "NonDeletable");
	}

	@Test
	void rejectsInvalidBodies() {
		assertProblem(this.http.post("/data-type", CREATE.replace("\"Short text\"", "\"\"")), 400, "InvalidName");
		assertProblem(this.http.post("/data-type", CREATE.replace("\"editorAlias\": \"Umbraco.TextBox\",", "")), 400,
				"PropertyEditorNotFound");
		assertProblem(this.http.post("/data-type", CREATE.replace("\"values\": [", "\"values\": 3, \"x\": [")), 400,
				"InvalidConfiguration");
		assertProblem(
				this.http.post("/data-type",
						CREATE.replace("{\"name\"", "{\"parent\": {\"id\": \"" + UUID.randomUUID() + "\"}, \"name\"")),
				400, "ParentNotFound");
	}

	@Test
	void foldersTreeCopyAndMove() {
		UUID folder = this.http.create("/data-type/folder", "{\"name\": \"Custom\"}");
		UUID id = this.http.create("/data-type",
				CREATE.replace("{\"name\"", "{\"parent\": {\"id\": \"" + folder + "\"}, \"name\""));

		JsonNode root = this.http.getJson("/tree/data-type/root?take=1");
		assertThat(root.get("total").asLong()).isEqualTo(this.http.getJson("/filter/data-type").get("total").asLong());
		JsonNode first = root.get("items").get(0);
		assertRequired(first, TREE_REQUIRED);
		assertThat(first.get("name").asString()).isEqualTo("Custom");
		assertThat(first.get("isFolder").asBoolean()).isTrue();
		JsonNode children = this.http.getJson("/tree/data-type/children?parentId=" + folder);
		assertThat(texts(children.get("items"), "id")).containsExactly(id.toString());
		assertThat(children.get("items").get(0).get("editorUiAlias").asString())
			.isEqualTo("Umb.PropertyEditorUi.TextBox");

		UUID copy = UUID.fromString(
				assertCreated(this.http.post("/data-type/" + id + "/copy", "{\"target\": null}"), "/data-type"));
		assertThat(this.http.getJson("/data-type/" + copy).get("name").asString()).isEqualTo("Short text (copy)");
		assertOk(this.http.put("/data-type/" + id + "/move", "{\"target\": null}"));
		assertThat(this.http.getJson("/tree/data-type/children?parentId=" + folder).get("total").asLong()).isZero();
		String unknownTarget = "{\"target\": {\"id\": \"" + UUID.randomUUID() + "\"}}";
		assertProblem(this.http.put("/data-type/" + id + "/move", unknownTarget), 404, "ParentNotFound");
	}

	@Test
	void itemsSearchAndFilter() {
		JsonNode items = this.http.getJson("/item/data-type?id=" + DataTypeIds.TEXTSTRING + "&id=" + DataTypeIds.TAGS);
		assertThat(texts(items, "name")).containsExactly("Textstring", "Tags");
		assertRequired(items.get(0), List.of("editorAlias", "id", "isDeletable", "name"));

		JsonNode search = this.http.getJson("/item/data-type/search?query=picker&take=2");
		assertThat(search.get("total").asLong()).isGreaterThan(2);
		assertThat(search.get("items").size()).isEqualTo(2);

		JsonNode filtered = this.http.getJson("/filter/data-type?editorAlias=Umbraco.MediaPicker3");
		assertThat(texts(filtered.get("items"), "name")).containsExactly("Image Media Picker", "Media Picker");
		assertThat(this.http.getJson("/data-type/configuration").get("documentListViewId").asString())
			.isEqualTo(DataTypeIds.LIST_VIEW_CONTENT.toString());
	}

	@Test
	void pagingRejectsBadTake() {
		assertThat(this.http.get("/tree/data-type/root?take=lots").statusCode()).isEqualTo(400);
	}

}
