package io.github.umbracomgmt.test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.assertOk;
import static io.github.umbracomgmt.test.UmbracoHttp.assertOnly;
import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.assertRequired;
import static io.github.umbracomgmt.test.UmbracoHttp.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DocumentTypeResourceTests extends ServerTestSupport {

	/** Required properties of DocumentTypeResponseModel. */
	private static final List<String> REQUIRED = List.of("alias", "allowedAsRoot", "allowedDocumentTypes",
			"allowedTemplates", "cleanup", "compositions", "containers", "icon", "id", "isElement", "allowedInLibrary",
			"name", "properties", "variesByCulture", "variesBySegment");

	/** Every property DocumentTypeResponseModel declares. */
	private static final List<String> DECLARED = List.of("alias", "name", "description", "icon", "allowedAsRoot",
			"variesByCulture", "variesBySegment", "collection", "isElement", "properties", "containers", "id",
			"allowedTemplates", "defaultTemplate", "cleanup", "allowedDocumentTypes", "compositions",
			"allowedInLibrary");

	/** Required properties of DocumentTypePropertyTypeResponseModel. */
	private static final List<String> PROPERTY_REQUIRED = List.of("alias", "appearance", "dataType", "id", "name",
			"sortOrder", "validation", "variesByCulture", "variesBySegment");

	/** Required properties of DocumentTypeTreeItemResponseModel. */
	private static final List<String> TREE_REQUIRED = List.of("hasChildren", "icon", "id", "isElement", "isFolder",
			"name");

	private static final UUID GROUP = UUID.fromString("5d2b1a3e-0000-4000-8000-000000000001");

	private static final UUID TITLE = UUID.fromString("5d2b1a3e-0000-4000-8000-000000000002");

	/** A CreateDocumentTypeRequestModel with one group and one Textstring property. */
	private static String body(String alias, String name, String extra, String templates, String defaultTemplate) {
		return """
				{%s
				  "alias": "%s", "name": "%s", "description": "A page", "icon": "icon-document",
				  "allowedAsRoot": true, "variesByCulture": false, "variesBySegment": false, "collection": null,
				  "isElement": false,
				  "properties": [{
				    "id": "%s", "container": {"id": "%s"}, "sortOrder": 0, "alias": "title", "name": "Title",
				    "description": null, "dataType": {"id": "%s"}, "variesByCulture": false, "variesBySegment": false,
				    "validation": {"mandatory": true, "mandatoryMessage": "Required", "regEx": null,
				      "regExMessage": null},
				    "appearance": {"labelOnTop": false}
				  }],
				  "containers": [{"id": "%s", "parent": null, "name": "Content", "type": "Group", "sortOrder": 0}],
				  "allowedTemplates": [%s], "defaultTemplate": %s,
				  "cleanup": {"preventCleanup": false, "keepAllVersionsNewerThanDays": null,
				    "keepLatestVersionPerDayForDays": null},
				  "allowedDocumentTypes": [], "compositions": []
				}""".formatted(extra, alias, name, TITLE, GROUP, DataTypeIds.TEXTSTRING, GROUP, templates,
				defaultTemplate);
	}

	private static String body(String alias, String name) {
		return body(alias, name, "", "", "null");
	}

	@Test
	void createReadUpdateDelete() {
		UUID template = this.server.settings().addTemplate("home", "Home");
		UUID id = this.http.create("/document-type",
				body("homePage", "Home page", "", "{\"id\": \"" + template + "\"}", "{\"id\": \"" + template + "\"}"));

		JsonNode type = this.http.getJson("/document-type/" + id);
		assertRequired(type, REQUIRED);
		assertOnly(type, DECLARED);
		assertThat(type.get("id").asString()).isEqualTo(id.toString());
		assertThat(type.get("alias").asString()).isEqualTo("homePage");
		assertThat(type.get("allowedTemplates").get(0).get("id").asString()).isEqualTo(template.toString());
		assertThat(type.get("defaultTemplate").get("id").asString()).isEqualTo(template.toString());
		JsonNode property = type.get("properties").get(0);
		assertRequired(property, PROPERTY_REQUIRED);
		assertThat(property.get("dataType").get("id").asString()).isEqualTo(DataTypeIds.TEXTSTRING.toString());
		assertThat(property.get("container").get("id").asString()).isEqualTo(GROUP.toString());
		assertThat(property.get("validation").get("mandatory").asBoolean()).isTrue();
		assertThat(type.get("containers").get(0).get("type").asString()).isEqualTo("Group");
		assertThat(type.get("cleanup").get("preventCleanup").isBoolean()).isTrue();
		assertThat(this.server.settings().documentTypeAlias(id)).hasValue("homePage");

		assertOk(this.http.put("/document-type/" + id, body("homePage", "Start page")));
		JsonNode updated = this.http.getJson("/document-type/" + id);
		assertThat(updated.get("name").asString()).isEqualTo("Start page");
		assertThat(updated.get("allowedTemplates").isEmpty()).isTrue();
		assertThat(updated.get("defaultTemplate").isNull()).isTrue();

		assertOk(this.http.delete("/document-type/" + id));
		assertProblem(this.http.get("/document-type/" + id), 404, "NotFound");
		assertThat(this.server.settings().documentTypeAlias(id)).isEmpty();
	}

	@Test
	void honoursACallerChosenIdAndRefusesItTwice() {
		UUID id = UUID.fromString("0f0e0d0c-0b0a-4000-8000-000000000042");
		String body = body("article", "Article", "\"id\": \"" + id + "\",", "", "null");

		assertThat(this.http.create("/document-type", body)).isEqualTo(id);

		assertProblem(this.http.post("/document-type", body.replace("\"article\"", "\"other\"")), 409, "DuplicateKey");
	}

	@Test
	void allowedInLibraryIsKeptAndFalseWhenA17ClientLeavesItOut() {
		UUID library = this.http.create("/document-type",
				body("hero", "Hero", "\"allowedInLibrary\": true,", "", "null"));
		UUID plain = this.http.create("/document-type", body("page", "Page"));

		assertThat(this.http.getJson("/document-type/" + library).get("allowedInLibrary").asBoolean()).isTrue();
		assertThat(this.http.getJson("/document-type/" + plain).get("allowedInLibrary").asBoolean()).isFalse();
		JsonNode item = this.http.getJson("/item/document-type?id=" + library).get(0);
		assertThat(item.get("allowedInLibrary").asBoolean()).isTrue();
		assertThat(item.get("flags").isArray()).isTrue();
	}

	@Test
	void rejectsDuplicateAliasAndInvalidReferences() {
		this.http.create("/document-type", body("article", "Article"));

		assertProblem(this.http.post("/document-type", body("Article", "Again")), 400, "DuplicateAlias");
		assertProblem(
				this.http.post("/document-type",
						body("news", "News").replace(DataTypeIds.TEXTSTRING.toString(), UUID.randomUUID().toString())),
				400, "DataTypeNotFound");
		assertProblem(
				this.http.post("/document-type",
						body("news", "News", "\"parent\": {\"id\": \"" + UUID.randomUUID() + "\"},", "", "null")),
				400, "InvalidParent");
		assertProblem(
				this.http.post("/document-type",
						body("news", "News").replace("\"type\": \"Group\"", "\"type\": \"Box\"")),
				400, "InvalidContainerType");
		String unknownContainer = body("news", "News").replace("\"container\": {\"id\": \"" + GROUP,
				"\"container\": {\"id\": \"" + UUID.randomUUID());
		assertProblem(this.http.post("/document-type", unknownContainer), 400, "MissingContainer");
		assertProblem(this.http.post("/document-type", body("title", "News")), 400,
				"PropertyTypeAliasCannotEqualContentTypeAlias");
	}

	@Test
	void rejectsMissingRequiredFields() {
		JsonNode problem = assertProblem(
				this.http.post("/document-type", body("news", "News").replace("\"icon\": \"icon-document\",", "")), 400,
				"InvalidAlias");
		assertThat(problem.get("errors").has("$.icon")).isTrue();
		assertProblem(this.http.post("/document-type", body("news", "")), 400, "NameCannotBeEmpty");
		assertProblem(this.http.post("/document-type", "not json"), 400, "InvalidAlias");
		String noAppearance = body("news", "News").replace("\"appearance\": {\"labelOnTop\": false}",
				"\"appearance\": null");
		assertProblem(this.http.post("/document-type", noAppearance), 400, "InvalidAlias");
	}

	@Test
	void updateAndDeleteOfUnknownTypeAre404() {
		UUID unknown = UUID.randomUUID();

		assertProblem(this.http.put("/document-type/" + unknown, body("x", "X")), 404, "NotFound");
		assertProblem(this.http.delete("/document-type/" + unknown), 404, "NotFound");
	}

	@Test
	void treeRootListsFoldersFirstThenTypesByNameWithPaging() {
		this.server.settings().addDocumentType("zebra", "Zebra");
		this.server.settings().addDocumentType("apple", "Apple");
		UUID folder = this.http.create("/document-type/folder", "{\"name\": \"Blocks\"}");
		UUID inside = this.http.create("/document-type",
				body("block", "Block", "\"parent\": {\"id\": \"" + folder + "\"},", "", "null"));

		JsonNode root = this.http.getJson("/tree/document-type/root");
		assertThat(root.get("total").asLong()).isEqualTo(3);
		assertThat(texts(root.get("items"), "name")).containsExactly("Blocks", "Apple", "Zebra");
		JsonNode folderItem = root.get("items").get(0);
		assertRequired(folderItem, TREE_REQUIRED);
		assertThat(folderItem.get("isFolder").asBoolean()).isTrue();
		assertThat(folderItem.get("hasChildren").asBoolean()).isTrue();

		JsonNode page = this.http.getJson("/tree/document-type/root?skip=1&take=1");
		assertThat(page.get("total").asLong()).isEqualTo(3);
		assertThat(texts(page.get("items"), "name")).containsExactly("Apple");
		assertThat(texts(this.http.getJson("/tree/document-type/root?foldersOnly=true").get("items"), "name"))
			.containsExactly("Blocks");

		JsonNode children = this.http.getJson("/tree/document-type/children?parentId=" + folder);
		assertThat(texts(children.get("items"), "id")).containsExactly(inside.toString());
		assertThat(children.get("items").get(0).get("parent").get("id").asString()).isEqualTo(folder.toString());
		assertThat(texts(this.http.getJson("/tree/document-type/ancestors?descendantId=" + inside), "id"))
			.containsExactly(folder.toString(), inside.toString());

		assertProblem(this.http.delete("/document-type/folder/" + folder), 400, "NotEmpty");
		assertOk(this.http.put("/document-type/" + inside + "/move", "{\"target\": null}"));
		assertOk(this.http.put("/document-type/folder/" + folder, "{\"name\": \"Elements\"}"));
		assertThat(this.http.getJson("/document-type/folder/" + folder).get("name").asString()).isEqualTo("Elements");
		assertOk(this.http.delete("/document-type/folder/" + folder));
		assertProblem(this.http.get("/document-type/folder/" + folder), 404, "NotFound");
	}

	@Test
	void itemsAndSearch() {
		UUID first = this.server.settings().addDocumentType("first", "First");
		UUID second = this.server.settings().addDocumentType("second", "Second");

		JsonNode items = this.http
			.getJson("/item/document-type?id=" + second + "&id=" + UUID.randomUUID() + "&id=" + first);
		assertThat(texts(items, "id")).containsExactly(second.toString(), first.toString());
		assertRequired(items.get(0), List.of("id", "isElement", "name"));

		JsonNode search = this.http.getJson("/item/document-type/search?query=sec");
		assertThat(search.get("total").asLong()).isEqualTo(1);
		assertThat(texts(search.get("items"), "name")).containsExactly("Second");
	}

	@Test
	void seededTypeWithPropertiesIsAllowedAtRoot() {
		Map<String, UUID> properties = new LinkedHashMap<>();
		properties.put("title", DataTypeIds.TEXTSTRING);
		properties.put("body", DataTypeIds.RICHTEXT_EDITOR);
		UUID id = this.server.settings().addDocumentType("page", "Page", properties);

		JsonNode type = this.http.getJson("/document-type/" + id);
		assertRequired(type, REQUIRED);
		assertThat(texts(type.get("properties"), "alias")).containsExactly("title", "body");
		assertThat(texts(this.http.getJson("/document-type/allowed-at-root").get("items"), "id"))
			.containsExactly(id.toString());
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.settings().addDocumentType("page", "Again"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.server.settings().addDocumentType("other", "Other", Map.of("x", UUID.randomUUID())));
	}

	@Test
	void allowedChildrenFollowAllowedDocumentTypes() {
		UUID child = this.server.settings().addDocumentType("child", "Child");
		String parentBody = body("parent", "Parent").replace("\"allowedDocumentTypes\": []",
				"\"allowedDocumentTypes\": [{\"documentType\": {\"id\": \"" + child + "\"}, \"sortOrder\": 0}]");
		UUID parent = this.http.create("/document-type", parentBody);

		JsonNode allowed = this.http.getJson("/document-type/" + parent + "/allowed-children");
		assertThat(texts(allowed.get("items"), "id")).containsExactly(child.toString());

		assertOk(this.http.delete("/document-type/" + child));
		assertThat(this.http.getJson("/document-type/" + parent).get("allowedDocumentTypes").isEmpty()).isTrue();
	}

	@Test
	void deletingADataTypeRemovesItsProperties() {
		UUID dataType = this.server.settings().addDataType("Custom", "Umbraco.TextBox", "Umb.PropertyEditorUi.TextBox");
		UUID type = this.server.settings().addDocumentType("page", "Page", Map.of("custom", dataType));
		assertThat(this.http.getJson("/data-type/" + dataType + "/is-used").asBoolean()).isTrue();

		assertOk(this.http.delete("/data-type/" + dataType));

		assertThat(this.http.getJson("/document-type/" + type).get("properties").isEmpty()).isTrue();
	}

	@Test
	void concurrentCreatesWithOneAliasLetExactlyOneWin() throws Exception {
		List<Future<HttpResponse<String>>> responses = new ArrayList<>();
		ExecutorService executor = Executors.newFixedThreadPool(8);
		try {
			for (int i = 0; i < 8; i++) {
				responses.add(executor.submit(() -> this.http.post("/document-type", body("race", "Race"))));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<HttpResponse<String>> response : responses) {
				statuses.add(response.get().statusCode());
			}
			assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 400);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.http.getJson("/tree/document-type/root").get("total").asLong()).isEqualTo(1);
	}

	@Test
	void resetForgetsDocumentTypes() {
		UUID id = this.server.settings().addDocumentType("page", "Page");

		this.server.reset();

		HttpResponse<String> response = this.http.get("/document-type/" + id);
		assertProblem(response, 404, "NotFound");
		assertThat(this.http.getJson("/tree/document-type/root").get("total").asLong()).isZero();
	}

}
