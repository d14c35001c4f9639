package io.github.umbracomgmt.test;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.assertOk;
import static io.github.umbracomgmt.test.UmbracoHttp.assertOnly;
import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.assertRequired;
import static io.github.umbracomgmt.test.UmbracoHttp.texts;
import static org.assertj.core.api.Assertions.assertThat;

class LanguageResourceTests extends ServerTestSupport {

	/** Required properties of LanguageResponseModel. */
	private static final List<String> REQUIRED = List.of("isDefault", "isMandatory", "isoCode", "name");

	private static final List<String> DECLARED = List.of("name", "isDefault", "isMandatory", "fallbackIsoCode",
			"isoCode");

	@Test
	void enUsIsTheDefaultLanguage() {
		JsonNode page = this.http.getJson("/language");

		assertThat(page.get("total").asLong()).isEqualTo(1);
		JsonNode english = page.get("items").get(0);
		assertRequired(english, REQUIRED);
		assertOnly(english, DECLARED);
		assertThat(english.get("isoCode").asString()).isEqualTo("en-US");
		assertThat(english.get("isDefault").asBoolean()).isTrue();
		assertThat(english.get("fallbackIsoCode").isNull()).isTrue();
		assertThat(this.http.getJson("/item/language/default").get("isoCode").asString()).isEqualTo("en-US");
		assertThat(this.server.settings().defaultLanguageIsoCode()).isEqualTo("en-US");
	}

	@Test
	void createReadUpdateDelete() {
		HttpResponse<String> created = this.http.post("/language",
				"{\"name\": \"Danish\", \"isDefault\": false, \"isMandatory\": true, \"fallbackIsoCode\": \"en-US\","
						+ " \"isoCode\": \"da-dk\"}");
		assertThat(UmbracoHttp.assertCreated(created, "/language")).isEqualTo("da-DK");

		JsonNode danish = this.http.getJson("/language/da-DK");
		assertRequired(danish, REQUIRED);
		assertThat(danish.get("isMandatory").asBoolean()).isTrue();
		assertThat(danish.get("fallbackIsoCode").asString()).isEqualTo("en-US");

		assertOk(this.http.put("/language/da-DK",
				"{\"name\": \"Dansk\", \"isDefault\": true, \"isMandatory\": false, \"fallbackIsoCode\": null}"));
		assertThat(this.http.getJson("/language/da-dk").get("name").asString()).isEqualTo("Dansk");
		assertThat(this.http.getJson("/language/en-US").get("isDefault").asBoolean()).isFalse();
		assertThat(this.server.settings().defaultLanguageIsoCode()).isEqualTo("da-DK");

		assertProblem(this.http.delete("/language/da-DK"), 400, "MissingDefault");
		assertOk(this.http.put("/language/en-US",
				"{\"name\": \"English\", \"isDefault\": true, \"isMandatory\": false}"));
		assertOk(this.http.delete("/language/da-DK"));
		assertProblem(this.http.get("/language/da-DK"), 404, "NotFound");
		assertThat(this.server.settings().languageIsoCodes()).containsExactly("en-US");
	}

	@Test
	void rejectsUnknownCulturesDuplicatesAndBadFallbacks() {
		assertProblem(
				this.http.post("/language",
						"{\"name\": \"X\", \"isDefault\": false, \"isMandatory\": false, \"isoCode\": \"xx-YY\"}"),
				400, "InvalidIsoCode");
		assertProblem(
				this.http.post("/language",
						"{\"name\": \"E\", \"isDefault\": false, \"isMandatory\": false, \"isoCode\": \"en-US\"}"),
				400, "DuplicateIsoCode");
		assertProblem(
				this.http
					.post("/language",
							"{\"name\": \"D\", \"isDefault\": false, \"isMandatory\": false,"
									+ " \"isoCode\": \"de-DE\", \"fallbackIsoCode\": \"fr-FR\"}"),
				400, "InvalidFallback");
		assertProblem(this.http.post("/language", "{\"name\": \"D\", \"isoCode\": \"de-DE\"}"), 400, "InvalidIsoCode");
		assertProblem(
				this.http.put("/language/en-US",
						"{\"name\": \"English\", \"isDefault\": false, \"isMandatory\": false}"),
				400, "MissingDefault");
		assertProblem(this.http.put("/language/sv-SE",
				"{\"name\": \"Swedish\", \"isDefault\": false, \"isMandatory\": false}"), 404, "NotFound");

		this.server.settings().addLanguage("de-DE", "German");
		this.server.settings().addLanguage("fr-FR", "French");
		assertOk(this.http.put("/language/de-DE", "{\"name\": \"German\", \"isDefault\": false,"
				+ " \"isMandatory\": false, \"fallbackIsoCode\": \"fr-FR\"}"));
		assertProblem(this.http.put("/language/fr-FR",
				"{\"name\": \"French\", \"isDefault\": false, \"isMandatory\": false, \"fallbackIsoCode\": \"de-DE\"}"),
				400, "InvalidFallback");
	}

	@Test
	void pagesAndItems() {
		this.server.settings().addLanguage("da-DK", "Danish");
		this.server.settings().addLanguage("de-DE", "German");

		JsonNode page = this.http.getJson("/language?skip=1&take=1");
		assertThat(page.get("total").asLong()).isEqualTo(3);
		assertThat(texts(page.get("items"), "isoCode")).containsExactly("da-DK");
		assertThat(texts(this.http.getJson("/item/language?isoCode=de-DE&isoCode=nl-NL&isoCode=en-US"), "isoCode"))
			.containsExactly("de-DE", "en-US");
	}

	@Test
	void culturesAreListedByEnglishName() {
		JsonNode page = this.http.getJson("/culture?take=1000");

		assertThat(page.get("total").asLong()).isGreaterThan(100);
		List<String> names = texts(page.get("items"), "englishName");
		assertThat(names).isSorted();
		assertThat(page.get("items")
			.valueStream()
			.filter(culture -> culture.get("name").asString().equals("en-US"))
			.map(culture -> culture.get("englishName").asString())).containsExactly("English (United States)");
		JsonNode first = this.http.getJson("/culture?take=2");
		assertThat(first.get("items").size()).isEqualTo(2);
		assertRequired(first.get("items").get(0), List.of("englishName", "name"));
	}

}
