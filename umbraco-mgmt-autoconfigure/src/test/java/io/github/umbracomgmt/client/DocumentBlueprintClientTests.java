package io.github.umbracomgmt.client;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.CreateDocumentBlueprintFromDocumentRequest;
import io.github.umbracomgmt.client.model.CreateDocumentBlueprintRequest;
import io.github.umbracomgmt.client.model.DocumentBlueprintItemResponse;
import io.github.umbracomgmt.client.model.DocumentBlueprintResponse;
import io.github.umbracomgmt.client.model.DocumentBlueprintTreeItemResponse;
import io.github.umbracomgmt.client.model.DocumentValue;
import io.github.umbracomgmt.client.model.DocumentValueResponse;
import io.github.umbracomgmt.client.model.DocumentVariantRequest;
import io.github.umbracomgmt.client.model.PublishableVariantState;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.client.model.UpdateDocumentBlueprintRequest;
import io.github.umbracomgmt.client.model.UpdateDocumentRequest;
import io.github.umbracomgmt.error.UmbracoBadRequestException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DocumentBlueprintClientTests extends ClientTestSupport {

	@Autowired
	private UmbracoDocumentBlueprintClient blueprints;

	@Autowired
	private UmbracoDocumentClient documents;

	private final UUID documentType = UUID.randomUUID();

	@Test
	void createsReadsUpdatesAndDeletesABlueprint() {
		Created created = this.blueprints
			.createDocumentBlueprint(
					new CreateDocumentBlueprintRequest(List.of(new DocumentValue(null, null, "title", "News item")),
							List.of(new DocumentVariantRequest(null, null, "News template")), null, null,
							new ReferenceById(this.documentType)))
			.block();
		assertThat(created.id()).isNotNull();
		assertThat(created.location().toString()).endsWith("/document-blueprint/" + created.id());
		assertThat(created.notifications()).isNotEmpty();

		DocumentBlueprintResponse blueprint = this.blueprints.getDocumentBlueprintById(created.id()).block();
		assertThat(blueprint.id()).isEqualTo(created.id());
		assertThat(blueprint.documentType().id()).isEqualTo(this.documentType);
		assertThat(blueprint.variants()).singleElement().satisfies((variant) -> {
			assertThat(variant.name()).isEqualTo("News template");
			assertThat(variant.state()).isEqualTo(PublishableVariantState.DRAFT);
		});
		assertThat(blueprint.values()).singleElement().satisfies((value) -> {
			assertThat(value.alias()).isEqualTo("title");
			assertThat(value.value()).isEqualTo("News item");
		});

		var updated = this.blueprints
			.putDocumentBlueprintById(created.id(),
					new UpdateDocumentBlueprintRequest(List.of(new DocumentValue(null, null, "title", "Press release")),
							List.of(new DocumentVariantRequest(null, null, "Press template"))))
			.block();
		assertThat(updated.getStatusCode().value()).isEqualTo(200);
		assertThat(Created.notifications(updated)).isNotEmpty();
		DocumentBlueprintResponse changed = this.blueprints.getDocumentBlueprintById(created.id()).block();
		assertThat(changed.variants().get(0).name()).isEqualTo("Press template");
		assertThat(changed.values()).extracting(DocumentValueResponse::value).containsExactly("Press release");

		var deleted = this.blueprints.deleteDocumentBlueprintById(created.id()).block();
		assertThat(deleted.getStatusCode().value()).isEqualTo(200);
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.blueprints.getDocumentBlueprintById(created.id()).block());
	}

	@Test
	void acceptsACallerChosenId() {
		UUID id = UUID.randomUUID();
		Created created = this.blueprints
			.createDocumentBlueprint(new CreateDocumentBlueprintRequest(List.of(),
					List.of(new DocumentVariantRequest(null, null, "Chosen")), id, null,
					new ReferenceById(this.documentType)))
			.block();
		assertThat(created.id()).isEqualTo(id);
		assertThat(this.blueprints.getDocumentBlueprintById(id).block().variants().get(0).name()).isEqualTo("Chosen");
	}

	@Test
	void createsABlueprintFromADocument() {
		UUID document = this.umbraco.documents().add("Article", this.documentType);
		this.documents
			.putDocumentById(document,
					new UpdateDocumentRequest(List.of(new DocumentValue(null, null, "title", "A fine article")),
							List.of(new DocumentVariantRequest(null, null, "Article")), null))
			.block();
		Created created = this.blueprints
			.createDocumentBlueprintFromDocument(new CreateDocumentBlueprintFromDocumentRequest(
					new ReferenceById(document), null, "Article blueprint", null))
			.block();
		assertThat(created.id()).isNotNull().isNotEqualTo(document);
		assertThat(created.notifications()).isNotEmpty();

		DocumentBlueprintResponse blueprint = this.blueprints.getDocumentBlueprintById(created.id()).block();
		assertThat(blueprint.documentType().id()).isEqualTo(this.documentType);
		assertThat(blueprint.variants()).singleElement()
			.satisfies((variant) -> assertThat(variant.name()).isEqualTo("Article blueprint"));
		assertThat(blueprint.values()).singleElement().satisfies((value) -> {
			assertThat(value.alias()).isEqualTo("title");
			assertThat(value.value()).isEqualTo("A fine article");
		});
		assertThat(this.documents.getDocumentById(document).block().variants().get(0).name()).isEqualTo("Article");
	}

	@Test
	void scaffoldsANewDocumentFromABlueprint() {
		UUID document = this.umbraco.documents().add("Event", this.documentType);
		this.documents
			.putDocumentById(document,
					new UpdateDocumentRequest(List.of(new DocumentValue(null, null, "venue", "Town hall")),
							List.of(new DocumentVariantRequest(null, null, "Event")), null))
			.block();
		UUID blueprint = this.blueprints
			.createDocumentBlueprintFromDocument(new CreateDocumentBlueprintFromDocumentRequest(
					new ReferenceById(document), null, "Event blueprint", null))
			.block()
			.id();

		DocumentBlueprintResponse scaffold = this.blueprints.getDocumentBlueprintByIdScaffold(blueprint).block();
		assertThat(scaffold.id()).isNotNull().isNotEqualTo(blueprint);
		assertThat(scaffold.documentType().id()).isEqualTo(this.documentType);
		assertThat(scaffold.variants()).extracting((variant) -> variant.name()).containsExactly("Event blueprint");
		assertThat(scaffold.values()).singleElement().satisfies((value) -> {
			assertThat(value.alias()).isEqualTo("venue");
			assertThat(value.value()).isEqualTo("Town hall");
		});
		assertThat(this.blueprints.getDocumentBlueprintByIdScaffold(blueprint).block().id())
			.isNotEqualTo(scaffold.id());
	}

	@Test
	void readsItemsByRepeatedIdParameters() {
		UUID first = create("Item one");
		UUID second = create("Item two");
		List<DocumentBlueprintItemResponse> items = this.blueprints
			.getItemDocumentBlueprint(List.of(first, second, UUID.randomUUID()))
			.block();
		assertThat(items).extracting(DocumentBlueprintItemResponse::id).containsExactly(first, second);
		assertThat(items).extracting(DocumentBlueprintItemResponse::name).containsExactly("Item one", "Item two");
		assertThat(items).allSatisfy((item) -> assertThat(item.documentType().id()).isEqualTo(this.documentType));
	}

	@Test
	void listsBlueprintsAtTheTreeRoot() {
		UUID mine = create("Root blueprint");
		Page<DocumentBlueprintTreeItemResponse> root = this.blueprints.getTreeDocumentBlueprintRootPage(0, 1000, null)
			.block();
		assertThat(root.items()).hasSize((int) root.total());
		assertThat(root.items()).filteredOn((item) -> item.id().equals(mine)).singleElement().satisfies((item) -> {
			assertThat(item.name()).isEqualTo("Root blueprint");
			assertThat(item.isFolder()).isFalse();
			assertThat(item.hasChildren()).isFalse();
			assertThat(item.parent()).isNull();
			assertThat(item.documentType().id()).isEqualTo(this.documentType);
		});
	}

	@Test
	void walksTheTreeRootLazilyPageByPage() {
		List<UUID> mine = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			mine.add(create("Walked " + i));
		}
		long total = this.blueprints.getTreeDocumentBlueprintRootPage(0, 1, null).block().total();
		this.umbraco.resetCounters();
		List<DocumentBlueprintTreeItemResponse> all = this.blueprints.getTreeDocumentBlueprintRootAll(null, 2)
			.collectList()
			.block();
		assertThat(all).hasSize((int) total)
			.extracting(DocumentBlueprintTreeItemResponse::id)
			.doesNotHaveDuplicates()
			.containsAll(mine);
		assertThat(this.umbraco.apiRequests("GET", "/umbraco/management/api/v1/tree/document-blueprint/root"))
			.isEqualTo((int) ((total + 1) / 2));
		try (var stream = this.blueprints.getTreeDocumentBlueprintRootStream(false, 3)) {
			assertThat(stream.map(DocumentBlueprintTreeItemResponse::id)).containsAll(mine);
		}
	}

	@Test
	void refusesASecondBlueprintWithTheSameNameForOneDocumentType() {
		create("Taken name");
		assertThatExceptionOfType(UmbracoBadRequestException.class).isThrownBy(() -> create("Taken name"))
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("DuplicateName");
				assertThat(ex.getProblemDetails().title()).isEqualTo("Duplicate name");
			});
	}

	@Test
	void reportsAMissingDocumentTypeWithTheValidationErrors() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.blueprints.createDocumentBlueprint(new CreateDocumentBlueprintRequest(List.of(),
					List.of(new DocumentVariantRequest(null, null, "Typeless")), null, null, null))
				.block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("InvalidRequest");
				assertThat(ex.getErrors()).containsKey("$.documentType");
			});
	}

	@Test
	void reportsAnUnknownSourceDocumentAsNotFound() {
		UUID unknown = UUID.randomUUID();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.blueprints
				.createDocumentBlueprintFromDocument(new CreateDocumentBlueprintFromDocumentRequest(
						new ReferenceById(unknown), null, "Orphan", null))
				.block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("NotFound");
				assertThat(ex.getProblemDetails().detail()).contains(unknown.toString());
			});
	}

	@Test
	void reportsAnUnknownBlueprintAsNotFound() {
		UUID unknown = UUID.randomUUID();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.blueprints.getDocumentBlueprintByIdScaffold(unknown).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("NotFound");
				assertThat(ex.getProblemDetails().title())
					.isEqualTo("The requested document blueprint could not be found");
			});
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.blueprints.deleteDocumentBlueprintById(unknown).block());
	}

	private UUID create(String name) {
		return this.blueprints
			.createDocumentBlueprint(
					new CreateDocumentBlueprintRequest(List.of(), List.of(new DocumentVariantRequest(null, null, name)),
							null, null, new ReferenceById(this.documentType)))
			.block()
			.id();
	}

}
