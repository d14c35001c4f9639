package io.github.umbracomgmt.test;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.assertCreated;
import static io.github.umbracomgmt.test.UmbracoHttp.assertOk;
import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.assertValidationProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.ids;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Document operations Umbraco 18 added: create-and-publish, update-and-publish, patch
 * and sort-children.
 */
class DocumentUmbraco18Tests extends ServerTestSupport {

	private static final UUID PAGE_TYPE = UUID.fromString("a1b2c3d4-0000-4000-8000-000000000018");

	@Test
	void createAndPublishCreatesAPublishedDocument() {
		HttpResponse<String> created = this.http.post("/document/create-and-publish", """
				{"documentType": {"id": "%s"}, "template": null, "culturesToPublish": [],
				 "values": [{"alias": "title", "value": "Hi"}], "variants": [{"name": "Home"}]}
				""".formatted(PAGE_TYPE));

		String id = assertCreated(created, "/document");
		JsonNode variant = this.http.getJson("/document/" + id).get("variants").get(0);
		assertThat(variant.get("state").asString()).isEqualTo("Published");
		assertThat(this.http.getJson("/document/" + id + "/published").get("values").get(0).get("value").asString())
			.isEqualTo("Hi");
	}

	@Test
	void createAndPublishBelowAnUnpublishedParentCreatesNothing() {
		UUID parent = this.server.documents().add("Parent", PAGE_TYPE);

		assertProblem(this.http.post("/document/create-and-publish", """
				{"documentType": {"id": "%s"}, "template": null, "parent": {"id": "%s"}, "culturesToPublish": [],
				 "values": [], "variants": [{"name": "Child"}]}
				""".formatted(PAGE_TYPE, parent)), 400, "PathNotPublished");
		assertValidationProblem(this.http.post("/document/create-and-publish", """
				{"documentType": {"id": "%s"}, "template": null, "values": [], "variants": [{"name": "No cultures"}]}
				""".formatted(PAGE_TYPE)), "InvalidRequest");

		assertThat(this.server.documents().count()).isEqualTo(1);
	}

	@Test
	void updateAndPublishSavesThenPublishesTheNamedCultures() {
		UUID id = this.server.documents().add("Draft", PAGE_TYPE);

		assertOk(this.http.put("/document/" + id + "/update-and-publish", """
				{"template": null, "culturesToPublish": ["*"], "values": [], "variants": [{"name": "Live"}]}
				"""));

		JsonNode variant = this.http.getJson("/document/" + id).get("variants").get(0);
		assertThat(variant.get("name").asString()).isEqualTo("Live");
		assertThat(variant.get("state").asString()).isEqualTo("Published");
		assertProblem(this.http.put("/document/" + id + "/update-and-publish", """
				{"culturesToPublish": ["da-DK"], "values": [], "variants": [{"name": "Live 2"}]}
				"""), 400, "InvalidCulture");
	}

	@Test
	void patchReplacesAddsAndRemovesThroughFilters() {
		UUID id = UUID.fromString(assertCreated(this.http.post("/document", """
				{"documentType": {"id": "%s"}, "template": null,
				 "values": [{"alias": "title", "culture": null, "segment": null, "value": "Old"},
				            {"alias": "blocks", "value": {"items": [{"text": "first"}, {"text": "second"}]}},
				            {"alias": "obsolete", "value": "x"}],
				 "variants": [{"culture": null, "segment": null, "name": "Page"}]}
				""".formatted(PAGE_TYPE)), "/document"));

		assertOk(this.http.patch("/document/" + id + "/patch", """
				{"operations": [
				  {"op": "replace", "path": "/values[alias=title,culture=null,segment=null]/value", "value": "New"},
				  {"op": "replace", "path": "/variants[culture=null,segment=null]/name", "value": "Renamed"},
				  {"op": "replace", "path": "/values[alias=blocks]/value/items/1/text", "value": "changed"},
				  {"op": "add", "path": "/values[alias=blocks]/value/items/-", "value": {"text": "third"}},
				  {"op": "add", "path": "/values/-", "value": {"alias": "subtitle", "value": "Added"}},
				  {"op": "remove", "path": "/values[alias=obsolete]"}
				]}
				"""));

		JsonNode document = this.http.getJson("/document/" + id);
		assertThat(valueOf(document, "title").asString()).isEqualTo("New");
		assertThat(valueOf(document, "subtitle").asString()).isEqualTo("Added");
		assertThat(valueOf(document, "blocks").get("items").valueStream().map(item -> item.get("text").asString()))
			.containsExactly("first", "changed", "third");
		assertThat(document.get("values").valueStream().map(value -> value.get("alias").asString()))
			.doesNotContain("obsolete");
		assertThat(document.get("variants").get(0).get("name").asString()).isEqualTo("Renamed");
		assertThat(this.http.getJson("/document-version?documentId=" + id).get("total").asLong()).isEqualTo(2);
	}

	@Test
	void aFailingPatchChangesNothing() {
		UUID id = this.server.documents().add("Page", PAGE_TYPE);

		assertProblem(this.http.patch("/document/" + id + "/patch", """
				{"operations": [
				  {"op": "replace", "path": "/variants[culture=null]/name", "value": "Renamed"},
				  {"op": "replace", "path": "/values[alias=missing]/value", "value": "x"}
				]}
				"""), 400, "PathNotFound");
		assertProblem(this.http.patch("/document/" + id + "/patch", """
				{"operations": [{"op": "replace", "path": "values", "value": "x"}]}
				"""), 400, "InvalidPath");
		assertValidationProblem(this.http.patch("/document/" + id + "/patch", """
				{"operations": [{"op": "move", "path": "/values"}]}
				"""), "InvalidRequest");
		assertValidationProblem(this.http.patch("/document/" + id + "/patch", """
				{"operations": [{"op": "replace", "path": "/variants[culture=null]/name"}]}
				"""), "InvalidRequest");
		assertValidationProblem(this.http.patch("/document/" + id + "/patch", "{\"operations\": []}"),
				"InvalidRequest");
		assertProblem(this.http.patch("/document/" + UUID.randomUUID() + "/patch", """
				{"operations": [{"op": "remove", "path": "/template"}]}
				"""), 404, "NotFound");

		assertThat(this.http.getJson("/document/" + id).get("variants").get(0).get("name").asString())
			.isEqualTo("Page");
	}

	@Test
	void sortChildrenOrdersALevelByAField() {
		UUID parent = this.server.documents().add("Parent", PAGE_TYPE);
		UUID beta = this.server.documents().add("Beta", PAGE_TYPE, parent);
		UUID alpha = this.server.documents().add("alpha", PAGE_TYPE, parent);
		UUID gamma = this.server.documents().add("Gamma", PAGE_TYPE, parent);

		assertOk(this.http.put("/document/" + parent + "/sort-children", """
				{"field": "Name", "direction": "Descending"}
				"""));
		assertThat(ids(this.http.getJson("/tree/document/children?parentId=" + parent)))
			.containsExactly(gamma.toString(), beta.toString(), alpha.toString());

		assertOk(this.http.put("/document/" + parent + "/sort-children", """
				{"field": "Name", "direction": "Ascending", "culture": null}
				"""));
		assertThat(ids(this.http.getJson("/tree/document/children?parentId=" + parent)))
			.containsExactly(alpha.toString(), beta.toString(), gamma.toString());

		UUID root = this.server.documents().add("Another root", PAGE_TYPE);
		assertOk(this.http.put("/document/root/sort-children", """
				{"field": "Name", "direction": "Ascending"}
				"""));
		assertThat(ids(this.http.getJson("/tree/document/root"))).containsExactly(root.toString(), parent.toString());
		assertValidationProblem(this.http.put("/document/root/sort-children", """
				{"field": "Popularity", "direction": "Ascending"}
				"""), "InvalidRequest");
		assertProblem(this.http.put("/document/" + UUID.randomUUID() + "/sort-children", """
				{"field": "Name", "direction": "Ascending"}
				"""), 404, "NotFound");
	}

	@Test
	void aServerOf17Lacks18sDocumentOperations() {
		this.server.setVersion("17.3");

		HttpResponse<String> response = this.http.post("/document/create-and-publish", "{}");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).isEmpty();
		assertThat(this.http.patch("/document/" + UUID.randomUUID() + "/patch", "{}").statusCode()).isEqualTo(404);
	}

	private static JsonNode valueOf(JsonNode document, String alias) {
		return document.get("values")
			.valueStream()
			.filter(value -> value.get("alias").asString().equals(alias))
			.findFirst()
			.orElseThrow()
			.get("value");
	}

}
