package io.github.umbracomgmt.test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.API;
import static io.github.umbracomgmt.test.UmbracoHttp.assertOk;
import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

class DocumentResourceTests extends ServerTestSupport {

	/** The required properties of DocumentResponseModel. */
	static final List<String> DOCUMENT_REQUIRED = List.of("documentType", "id", "isTrashed", "flags", "values",
			"variants");

	/** The required properties of DocumentVariantResponseModel. */
	static final List<String> VARIANT_REQUIRED = List.of("createDate", "name", "state", "updateDate");

	/** The required properties of DocumentValueResponseModel. */
	static final List<String> VALUE_REQUIRED = List.of("alias", "editorAlias");

	/** The required properties of DocumentTypeReferenceResponseModel. */
	static final List<String> DOCUMENT_TYPE_REQUIRED = List.of("icon", "id");

	/** The required properties of DocumentTreeItemResponseModel. */
	private static final List<String> TREE_ITEM_REQUIRED = List.of("ancestors", "createDate", "documentType",
			"hasChildren", "id", "isProtected", "isTrashed", "noAccess", "variants");

	/** The required properties of DocumentItemResponseModel. */
	private static final List<String> ITEM_REQUIRED = List.of("documentType", "hasChildren", "id", "isProtected",
			"isTrashed", "variants");

	/** The required properties of DocumentRecycleBinItemResponseModel. */
	private static final List<String> RECYCLE_BIN_ITEM_REQUIRED = List.of("createDate", "documentType", "hasChildren",
			"id", "variants");

	private static final UUID PAGE_TYPE = UUID.fromString("a1b2c3d4-0000-4000-8000-000000000001");

	@Test
	void createReadUpdatePublishUnpublishDelete() {
		HttpResponse<String> created = this.http.post("/document", """
				{"documentType": {"id": "%s"}, "template": null,
				 "values": [{"alias": "title", "culture": null, "segment": null, "value": "Welcome"}],
				 "variants": [{"culture": null, "segment": null, "name": "Home"}]}
				""".formatted(PAGE_TYPE));

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).isEmpty();
		String id = created.headers().firstValue("Umb-Generated-Resource").orElseThrow();
		assertThat(created.headers().firstValue("Location")).hasValue(this.server.baseUrl() + API + "/document/" + id);

		JsonNode document = this.http.getJson("/document/" + id);
		assertThat(document.propertyNames()).containsAll(DOCUMENT_REQUIRED);
		assertThat(document.get("id").asString()).isEqualTo(id);
		assertThat(document.get("isTrashed").asBoolean()).isFalse();
		assertThat(document.get("template").isNull()).isTrue();
		assertThat(document.has("urls")).as("urls, which Umbraco 17 dropped").isFalse();
		assertThat(document.get("flags").isArray()).isTrue();
		assertThat(this.http.getJson("/document/urls?id=" + id).get(0).get("urlInfos").isEmpty()).isTrue();
		assertThat(document.get("documentType").propertyNames()).containsAll(DOCUMENT_TYPE_REQUIRED);
		assertThat(document.get("documentType").get("id").asString()).isEqualTo(PAGE_TYPE.toString());
		assertThat(document.get("documentType").get("icon").asString()).isEqualTo("icon-document");
		JsonNode variant = document.get("variants").get(0);
		assertThat(variant.propertyNames()).containsAll(VARIANT_REQUIRED);
		assertThat(variant.get("name").asString()).isEqualTo("Home");
		assertThat(variant.get("culture").isNull()).isTrue();
		assertThat(variant.get("state").asString()).isEqualTo("Draft");
		assertThat(variant.get("publishDate").isNull()).isTrue();
		OffsetDateTime.parse(variant.get("createDate").asString());
		JsonNode value = document.get("values").get(0);
		assertThat(value.propertyNames()).containsAll(VALUE_REQUIRED);
		assertThat(value.get("value").asString()).isEqualTo("Welcome");

		assertOk(this.http.put("/document/" + id, """
				{"template": null, "values": [{"alias": "title", "value": "Hello"}], "variants": [{"name": "Start"}]}
				"""));
		document = this.http.getJson("/document/" + id);
		assertThat(document.get("variants").get(0).get("name").asString()).isEqualTo("Start");
		assertThat(document.get("values").get(0).get("value").asString()).isEqualTo("Hello");

		assertOk(this.http.put("/document/" + id + "/publish", """
				{"publishSchedules": [{"culture": null}]}
				"""));
		document = this.http.getJson("/document/" + id);
		assertThat(document.get("variants").get(0).get("state").asString()).isEqualTo("Published");
		assertThat(document.get("variants").get(0).get("publishDate").isNull()).isFalse();
		JsonNode urls = this.http.getJson("/document/urls?id=" + id).get(0);
		assertThat(urls.get("id").asString()).isEqualTo(id);
		assertThat(urls.get("urlInfos").get(0).get("url").asString()).isEqualTo("/");
		assertThat(urls.get("urlInfos").get(0).get("culture").isNull()).isTrue();

		assertOk(this.http.put("/document/" + id, """
				{"template": null, "values": [], "variants": [{"name": "Start page"}]}
				"""));
		assertThat(this.http.getJson("/document/" + id).get("variants").get(0).get("state").asString())
			.isEqualTo("PublishedPendingChanges");
		JsonNode published = this.http.getJson("/document/" + id + "/published");
		assertThat(published.get("variants").get(0).get("name").asString()).isEqualTo("Start");
		assertThat(published.get("values").get(0).get("value").asString()).isEqualTo("Hello");

		assertOk(this.http.put("/document/" + id + "/unpublish", "{}"));
		assertThat(this.http.getJson("/document/" + id).get("variants").get(0).get("state").asString())
			.isEqualTo("Draft");
		assertProblem(this.http.get("/document/" + id + "/published"), 404, "NotFound");

		assertOk(this.http.delete("/document/" + id));
		assertProblem(this.http.get("/document/" + id), 404, "NotFound");
		assertThat(this.server.documents().count()).isZero();
	}

	@Test
	void valuesAreStoredAndReturnedAsSent() {
		UUID id = this.http.create("/document",
				"""
						{"documentType": {"id": "%s"}, "template": {"id": "11111111-2222-3333-4444-555555555555"},
						 "values": [
						  {"alias": "blocks", "value": {"layout": {"Umbraco.BlockList": [{"contentKey": "k1"}]}, "items": [1, 2.5, true]}},
						  {"alias": "count", "value": 42},
						  {"alias": "nothing", "value": null},
						  {"alias": "body", "value": "<p>x</p>", "editorAlias": "Umbraco.RichText"}],
						 "variants": [{"name": "Values"}]}
						"""
					.formatted(PAGE_TYPE));

		JsonNode document = this.http.getJson("/document/" + id);

		JsonNode values = document.get("values");
		assertThat(
				values.get(0).get("value").get("layout").get("Umbraco.BlockList").get(0).get("contentKey").asString())
			.isEqualTo("k1");
		assertThat(values.get(0).get("value").get("items").get(1).asDouble()).isEqualTo(2.5);
		assertThat(values.get(0).get("editorAlias").asString()).isEqualTo("Umbraco.TextBox");
		assertThat(values.get(1).get("value").isInt()).isTrue();
		assertThat(values.get(2).get("value").isNull()).isTrue();
		assertThat(values.get(3).get("editorAlias").asString()).isEqualTo("Umbraco.RichText");
		assertThat(values.get(0).get("culture").isNull()).isTrue();
		assertThat(values.get(0).get("segment").isNull()).isTrue();
		assertThat(document.get("template").get("id").asString()).isEqualTo("11111111-2222-3333-4444-555555555555");
	}

	@Test
	void callerChosenIdIsHonouredAndCannotBeReused() {
		UUID id = UUID.randomUUID();
		String body = """
				{"id": "%s", "documentType": {"id": "%s"}, "template": null, "values": [], "variants": [{"name": "Mine"}]}
				"""
			.formatted(id, PAGE_TYPE);

		assertThat(this.http.create("/document", body)).isEqualTo(id);

		assertProblem(this.http.post("/document", body), 400, "DuplicateKey");
		assertThat(this.server.documents().count()).isEqualTo(1);
	}

	@Test
	void culturesPublishAndUnpublishOneByOne() {
		UUID id = this.http.create("/document", """
				{"documentType": {"id": "%s"}, "template": null,
				 "values": [{"alias": "title", "culture": "en-US", "value": "Hello"},
				            {"alias": "title", "culture": "da-DK", "value": "Hej"}],
				 "variants": [{"culture": "en-US", "name": "Home"}, {"culture": "da-DK", "name": "Hjem"}]}
				""".formatted(PAGE_TYPE));

		assertOk(this.http.put("/document/" + id + "/publish", """
				{"publishSchedules": [{"culture": "en-us"}]}
				"""));

		JsonNode document = this.http.getJson("/document/" + id);
		assertThat(stateOf(document, "en-US")).isEqualTo("Published");
		assertThat(stateOf(document, "da-DK")).isEqualTo("Draft");
		JsonNode urls = this.http.getJson("/document/urls?id=" + id).get(0).get("urlInfos");
		assertThat(urls).hasSize(1);
		assertThat(urls.get(0).get("culture").asString()).isEqualTo("en-US");

		assertOk(this.http.put("/document/" + id + "/publish", """
				{"publishSchedules": [{"culture": "da-DK"}]}
				"""));
		assertOk(this.http.put("/document/" + id + "/unpublish", """
				{"cultures": ["en-US"]}
				"""));

		document = this.http.getJson("/document/" + id);
		assertThat(stateOf(document, "en-US")).isEqualTo("Draft");
		assertThat(stateOf(document, "da-DK")).isEqualTo("Published");
	}

	@Test
	void publishRejectsCulturesTheDocumentCannotHave() {
		UUID variant = this.http.create("/document", """
				{"documentType": {"id": "%s"}, "template": null, "values": [],
				 "variants": [{"culture": "en-US", "name": "Home"}]}
				""".formatted(PAGE_TYPE));
		UUID invariant = this.http.create("/document", invariantDocument("Plain", PAGE_TYPE));

		assertProblem(this.http.put("/document/" + variant + "/publish", """
				{"publishSchedules": [{"culture": null}]}
				"""), 400, "CannotPublishInvariantWhenVariant");
		assertProblem(this.http.put("/document/" + variant + "/publish", """
				{"publishSchedules": [{"culture": "fr-FR"}]}
				"""), 400, "InvalidCulture");
		assertProblem(this.http.put("/document/" + invariant + "/publish", """
				{"publishSchedules": [{"culture": "en-US"}]}
				"""), 400, "InvalidCulture");
		assertProblem(this.http.put("/document/" + variant + "/unpublish", "{}"), 400,
				"CannotPublishInvariantWhenVariant");
		assertProblem(this.http.put("/document/" + invariant + "/unpublish", """
				{"cultures": ["en-US"]}
				"""), 400, "CannotPublishVariantWhenNotVariant");
		assertProblem(this.http.put("/document/" + UUID.randomUUID() + "/publish", """
				{"publishSchedules": []}
				"""), 404, "ContentNotFound");
		assertValidationProblem(this.http.put("/document/" + variant + "/publish", "{}"), "InvalidRequest");
	}

	@Test
	void scheduledPublishingIsRecordedWithoutPublishing() {
		UUID id = this.http.create("/document", invariantDocument("Later", PAGE_TYPE));

		assertOk(this.http.put("/document/" + id + "/publish", """
				{"publishSchedules": [{"culture": null,
				  "schedule": {"publishTime": "2031-01-01T10:00:00+01:00", "unpublishTime": null}}]}
				"""));

		JsonNode variant = this.http.getJson("/document/" + id).get("variants").get(0);
		assertThat(variant.get("state").asString()).isEqualTo("Draft");
		assertThat(OffsetDateTime.parse(variant.get("scheduledPublishDate").asString()).toInstant())
			.isEqualTo(Instant.parse("2031-01-01T09:00:00Z"));
		assertThat(variant.get("scheduledUnpublishDate").isNull()).isTrue();
	}

	@Test
	void childOfUnpublishedParentCannotBePublished() {
		UUID parent = this.server.documents().add("Parent", PAGE_TYPE);
		UUID child = this.server.documents().add("Child Page", PAGE_TYPE, parent);

		assertProblem(this.http.put("/document/" + child + "/publish", """
				{"publishSchedules": [{"culture": null}]}
				"""), 400, "PathNotPublished");

		this.server.documents().publish(parent);
		assertOk(this.http.put("/document/" + child + "/publish", """
				{"publishSchedules": [{"culture": null}]}
				"""));
		assertThat(this.http.getJson("/document/urls?id=" + child).get(0).get("urlInfos").get(0).get("url").asString())
			.isEqualTo("/child-page/");
	}

	@Test
	void createRejectsInvalidBodiesWithValidationProblems() {
		assertValidationProblem(this.http.post("/document", """
				{"template": null, "values": [], "variants": [{"name": "No type"}]}
				"""), "InvalidRequest");
		assertValidationProblem(this.http.post("/document", """
				{"documentType": {"id": "%s"}, "values": [], "variants": [{"name": "No template property"}]}
				""".formatted(PAGE_TYPE)), "InvalidRequest");
		assertValidationProblem(this.http.post("/document", """
				{"documentType": {"id": "%s"}, "template": null, "values": [], "variants": []}
				""".formatted(PAGE_TYPE)), "InvalidRequest");
		assertValidationProblem(this.http.post("/document", """
				{"documentType": {"id": "%s"}, "template": null, "values": [], "variants": [{"name": ""}]}
				""".formatted(PAGE_TYPE)), "InvalidRequest");
		assertValidationProblem(this.http.post("/document", """
				{"documentType": {"id": "not-a-guid"}, "template": null, "values": [], "variants": [{"name": "x"}]}
				"""), "InvalidRequest");
		assertValidationProblem(this.http.post("/document", "{not json"), "InvalidRequest");
		assertProblem(this.http.post("/document", """
				{"documentType": {"id": "%s"}, "template": null, "values": [],
				 "variants": [{"culture": "en-US", "name": "a"}, {"culture": null, "name": "b"}]}
				""".formatted(PAGE_TYPE)), 400, "ContentTypeCultureVarianceMismatch");

		JsonNode problem = assertValidationProblem(this.http.post("/document", """
				{"documentType": {"id": "%s"}, "template": null, "values": [{"value": 1}], "variants": [{"name": "x"}]}
				""".formatted(PAGE_TYPE)), "InvalidRequest");
		assertThat(problem.get("errors").propertyNames()).contains("$.values[0].alias");
		assertThat(this.server.documents().count()).isZero();
	}

	@Test
	void createBelowUnknownParentIsParentNotFound() {
		assertProblem(this.http.post("/document", """
				{"parent": {"id": "%s"}, "documentType": {"id": "%s"}, "template": null, "values": [],
				 "variants": [{"name": "Orphan"}]}
				""".formatted(UUID.randomUUID(), PAGE_TYPE)), 404, "ParentNotFound");
	}

	@Test
	void unknownDocumentIsNotFoundForEveryOperation() {
		String unknown = "/document/" + UUID.randomUUID();

		assertProblem(this.http.get(unknown), 404, "NotFound");
		assertProblem(this.http.put(unknown, """
				{"template": null, "values": [], "variants": [{"name": "x"}]}
				"""), 404, "NotFound");
		assertProblem(this.http.delete(unknown), 404, "NotFound");
		assertProblem(this.http.put(unknown + "/unpublish", "{}"), 404, "ContentNotFound");
		assertProblem(this.http.send("PUT", unknown + "/move-to-recycle-bin", null), 404, "NotFound");
	}

	@Test
	void updateKeepsTheDocumentsVariance() {
		UUID id = this.http.create("/document", invariantDocument("Plain", PAGE_TYPE));

		assertProblem(this.http.put("/document/" + id, """
				{"values": [], "variants": [{"culture": "en-US", "name": "x"}]}
				"""), 400, "ContentTypeCultureVarianceMismatch");
	}

	@Test
	void treeRootChildrenAndAncestors() {
		UUID root = this.server.documents().add("Root", PAGE_TYPE);
		UUID other = this.server.documents().add("Other", PAGE_TYPE);
		UUID child = this.server.documents().add("Child", PAGE_TYPE, root);
		UUID grandchild = this.server.documents().add("Grandchild", PAGE_TYPE, child);

		JsonNode rootPage = this.http.getJson("/tree/document/root");
		assertThat(rootPage.get("total").asLong()).isEqualTo(2);
		JsonNode first = rootPage.get("items").get(0);
		assertThat(first.propertyNames()).containsAll(TREE_ITEM_REQUIRED);
		assertThat(first.get("id").asString()).isEqualTo(root.toString());
		assertThat(first.get("hasChildren").asBoolean()).isTrue();
		assertThat(first.get("parent").isNull()).isTrue();
		assertThat(first.get("variants").get(0).get("name").asString()).isEqualTo("Root");
		assertThat(first.get("variants").get(0).get("state").asString()).isEqualTo("Draft");
		assertThat(rootPage.get("items").get(1).get("id").asString()).isEqualTo(other.toString());
		assertThat(rootPage.get("items").get(1).get("hasChildren").asBoolean()).isFalse();

		JsonNode children = this.http.getJson("/tree/document/children?parentId=" + child);
		assertThat(children.get("total").asLong()).isEqualTo(1);
		JsonNode item = children.get("items").get(0);
		assertThat(item.get("id").asString()).isEqualTo(grandchild.toString());
		assertThat(item.get("parent").get("id").asString()).isEqualTo(child.toString());
		assertThat(item.get("ancestors").valueStream().map(ancestor -> ancestor.get("id").asString()))
			.containsExactly(root.toString(), child.toString());

		JsonNode ancestors = this.http.getJson("/tree/document/ancestors?descendantId=" + grandchild);
		assertThat(ancestors.valueStream().map(ancestor -> ancestor.get("id").asString()))
			.containsExactly(root.toString(), child.toString(), grandchild.toString());
		assertThat(this.http.getJson("/tree/document/ancestors?descendantId=" + UUID.randomUUID()).isEmpty()).isTrue();
		assertThat(this.http.getJson("/tree/document/children?parentId=" + UUID.randomUUID()).get("total").asLong())
			.isZero();
	}

	@Test
	void treeRootPagesWithSkipAndTake() {
		for (int i = 0; i < 5; i++) {
			this.server.documents().add("Page " + i, PAGE_TYPE);
		}

		JsonNode page = this.http.getJson("/tree/document/root?skip=1&take=3");

		assertThat(page.get("total").asLong()).isEqualTo(5);
		assertThat(page.get("items").valueStream().map(item -> item.get("variants").get(0).get("name").asString()))
			.containsExactly("Page 1", "Page 2", "Page 3");
		assertThat(this.http.get("/tree/document/root?take=lots").statusCode()).isEqualTo(400);
	}

	@Test
	void itemsForRepeatedIdsSkipUnknownOnes() {
		UUID first = this.server.documents().add("First", PAGE_TYPE);
		UUID second = this.server.documents().add("Second", PAGE_TYPE);

		JsonNode items = this.http.getJson("/item/document?id=" + second + "&id=" + UUID.randomUUID() + "&id=" + first);

		assertThat(items.valueStream().map(item -> item.get("id").asString())).containsExactly(second.toString(),
				first.toString());
		assertThat(items.get(0).propertyNames()).containsAll(ITEM_REQUIRED);
		assertThat(items.get(0).get("variants").get(0).get("name").asString()).isEqualTo("Second");
		assertThat(this.http.getJson("/item/document").isEmpty()).isTrue();
		assertThat(this.http.get("/item/document?id=nope").statusCode()).isEqualTo(400);
	}

	@Test
	void recycleBinTrashesUnpublishesRestoresAndDeletes() {
		UUID parent = this.server.documents().add("Parent", PAGE_TYPE);
		UUID child = this.server.documents().add("Child", PAGE_TYPE, parent);
		this.server.documents().publish(parent);

		assertOk(this.http.send("PUT", "/document/" + parent + "/move-to-recycle-bin", null));

		JsonNode trashed = this.http.getJson("/document/" + parent);
		assertThat(trashed.get("isTrashed").asBoolean()).isTrue();
		assertThat(trashed.get("variants").get(0).get("state").asString()).isEqualTo("Trashed");
		assertThat(this.http.getJson("/document/" + child).get("isTrashed").asBoolean()).isTrue();
		assertThat(this.http.getJson("/tree/document/root").get("total").asLong()).isZero();
		JsonNode bin = this.http.getJson("/recycle-bin/document/root");
		assertThat(bin.get("total").asLong()).isEqualTo(1);
		assertThat(bin.get("items").get(0).propertyNames()).containsAll(RECYCLE_BIN_ITEM_REQUIRED);
		assertThat(this.http.getJson("/recycle-bin/document/children?parentId=" + parent).get("total").asLong())
			.isEqualTo(1);
		assertProblem(this.http.send("PUT", "/document/" + parent + "/move-to-recycle-bin", null), 400, "InTrash");

		assertOk(this.http.put("/recycle-bin/document/" + parent + "/restore", "{\"target\": null}"));
		assertThat(this.http.getJson("/tree/document/root").get("total").asLong()).isEqualTo(1);
		assertThat(this.http.getJson("/document/" + child).get("isTrashed").asBoolean()).isFalse();
		assertProblem(this.http.delete("/recycle-bin/document/" + parent), 400, "NotInTrash");

		assertOk(this.http.send("PUT", "/document/" + parent + "/move-to-recycle-bin", null));
		assertOk(this.http.delete("/recycle-bin/document"));
		assertThat(this.server.documents().count()).isZero();
	}

	@Test
	void moveChangesTheParentButNotIntoItsOwnBranch() {
		UUID a = this.server.documents().add("A", PAGE_TYPE);
		UUID b = this.server.documents().add("B", PAGE_TYPE);
		UUID child = this.server.documents().add("Child", PAGE_TYPE, a);

		assertOk(this.http.put("/document/" + a + "/move", "{\"target\": {\"id\": \"" + b + "\"}}"));
		assertThat(this.http.getJson("/tree/document/ancestors?descendantId=" + child).size()).isEqualTo(3);

		assertProblem(this.http.put("/document/" + b + "/move", "{\"target\": {\"id\": \"" + child + "\"}}"), 400,
				"ParentInvalid");
		assertProblem(
				this.http.put("/document/" + b + "/move", "{\"target\": {\"id\": \"" + UUID.randomUUID() + "\"}}"), 404,
				"ParentNotFound");
		assertOk(this.http.put("/document/" + a + "/move", "{\"target\": null}"));
		assertThat(this.http.getJson("/tree/document/root").get("total").asLong()).isEqualTo(2);
	}

	@Test
	void seedingApiAndResetManageDocuments() {
		UUID id = this.server.documents().add("Seeded", PAGE_TYPE);
		this.server.documents().publish(id);

		assertThat(this.server.documents().count()).isEqualTo(1);
		assertThat(this.server.documents().has(id)).isTrue();
		JsonNode document = this.http.getJson("/document/" + id);
		assertThat(document.get("variants").get(0).get("state").asString()).isEqualTo("Published");
		assertThat(document.get("documentType").get("id").asString()).isEqualTo(PAGE_TYPE.toString());

		this.server.reset();

		assertThat(this.server.documents().count()).isZero();
		assertThat(this.server.documents().has(id)).isFalse();
	}

	@Test
	void documentsNeedAToken() {
		HttpResponse<String> response = new UmbracoHttp(this.server).get(API + "/tree/document/root", null);

		assertThat(response.statusCode()).isEqualTo(401);
	}

	/** An invariant create body for a document of the given type. */
	static String invariantDocument(String name, UUID documentTypeId) {
		return """
				{"documentType": {"id": "%s"}, "template": null, "values": [], "variants": [{"name": "%s"}]}
				""".formatted(documentTypeId, name);
	}

	private static String stateOf(JsonNode document, String culture) {
		return document.get("variants")
			.valueStream()
			.filter(variant -> culture.equals(variant.get("culture").asString()))
			.findFirst()
			.orElseThrow()
			.get("state")
			.asString();
	}

}
