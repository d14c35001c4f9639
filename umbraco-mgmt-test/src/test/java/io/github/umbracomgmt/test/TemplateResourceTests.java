package io.github.umbracomgmt.test;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.assertOk;
import static io.github.umbracomgmt.test.UmbracoHttp.assertOnly;
import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.assertRequired;
import static io.github.umbracomgmt.test.UmbracoHttp.texts;
import static org.assertj.core.api.Assertions.assertThat;

class TemplateResourceTests extends ServerTestSupport {

	/** Every property of TemplateResponseModel; alias, id and name are required. */
	private static final List<String> DECLARED = List.of("name", "alias", "content", "id", "masterTemplate");

	@Test
	void createReadUpdateDelete() {
		UUID id = this.http.create("/template",
				"{\"name\": \"Home\", \"alias\": \"home\", \"content\": \"<h1>Hi</h1>\"}");

		JsonNode template = this.http.getJson("/template/" + id);
		assertRequired(template, List.of("alias", "id", "name"));
		assertOnly(template, DECLARED);
		assertThat(template.get("content").asString()).isEqualTo("<h1>Hi</h1>");
		assertThat(template.get("masterTemplate").isNull()).isTrue();

		assertOk(
				this.http.put("/template/" + id, "{\"name\": \"Start\", \"alias\": \"start\", \"content\": \"<p/>\"}"));
		JsonNode updated = this.http.getJson("/template/" + id);
		assertThat(updated.get("alias").asString()).isEqualTo("start");
		assertThat(this.server.settings().templateContent(id)).hasValue("<p/>");

		assertOk(this.http.delete("/template/" + id));
		assertProblem(this.http.get("/template/" + id), 404, "TemplateNotFound");
		assertProblem(this.http.delete("/template/" + id), 404, "TemplateNotFound");
	}

	@Test
	void defaultContentAndCallerChosenId() {
		UUID chosen = UUID.fromString("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee");
		String body = "{\"id\": \"" + chosen + "\", \"name\": \"Page\", \"alias\": \"page\"}";

		assertThat(this.http.create("/template", body)).isEqualTo(chosen);
		assertThat(this.http.getJson("/template/" + chosen).get("content").asString()).contains("Layout = null;");
		assertProblem(this.http.post("/template", body.replace("\"page\"", "\"other\"")), 409, "DuplicateKey");
	}

	@Test
	void layoutNestsTemplatesInTheTree() {
		UUID master = this.server.settings().addTemplate("master", "Master");
		UUID child = this.http.create("/template",
				"{\"name\": \"Child\", \"alias\": \"child\", \"content\": \"@{ Layout = \\\"master.cshtml\\\"; }\"}");

		assertThat(this.http.getJson("/template/" + child).get("masterTemplate").get("id").asString())
			.isEqualTo(master.toString());
		JsonNode root = this.http.getJson("/tree/template/root");
		assertThat(texts(root.get("items"), "id")).containsExactly(master.toString());
		assertThat(root.get("items").get(0).get("hasChildren").asBoolean()).isTrue();
		assertThat(texts(this.http.getJson("/tree/template/children?parentId=" + master).get("items"), "id"))
			.containsExactly(child.toString());
		assertThat(texts(this.http.getJson("/tree/template/ancestors?descendantId=" + child), "id"))
			.containsExactly(master.toString(), child.toString());
		assertProblem(this.http.delete("/template/" + master), 400, "LayoutTemplateCannotBeDeleted");
		assertProblem(
				this.http.post("/template",
						"{\"name\": \"X\", \"alias\": \"x\", \"content\": \"@{ Layout = \\\"nope.cshtml\\\"; }\"}"),
				400, "LayoutTemplateNotFound");
	}

	@Test
	void rejectsDuplicateAndMissingAlias() {
		this.server.settings().addTemplate("home", "Home");

		assertProblem(this.http.post("/template", "{\"name\": \"Home 2\", \"alias\": \"Home\"}"), 400,
				"DuplicateAlias");
		assertProblem(this.http.post("/template", "{\"name\": \"Home 2\"}"), 400, "InvalidAlias");
		assertProblem(this.http.put("/template/" + UUID.randomUUID(), "{\"name\": \"A\", \"alias\": \"a\"}"), 404,
				"TemplateNotFound");
	}

	@Test
	void itemsSearchPagingAndConfiguration() {
		UUID a = this.server.settings().addTemplate("alpha", "Alpha");
		UUID b = this.server.settings().addTemplate("beta", "Beta");
		this.server.settings().addTemplate("gamma", "Gamma");

		assertThat(texts(this.http.getJson("/item/template?id=" + b + "&id=" + a), "alias")).containsExactly("beta",
				"alpha");
		JsonNode page = this.http.getJson("/tree/template/root?skip=1&take=1");
		assertThat(page.get("total").asLong()).isEqualTo(3);
		assertThat(texts(page.get("items"), "name")).containsExactly("Beta");
		assertThat(this.http.getJson("/item/template/search?query=MM").get("total").asLong()).isEqualTo(1);
		assertThat(this.http.getJson("/template/configuration").get("disabled").asBoolean()).isFalse();
	}

	@Test
	void deletingATemplateRemovesItFromDocumentTypes() {
		UUID template = this.server.settings().addTemplate("page", "Page");
		UUID type = this.server.settings().addDocumentType("page", "Page");
		JsonNode definition = this.http.getJson("/document-type/" + type);
		String body = definition.toString()
			.replace("\"allowedTemplates\":[]", "\"allowedTemplates\":[{\"id\":\"" + template + "\"}]");
		assertOk(this.http.put("/document-type/" + type, body));
		assertThat(this.http.getJson("/document-type/" + type).get("allowedTemplates").size()).isEqualTo(1);

		assertOk(this.http.delete("/template/" + template));

		assertThat(this.http.getJson("/document-type/" + type).get("allowedTemplates").isEmpty()).isTrue();
	}

}
