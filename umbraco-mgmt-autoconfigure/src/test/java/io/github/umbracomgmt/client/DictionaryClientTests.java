package io.github.umbracomgmt.client;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.CreateDictionaryItemRequest;
import io.github.umbracomgmt.client.model.DictionaryItemItemResponse;
import io.github.umbracomgmt.client.model.DictionaryItemResponse;
import io.github.umbracomgmt.client.model.DictionaryItemTranslation;
import io.github.umbracomgmt.client.model.DictionaryOverviewResponse;
import io.github.umbracomgmt.client.model.MoveDictionaryRequest;
import io.github.umbracomgmt.client.model.NamedEntityTreeItemResponse;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.client.model.UpdateDictionaryItemRequest;
import io.github.umbracomgmt.error.UmbracoBadRequestException;
import io.github.umbracomgmt.error.UmbracoConflictException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DictionaryClientTests extends ClientTestSupport {

	private static final String API = "/umbraco/management/api/v1";

	private static final String ENGLISH = "en-US";

	private static final String DANISH = "da-DK";

	@Autowired
	private UmbracoDictionaryClient dictionary;

	@BeforeEach
	void haveEnglishAndDanish() {
		// The fake is shared: another test class may have added Danish already, or made
		// another language the default.
		if (!this.umbraco.settings().languageIsoCodes().contains(DANISH)) {
			this.umbraco.settings().addLanguage(DANISH, "Danish (Denmark)");
		}
		if (!this.umbraco.settings().languageIsoCodes().contains(ENGLISH)) {
			this.umbraco.settings().addLanguage(ENGLISH, "English (United States)");
		}
	}

	@Test
	void createsReadsUpdatesAndDeletesADictionaryItem() {
		String name = "Greeting " + UUID.randomUUID();
		Created created = this.dictionary
			.createDictionary(new CreateDictionaryItemRequest(name,
					List.of(new DictionaryItemTranslation(ENGLISH, "Hello"),
							new DictionaryItemTranslation(DANISH, "Hej")),
					null, null))
			.block();
		assertThat(created.id()).isNotNull();
		assertThat(created.location().toString()).endsWith("/dictionary/" + created.id());
		assertThat(created.notifications()).isNotEmpty();
		assertThat(this.umbraco.settings().dictionaryTranslation(created.id(), DANISH)).contains("Hej");

		DictionaryItemResponse read = this.dictionary.getDictionaryById(created.id()).block();
		assertThat(read.id()).isEqualTo(created.id());
		assertThat(read.name()).isEqualTo(name);
		assertThat(read.translations()).containsExactly(new DictionaryItemTranslation(ENGLISH, "Hello"),
				new DictionaryItemTranslation(DANISH, "Hej"));

		var updated = this.dictionary
			.putDictionaryById(created.id(),
					new UpdateDictionaryItemRequest(name + " (formal)",
							List.of(new DictionaryItemTranslation(ENGLISH, "Good day"))))
			.block();
		assertThat(updated.getStatusCode().value()).isEqualTo(200);
		assertThat(Created.notifications(updated)).isNotEmpty();
		DictionaryItemResponse changed = this.dictionary.getDictionaryById(created.id()).block();
		assertThat(changed.name()).isEqualTo(name + " (formal)");
		assertThat(changed.translations()).containsExactly(new DictionaryItemTranslation(ENGLISH, "Good day"));

		this.dictionary.deleteDictionaryById(created.id()).block();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.dictionary.getDictionaryById(created.id()).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("ItemNotFound");
				assertThat(ex.getProblemDetails().status()).isEqualTo(404);
			});
	}

	@Test
	void acceptsACallerChosenIdAndAParent() {
		UUID parent = this.umbraco.settings().addDictionaryItem("Parent " + UUID.randomUUID(), Map.of());
		UUID id = UUID.randomUUID();
		Created created = this.dictionary
			.createDictionary(new CreateDictionaryItemRequest("Child " + id, List.of(), id, new ReferenceById(parent)))
			.block();
		assertThat(created.id()).isEqualTo(id);
		assertThat(this.dictionary.getTreeDictionaryChildrenAll(parent, 10).collectList().block())
			.extracting(NamedEntityTreeItemResponse::id)
			.containsExactly(id);
	}

	@Test
	void dropsTranslationsForLanguagesTheSiteDoesNotHave() {
		UUID id = this.dictionary.createDictionary(new CreateDictionaryItemRequest("Partial " + UUID.randomUUID(),
				List.of(new DictionaryItemTranslation(ENGLISH, "Yes"), new DictionaryItemTranslation("fo-FO", "Ja")),
				null, null))
			.block()
			.id();
		assertThat(this.dictionary.getDictionaryById(id).block().translations())
			.extracting(DictionaryItemTranslation::isoCode)
			.containsExactly(ENGLISH);
	}

	@Test
	void reportsADuplicateNameAsAConflict() {
		String name = "Unique " + UUID.randomUUID();
		this.umbraco.settings().addDictionaryItem(name, Map.of());
		assertThatExceptionOfType(UmbracoConflictException.class)
			.isThrownBy(
					() -> this.dictionary.createDictionary(new CreateDictionaryItemRequest(name, List.of(), null, null))
						.block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("DuplicateItemKey");
				assertThat(ex.getProblemDetails().detail()).contains(name);
			});
	}

	@Test
	void reportsAnUnknownParent() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(
					() -> this.dictionary.createDictionary(new CreateDictionaryItemRequest("Lost " + UUID.randomUUID(),
							List.of(), null, new ReferenceById(UUID.randomUUID())))
						.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("ParentNotFound"));
	}

	@Test
	void reportsAMissingTranslationTextWithTheValidationErrors() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(
					() -> this.dictionary.createDictionary(new CreateDictionaryItemRequest("Blank " + UUID.randomUUID(),
							List.of(new DictionaryItemTranslation(ENGLISH, null)), null, null))
						.block())
			.satisfies((ex) -> assertThat(ex.getErrors()).containsKey("$.translation"));
	}

	@Test
	void walksTheOverviewFilteredByNamePrefixLazilyPageByPage() {
		String prefix = "Overview " + UUID.randomUUID();
		for (int i = 0; i < 5; i++) {
			this.umbraco.settings()
				.addDictionaryItem(prefix + " " + i, (i % 2 == 0) ? Map.of(DANISH, "Tekst " + i) : Map.of());
		}
		this.umbraco.resetCounters();
		List<DictionaryOverviewResponse> overview = this.dictionary.getDictionaryAll(prefix, 2).collectList().block();
		assertThat(overview).extracting(DictionaryOverviewResponse::name)
			.containsExactly(prefix + " 0", prefix + " 1", prefix + " 2", prefix + " 3", prefix + " 4");
		assertThat(overview).extracting(DictionaryOverviewResponse::translatedIsoCodes)
			.containsExactly(List.of(DANISH), List.of(), List.of(DANISH), List.of(), List.of(DANISH));
		assertThat(this.umbraco.apiRequests("GET", API + "/dictionary")).isEqualTo(3);
		try (var stream = this.dictionary.getDictionaryStream(prefix, 4)) {
			assertThat(stream.count()).isEqualTo(5);
		}
	}

	@Test
	void walksTheChildrenOfAnItemLazilyPageByPage() {
		UUID parent = this.umbraco.settings().addDictionaryItem("Tree " + UUID.randomUUID(), Map.of());
		String prefix = "Leaf " + UUID.randomUUID();
		for (int i = 0; i < 7; i++) {
			this.dictionary
				.createDictionary(
						new CreateDictionaryItemRequest(prefix + " " + i, List.of(), null, new ReferenceById(parent)))
				.block();
		}
		this.umbraco.resetCounters();
		List<NamedEntityTreeItemResponse> children = this.dictionary.getTreeDictionaryChildrenAll(parent, 3)
			.collectList()
			.block();
		assertThat(children).hasSize(7).allSatisfy((child) -> {
			assertThat(child.parent()).isEqualTo(new ReferenceById(parent));
			assertThat(child.hasChildren()).isFalse();
		});
		assertThat(this.umbraco.apiRequests("GET", API + "/tree/dictionary/children")).isEqualTo(3);
		try (var stream = this.dictionary.getTreeDictionaryChildrenStream(parent, 5)) {
			assertThat(stream.count()).isEqualTo(7);
		}
	}

	@Test
	void showsAParentWithChildrenAtTheRootOfTheTree() {
		UUID parent = this.umbraco.settings().addDictionaryItem("Root " + UUID.randomUUID(), Map.of());
		this.dictionary
			.createDictionary(new CreateDictionaryItemRequest("Below " + UUID.randomUUID(), List.of(), null,
					new ReferenceById(parent)))
			.block();
		try (var root = this.dictionary.getTreeDictionaryRootStream(25)) {
			assertThat(root.filter((item) -> item.id().equals(parent))).singleElement()
				.satisfies((item) -> assertThat(item.hasChildren()).isTrue());
		}
	}

	@Test
	void movesAnItemBelowAnotherAndReadsItsAncestors() {
		UUID target = this.umbraco.settings().addDictionaryItem("Target " + UUID.randomUUID(), Map.of());
		UUID item = this.umbraco.settings().addDictionaryItem("Moved " + UUID.randomUUID(), Map.of());
		var moved = this.dictionary.putDictionaryByIdMove(item, new MoveDictionaryRequest(new ReferenceById(target)))
			.block();
		assertThat(Created.notifications(moved)).isNotEmpty();
		assertThat(this.dictionary.getTreeDictionaryAncestors(item).block()).extracting(NamedEntityTreeItemResponse::id)
			.containsExactly(target, item);
	}

	@Test
	void refusesToMoveAnItemBelowItself() {
		UUID parent = this.umbraco.settings().addDictionaryItem("Loop " + UUID.randomUUID(), Map.of());
		UUID child = this.dictionary
			.createDictionary(new CreateDictionaryItemRequest("Loop child " + UUID.randomUUID(), List.of(), null,
					new ReferenceById(parent)))
			.block()
			.id();
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.dictionary
				.putDictionaryByIdMove(parent, new MoveDictionaryRequest(new ReferenceById(child)))
				.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("InvalidParent"));
	}

	@Test
	void deletesTheDescendantsOfADeletedItem() {
		UUID parent = this.umbraco.settings().addDictionaryItem("Doomed " + UUID.randomUUID(), Map.of());
		UUID child = this.dictionary
			.createDictionary(new CreateDictionaryItemRequest("Doomed child " + UUID.randomUUID(), List.of(), null,
					new ReferenceById(parent)))
			.block()
			.id();
		this.dictionary.deleteDictionaryById(parent).block();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.dictionary.getDictionaryById(child).block());
	}

	@Test
	void readsItemsByRepeatedIdParameters() {
		String firstName = "First " + UUID.randomUUID();
		UUID first = this.umbraco.settings().addDictionaryItem(firstName, Map.of());
		UUID second = this.umbraco.settings().addDictionaryItem("Second " + UUID.randomUUID(), Map.of());
		List<DictionaryItemItemResponse> items = this.dictionary
			.getItemDictionary(List.of(first, second, UUID.randomUUID()))
			.block();
		assertThat(items).extracting(DictionaryItemItemResponse::id).containsExactlyInAnyOrder(first, second);
		assertThat(items).contains(new DictionaryItemItemResponse(first, firstName, List.of()));
	}

}
