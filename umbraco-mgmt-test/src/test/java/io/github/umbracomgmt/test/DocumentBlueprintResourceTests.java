package io.github.umbracomgmt.test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.DocumentResourceTests.DOCUMENT_TYPE_REQUIRED;
import static io.github.umbracomgmt.test.DocumentResourceTests.VALUE_REQUIRED;
import static io.github.umbracomgmt.test.DocumentResourceTests.VARIANT_REQUIRED;
import static io.github.umbracomgmt.test.UmbracoHttp.API;
import static io.github.umbracomgmt.test.UmbracoHttp.assertCreated;
import static io.github.umbracomgmt.test.UmbracoHttp.assertOk;
import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

class DocumentBlueprintResourceTests extends ServerTestSupport {

	/** The required properties of DocumentBlueprintResponseModel. */
	private static final List<String> BLUEPRINT_REQUIRED = List.of("documentType", "id", "values", "variants");

	/** The required properties of DocumentBlueprintTreeItemResponseModel. */
	private static final List<String> TREE_ITEM_REQUIRED = List.of("hasChildren", "id", "isFolder", "name");

	private static final UUID ARTICLE_TYPE = UUID.fromString("a1b2c3d4-0000-4000-8000-000000000003");

	@Test
	void createReadUpdateDelete() {
		HttpResponse<String> created = this.http.post("/document-blueprint",
				blueprint("Article template", "Draft text"));

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).isEmpty();
		String id = created.headers().firstValue("Umb-Generated-Resource").orElseThrow();
		assertThat(created.headers().firstValue("Location"))
			.hasValue(this.server.baseUrl() + API + "/document-blueprint/" + id);

		JsonNode blueprint = this.http.getJson("/document-blueprint/" + id);
		assertThat(blueprint.propertyNames()).containsAll(BLUEPRINT_REQUIRED);
		assertThat(blueprint.get("id").asString()).isEqualTo(id);
		assertThat(blueprint.get("documentType").propertyNames()).containsAll(DOCUMENT_TYPE_REQUIRED);
		assertThat(blueprint.get("documentType").get("id").asString()).isEqualTo(ARTICLE_TYPE.toString());
		assertThat(blueprint.get("variants").get(0).propertyNames()).containsAll(VARIANT_REQUIRED);
		assertThat(blueprint.get("variants").get(0).get("name").asString()).isEqualTo("Article template");
		assertThat(blueprint.get("variants").get(0).get("state").asString()).isEqualTo("Draft");
		assertThat(blueprint.get("values").get(0).propertyNames()).containsAll(VALUE_REQUIRED);
		assertThat(blueprint.get("values").get(0).get("value").asString()).isEqualTo("Draft text");

		assertOk(this.http.put("/document-blueprint/" + id, """
				{"values": [{"alias": "body", "value": "Better text"}], "variants": [{"name": "Article starter"}]}
				"""));
		blueprint = this.http.getJson("/document-blueprint/" + id);
		assertThat(blueprint.get("variants").get(0).get("name").asString()).isEqualTo("Article starter");
		assertThat(blueprint.get("values").get(0).get("value").asString()).isEqualTo("Better text");

		assertOk(this.http.delete("/document-blueprint/" + id));
		assertProblem(this.http.get("/document-blueprint/" + id), 404, "NotFound");
		assertThat(this.server.documents().blueprintCount()).isZero();
	}

	@Test
	void namesAreUniquePerDocumentTypeAndIdsAreUnique() {
		UUID id = UUID.randomUUID();
		this.http.create("/document-blueprint", """
				{"id": "%s", "documentType": {"id": "%s"}, "values": [], "variants": [{"name": "Same"}]}
				""".formatted(id, ARTICLE_TYPE));

		assertProblem(this.http.post("/document-blueprint", blueprint("Same", "x")), 400, "DuplicateName");
		assertProblem(this.http.post("/document-blueprint", """
				{"id": "%s", "documentType": {"id": "%s"}, "values": [], "variants": [{"name": "Other"}]}
				""".formatted(id, ARTICLE_TYPE)), 400, "DuplicateKey");
		this.http.create("/document-blueprint", """
				{"documentType": {"id": "%s"}, "values": [], "variants": [{"name": "Same"}]}
				""".formatted(UUID.randomUUID()));
		assertThat(this.server.documents().blueprintCount()).isEqualTo(2);
	}

	@Test
	void invalidBodiesAndUnknownIdsAreProblems() {
		assertValidationProblem(this.http.post("/document-blueprint", """
				{"values": [], "variants": [{"name": "No type"}]}
				"""), "InvalidRequest");
		assertValidationProblem(this.http.post("/document-blueprint", """
				{"documentType": {"id": "%s"}, "variants": [{"name": "No values"}]}
				""".formatted(ARTICLE_TYPE)), "InvalidRequest");
		assertProblem(this.http.post("/document-blueprint",
				"""
						{"parent": {"id": "%s"}, "documentType": {"id": "%s"}, "values": [], "variants": [{"name": "In folder"}]}
						"""
					.formatted(UUID.randomUUID(), ARTICLE_TYPE)),
				404, "ParentNotFound");
		String unknown = "/document-blueprint/" + UUID.randomUUID();
		assertProblem(this.http.put(unknown, "{\"values\": [], \"variants\": [{\"name\": \"x\"}]}"), 404, "NotFound");
		assertProblem(this.http.delete(unknown), 404, "NotFound");
		assertProblem(this.http.get(unknown + "/scaffold"), 404, "NotFound");
	}

	@Test
	void createFromDocumentCopiesItsValues() {
		UUID document = this.http.create("/document", """
				{"documentType": {"id": "%s"}, "template": null,
				 "values": [{"alias": "body", "value": "From the page"}], "variants": [{"name": "Some page"}]}
				""".formatted(ARTICLE_TYPE));

		UUID id = UUID.fromString(assertCreated(this.http.post("/document-blueprint/from-document", """
				{"document": {"id": "%s"}, "name": "Page starter"}
				""".formatted(document)), "/document-blueprint"));

		JsonNode blueprint = this.http.getJson("/document-blueprint/" + id);
		assertThat(blueprint.get("variants").get(0).get("name").asString()).isEqualTo("Page starter");
		assertThat(blueprint.get("values").get(0).get("value").asString()).isEqualTo("From the page");
		assertThat(blueprint.get("documentType").get("id").asString()).isEqualTo(ARTICLE_TYPE.toString());
		assertProblem(this.http.post("/document-blueprint/from-document", """
				{"document": {"id": "%s"}, "name": "Nothing"}
				""".formatted(UUID.randomUUID())), 404, "NotFound");
	}

	@Test
	void scaffoldHasTheBlueprintsContentUnderAFreshId() {
		UUID id = this.http.create("/document-blueprint", blueprint("Scaffold me", "Start here"));

		JsonNode scaffold = this.http.getJson("/document-blueprint/" + id + "/scaffold");

		assertThat(scaffold.propertyNames()).containsAll(BLUEPRINT_REQUIRED);
		assertThat(scaffold.get("id").asString()).isNotEqualTo(id.toString());
		assertThat(scaffold.get("values").get(0).get("value").asString()).isEqualTo("Start here");
	}

	@Test
	void itemsAndTreeRootPage() {
		UUID first = this.http.create("/document-blueprint", blueprint("One", "1"));
		UUID second = this.http.create("/document-blueprint", blueprint("Two", "2"));
		this.http.create("/document-blueprint", blueprint("Three", "3"));

		JsonNode items = this.http.getJson("/item/document-blueprint?id=" + second + "&id=" + first);
		assertThat(items.valueStream().map(item -> item.get("name").asString())).containsExactly("Two", "One");
		assertThat(items.get(0).propertyNames()).contains("id", "name", "documentType");

		JsonNode page = this.http.getJson("/tree/document-blueprint/root?skip=1&take=1");
		assertThat(page.get("total").asLong()).isEqualTo(3);
		JsonNode item = page.get("items").get(0);
		assertThat(item.propertyNames()).containsAll(TREE_ITEM_REQUIRED);
		assertThat(item.get("name").asString()).isEqualTo("Two");
		assertThat(item.get("isFolder").asBoolean()).isFalse();
		assertThat(this.http.getJson("/tree/document-blueprint/root?foldersOnly=true").get("total").asLong()).isZero();
	}

	private static String blueprint(String name, String body) {
		return """
				{"documentType": {"id": "%s"}, "values": [{"alias": "body", "value": "%s"}], "variants": [{"name": "%s"}]}
				"""
			.formatted(ARTICLE_TYPE, body, name);
	}

}
