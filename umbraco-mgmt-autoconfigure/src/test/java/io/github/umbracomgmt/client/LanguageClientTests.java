package io.github.umbracomgmt.client;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.CreateLanguageRequest;
import io.github.umbracomgmt.client.model.LanguageItemResponse;
import io.github.umbracomgmt.client.model.LanguageResponse;
import io.github.umbracomgmt.client.model.UpdateLanguageRequest;
import io.github.umbracomgmt.error.UmbracoBadRequestException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The language operations, which name a language by its ISO code rather than an id. Each
 * test adds its own culture and removes it afterwards, since languages are shared by
 * every test that uses the fake.
 */
class LanguageClientTests extends ClientTestSupport {

	private static final String API = "/umbraco/management/api/v1";

	@Autowired
	private UmbracoLanguageClient languages;

	private final List<String> added = new ArrayList<>();

	@AfterEach
	void removeAddedLanguages() {
		for (String isoCode : this.added) {
			if (this.umbraco.settings().languageIsoCodes().contains(isoCode)) {
				this.languages.deleteLanguageByIsoCode(isoCode).block();
			}
		}
	}

	@Test
	void createLanguageNamesTheNewLanguageByItsIsoCode() {
		Created created = this.languages
			.createLanguage(new CreateLanguageRequest("German (Austria)", false, false, null, "de-AT"))
			.block();
		this.added.add("de-AT");
		assertThat(created.resource()).isEqualTo("de-AT");
		assertThat(created.location().toString()).endsWith("/language/de-AT");
		assertThat(this.umbraco.settings().languageIsoCodes()).contains("de-AT");
	}

	@Test
	void addsReadsUpdatesAndDeletesALanguageByItsIsoCode() {
		var response = this.languages
			.postLanguage(new CreateLanguageRequest("French (Canada)", false, false, null, "fr-CA"))
			.block();
		this.added.add("fr-CA");
		assertThat(response.getStatusCode().value()).isEqualTo(201);
		assertThat(response.getHeaders().getFirst(Created.GENERATED_RESOURCE_HEADER)).isEqualTo("fr-CA");
		assertThat(response.getHeaders().getLocation().toString()).endsWith("/language/fr-CA");
		assertThat(Created.notifications(response)).isNotEmpty();
		assertThat(this.umbraco.settings().languageIsoCodes()).contains("fr-CA");

		assertThat(this.languages.getLanguageByIsoCode("fr-CA").block())
			.isEqualTo(new LanguageResponse("French (Canada)", false, false, null, "fr-CA"));

		String fallback = this.umbraco.settings().defaultLanguageIsoCode();
		var updated = this.languages
			.putLanguageByIsoCode("fr-CA", new UpdateLanguageRequest("Français (Canada)", false, true, fallback))
			.block();
		assertThat(updated.getStatusCode().value()).isEqualTo(200);
		assertThat(Created.notifications(updated)).isNotEmpty();
		assertThat(this.languages.getLanguageByIsoCode("fr-CA").block())
			.isEqualTo(new LanguageResponse("Français (Canada)", false, true, fallback, "fr-CA"));

		var deleted = this.languages.deleteLanguageByIsoCode("fr-CA").block();
		assertThat(deleted.getStatusCode().value()).isEqualTo(200);
		assertThat(this.umbraco.settings().languageIsoCodes()).doesNotContain("fr-CA");
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.languages.getLanguageByIsoCode("fr-CA").block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("NotFound");
				assertThat(ex.getProblemDetails().status()).isEqualTo(404);
			});
	}

	@Test
	void readsALanguageWhateverTheCaseOfItsIsoCode() {
		this.umbraco.settings().addLanguage("de-CH", "German (Switzerland)");
		this.added.add("de-CH");
		assertThat(this.languages.getLanguageByIsoCode("DE-ch").block().isoCode()).isEqualTo("de-CH");
	}

	@Test
	void storesTheCanonicalSpellingOfTheIsoCode() {
		this.languages.postLanguage(new CreateLanguageRequest("Dutch (Belgium)", false, false, null, "NL-be")).block();
		this.added.add("nl-BE");
		assertThat(this.umbraco.settings().languageIsoCodes()).contains("nl-BE");
	}

	@Test
	void reportsAnIsoCodeThatNamesNoCulture() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.languages
				.postLanguage(new CreateLanguageRequest("Klingon", false, false, null, "tlh-QO"))
				.block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("InvalidIsoCode");
				assertThat(ex.getProblemDetails().detail()).contains("tlh-QO");
			});
	}

	@Test
	void reportsALanguageThatExistsAlready() {
		this.umbraco.settings().addLanguage("it-CH", "Italian (Switzerland)");
		this.added.add("it-CH");
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.languages
				.postLanguage(new CreateLanguageRequest("Italian again", false, false, null, "it-CH"))
				.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("DuplicateIsoCode"));
	}

	@Test
	void reportsAFallbackToAnUnknownLanguage() {
		this.umbraco.settings().addLanguage("es-MX", "Spanish (Mexico)");
		this.added.add("es-MX");
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.languages
				.putLanguageByIsoCode("es-MX", new UpdateLanguageRequest("Spanish (Mexico)", false, false, "es-AR"))
				.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("InvalidFallback"));
	}

	@Test
	void refusesToDeleteTheDefaultLanguage() {
		String defaultIsoCode = this.umbraco.settings().defaultLanguageIsoCode();
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.languages.deleteLanguageByIsoCode(defaultIsoCode).block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("MissingDefault"));
		assertThat(this.umbraco.settings().languageIsoCodes()).contains(defaultIsoCode);
	}

	@Test
	void reportsAnUpdateOfAMissingLanguage() {
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.languages
				.putLanguageByIsoCode("pt-PT", new UpdateLanguageRequest("Portuguese", false, false, null))
				.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("NotFound"));
	}

	@Test
	void walksTheLanguagesLazilyPageByPage() {
		this.umbraco.settings().addLanguage("pt-BR", "Portuguese (Brazil)");
		this.added.add("pt-BR");
		long total = this.languages.getLanguagePage(0, 1).block().total();
		assertThat(total).isGreaterThanOrEqualTo(2);
		this.umbraco.resetCounters();
		List<LanguageResponse> all = this.languages.getLanguageAll(1).collectList().block();
		assertThat(all).hasSize((int) total)
			.extracting(LanguageResponse::isoCode)
			.doesNotHaveDuplicates()
			.contains(this.umbraco.settings().defaultLanguageIsoCode(), "pt-BR");
		assertThat(all).filteredOn(LanguageResponse::isDefault).hasSize(1);
		assertThat(this.umbraco.apiRequests("GET", API + "/language")).isEqualTo((int) total);
		try (var stream = this.languages.getLanguageStream(100)) {
			assertThat(stream.map(LanguageResponse::isoCode))
				.containsExactlyElementsOf(this.umbraco.settings().languageIsoCodes());
		}
	}

	@Test
	void readsItemsByRepeatedIsoCodeParameters() {
		this.umbraco.settings().addLanguage("sv-SE", "Swedish (Sweden)");
		this.added.add("sv-SE");
		String defaultIsoCode = this.umbraco.settings().defaultLanguageIsoCode();
		assertThat(this.languages.getItemLanguage(List.of(defaultIsoCode, "sv-SE", "fi-FI")).block())
			.extracting(LanguageItemResponse::isoCode)
			.containsExactlyInAnyOrder(defaultIsoCode, "sv-SE");
		assertThat(this.languages.getItemLanguage(List.of("sv-SE")).block())
			.containsExactly(new LanguageItemResponse("Swedish (Sweden)", "sv-SE"));
	}

	@Test
	void readsTheDefaultLanguageItem() {
		assertThat(this.languages.getItemLanguageDefault().block().isoCode())
			.isEqualTo(this.umbraco.settings().defaultLanguageIsoCode());
	}

	@Test
	void makesANewDefaultLanguageTakeTheRoleFromTheOldOne() {
		String previous = this.umbraco.settings().defaultLanguageIsoCode();
		this.languages.postLanguage(new CreateLanguageRequest("Norwegian", true, false, null, "nb-NO")).block();
		try {
			assertThat(this.umbraco.settings().defaultLanguageIsoCode()).isEqualTo("nb-NO");
			assertThat(this.languages.getLanguageByIsoCode(previous).block().isDefault()).isFalse();
		}
		finally {
			LanguageResponse old = this.languages.getLanguageByIsoCode(previous).block();
			this.languages
				.putLanguageByIsoCode(previous,
						new UpdateLanguageRequest(old.name(), true, old.isMandatory(), old.fallbackIsoCode()))
				.block();
			this.languages.deleteLanguageByIsoCode("nb-NO").block();
		}
		assertThat(this.umbraco.settings().defaultLanguageIsoCode()).isEqualTo(previous);
	}

}
