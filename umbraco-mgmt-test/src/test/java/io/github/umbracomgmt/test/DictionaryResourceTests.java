package io.github.umbracomgmt.test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.assertOk;
import static io.github.umbracomgmt.test.UmbracoHttp.assertOnly;
import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.assertRequired;
import static io.github.umbracomgmt.test.UmbracoHttp.texts;
import static org.assertj.core.api.Assertions.assertThat;

class DictionaryResourceTests extends ServerTestSupport {

	private static final List<String> ITEM_REQUIRED = List.of("id", "name", "translations");

	private static final List<String> OVERVIEW_REQUIRED = List.of("id", "translatedIsoCodes");

	@BeforeEach
	void seed() {
		this.server.settings().addLanguage("da-DK", "Danish");
	}

	@Test
	void createReadUpdateDelete() {
		UUID id = this.http.create("/dictionary", """
				{"name": "greeting", "translations": [
				  {"isoCode": "en-US", "translation": "Hello"}, {"isoCode": "da-dk", "translation": "Hej"},
				  {"isoCode": "fr-FR", "translation": "Bonjour"}]}""");

		JsonNode item = this.http.getJson("/dictionary/" + id);
		assertRequired(item, ITEM_REQUIRED);
		assertOnly(item, ITEM_REQUIRED);
		assertThat(texts(item.get("translations"), "isoCode")).containsExactly("en-US", "da-DK");
		assertThat(this.server.settings().dictionaryTranslation(id, "da-DK")).hasValue("Hej");

		assertOk(this.http.put("/dictionary/" + id,
				"{\"name\": \"welcome\", \"translations\": [{\"isoCode\": \"en-US\", \"translation\": \"Welcome\"}]}"));
		JsonNode updated = this.http.getJson("/dictionary/" + id);
		assertThat(updated.get("name").asString()).isEqualTo("welcome");
		assertThat(texts(updated.get("translations"), "translation")).containsExactly("Welcome");

		assertOk(this.http.delete("/dictionary/" + id));
		assertProblem(this.http.get("/dictionary/" + id), 404, "ItemNotFound");
		assertProblem(this.http.delete("/dictionary/" + id), 404, "ItemNotFound");
		assertProblem(this.http.put("/dictionary/" + id, "{\"name\": \"x\", \"translations\": []}"), 404,
				"ItemNotFound");
	}

	@Test
	void rejectsDuplicatesAndBadReferences() {
		UUID id = this.server.settings().addDictionaryItem("greeting", Map.of("en-US", "Hello"));

		assertProblem(this.http.post("/dictionary", "{\"name\": \"Greeting\", \"translations\": []}"), 409,
				"DuplicateItemKey");
		assertProblem(
				this.http.post("/dictionary", "{\"id\": \"" + id + "\", \"name\": \"other\", \"translations\": []}"),
				409, "DuplicateKey");
		String orphan = "{\"name\": \"child\", \"translations\": [], \"parent\": {\"id\": \"" + UUID.randomUUID()
				+ "\"}}";
		assertProblem(this.http.post("/dictionary", orphan), 400, "ParentNotFound");
		JsonNode problem = assertProblem(this.http.post("/dictionary", "{\"name\": \"child\"}"), 400, "InvalidId");
		assertThat(problem.get("errors").has("$.translations")).isTrue();
	}

	@Test
	void overviewFiltersByNamePrefixAndPages() {
		this.server.settings().addDictionaryItem("button.save", Map.of("en-US", "Save", "da-DK", ""));
		this.server.settings().addDictionaryItem("button.cancel", Map.of("en-US", "Cancel"));
		this.server.settings().addDictionaryItem("label.name", Map.of());

		JsonNode all = this.http.getJson("/dictionary");
		assertThat(all.get("total").asLong()).isEqualTo(3);
		assertThat(texts(all.get("items"), "name")).containsExactly("button.cancel", "button.save", "label.name");
		JsonNode save = all.get("items").get(1);
		assertRequired(save, OVERVIEW_REQUIRED);
		assertThat(save.get("translatedIsoCodes").valueStream().map(JsonNode::asString)).containsExactly("en-US");

		JsonNode filtered = this.http.getJson("/dictionary?filter=BUTTON&skip=1&take=5");
		assertThat(filtered.get("total").asLong()).isEqualTo(2);
		assertThat(texts(filtered.get("items"), "name")).containsExactly("button.save");
	}

	@Test
	void treeMoveAndCascadingDelete() {
		UUID parent = this.server.settings().addDictionaryItem("parent", Map.of());
		UUID child = this.http.create("/dictionary",
				"{\"name\": \"child\", \"translations\": [], \"parent\": {\"id\": \"" + parent + "\"}}");

		JsonNode root = this.http.getJson("/tree/dictionary/root");
		assertThat(texts(root.get("items"), "id")).containsExactly(parent.toString());
		assertThat(root.get("items").get(0).get("hasChildren").asBoolean()).isTrue();
		assertThat(texts(this.http.getJson("/tree/dictionary/children?parentId=" + parent).get("items"), "id"))
			.containsExactly(child.toString());
		assertThat(texts(this.http.getJson("/tree/dictionary/ancestors?descendantId=" + child), "id"))
			.containsExactly(parent.toString(), child.toString());
		assertThat(texts(this.http.getJson("/item/dictionary?id=" + child), "name")).containsExactly("child");

		assertProblem(this.http.put("/dictionary/" + parent + "/move", "{\"target\": {\"id\": \"" + child + "\"}}"),
				400, "InvalidParent");
		assertOk(this.http.put("/dictionary/" + child + "/move", "{\"target\": null}"));
		assertThat(this.http.getJson("/tree/dictionary/root").get("total").asLong()).isEqualTo(2);
		assertOk(this.http.put("/dictionary/" + child + "/move", "{\"target\": {\"id\": \"" + parent + "\"}}"));

		assertOk(this.http.delete("/dictionary/" + parent));
		assertProblem(this.http.get("/dictionary/" + child), 404, "ItemNotFound");
	}

}
