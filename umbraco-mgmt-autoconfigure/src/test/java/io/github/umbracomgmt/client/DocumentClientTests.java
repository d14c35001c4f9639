package io.github.umbracomgmt.client;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.CreateDocumentRequest;
import io.github.umbracomgmt.client.model.CultureAndScheduleRequest;
import io.github.umbracomgmt.client.model.DocumentResponse;
import io.github.umbracomgmt.client.model.DocumentValue;
import io.github.umbracomgmt.client.model.DocumentVariantRequest;
import io.github.umbracomgmt.client.model.PublishableVariantState;
import io.github.umbracomgmt.client.model.DocumentTreeItemResponse;
import io.github.umbracomgmt.client.model.PublishDocumentRequest;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.client.model.UnpublishDocumentRequest;
import io.github.umbracomgmt.client.model.UpdateDocumentRequest;
import io.github.umbracomgmt.error.UmbracoBadRequestException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DocumentClientTests extends ClientTestSupport {

	@Autowired
	private UmbracoDocumentClient documents;

	private final UUID documentType = UUID.randomUUID();

	@Test
	void createsReadsUpdatesPublishesUnpublishesAndDeletesADocument() {
		Created created = this.documents
			.createDocument(
					new CreateDocumentRequest(List.of(new DocumentValue(null, null, "title", "Spring meets Umbraco")),
							List.of(new DocumentVariantRequest(null, null, "Spring meets Umbraco")), null, null,
							new ReferenceById(this.documentType), null))
			.block();
		assertThat(created.id()).isNotNull();
		assertThat(created.location().toString()).endsWith(created.id().toString());

		DocumentResponse document = this.documents.getDocumentById(created.id()).block();
		assertThat(document.id()).isEqualTo(created.id());
		assertThat(document.documentType().id()).isEqualTo(this.documentType);
		assertThat(document.variants()).singleElement().satisfies((variant) -> {
			assertThat(variant.name()).isEqualTo("Spring meets Umbraco");
			assertThat(variant.state()).isEqualTo(PublishableVariantState.DRAFT);
		});
		assertThat(document.values()).singleElement().satisfies((value) -> {
			assertThat(value.alias()).isEqualTo("title");
			assertThat(value.value()).isEqualTo("Spring meets Umbraco");
		});

		this.documents
			.putDocumentById(created.id(),
					new UpdateDocumentRequest(List.of(new DocumentValue(null, null, "title", "Renamed")),
							List.of(new DocumentVariantRequest(null, null, "Renamed")), null))
			.block();
		assertThat(this.documents.getDocumentById(created.id()).block().variants().get(0).name()).isEqualTo("Renamed");

		var published = this.documents
			.putDocumentByIdPublish(created.id(),
					new PublishDocumentRequest(List.of(new CultureAndScheduleRequest(null, null))))
			.block();
		assertThat(published.getStatusCode().value()).isEqualTo(200);
		assertThat(this.documents.getDocumentById(created.id()).block().variants().get(0).state())
			.isEqualTo(PublishableVariantState.PUBLISHED);

		this.documents.putDocumentByIdUnpublish(created.id(), new UnpublishDocumentRequest(null)).block();
		assertThat(this.documents.getDocumentById(created.id()).block().variants().get(0).state())
			.isEqualTo(PublishableVariantState.DRAFT);

		this.documents.deleteDocumentById(created.id()).block();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.documents.getDocumentById(created.id()).block());
	}

	@Test
	void acceptsACallerChosenId() {
		UUID id = UUID.randomUUID();
		Created created = this.documents
			.createDocument(
					new CreateDocumentRequest(List.of(), List.of(new DocumentVariantRequest(null, null, "Mine")), id,
							null, new ReferenceById(this.documentType), null))
			.block();
		assertThat(created.id()).isEqualTo(id);
		assertThat(this.umbraco.documents().has(id)).isTrue();
	}

	@Test
	void exposesTheNotificationsOfSuccessfulWrites() {
		UUID id = this.umbraco.documents().add("Notified", this.documentType);
		var response = this.documents
			.putDocumentByIdPublish(id, new PublishDocumentRequest(List.of(new CultureAndScheduleRequest(null, null))))
			.block();
		assertThat(Created.notifications(response)).isNotEmpty();
	}

	@Test
	void walksTheTreeLazilyPageByPage() {
		UUID parent = this.umbraco.documents().add("Parent", this.documentType);
		for (int i = 0; i < 7; i++) {
			this.umbraco.documents().add("Child " + i, this.documentType, parent);
		}
		this.umbraco.resetCounters();
		List<DocumentTreeItemResponse> children = this.documents.getTreeDocumentChildrenAll(parent, null, 3)
			.collectList()
			.block();
		assertThat(children).hasSize(7).extracting(DocumentTreeItemResponse::id).doesNotHaveDuplicates();
		assertThat(this.umbraco.apiRequests("GET", "/umbraco/management/api/v1/tree/document/children")).isEqualTo(3);
		try (var stream = this.documents.getTreeDocumentChildrenStream(parent, null, 5)) {
			assertThat(stream.count()).isEqualTo(7);
		}
	}

	@Test
	void readsItemsByRepeatedIdParameters() {
		UUID first = this.umbraco.documents().add("First", this.documentType);
		UUID second = this.umbraco.documents().add("Second", this.documentType);
		assertThat(this.documents.getItemDocument(List.of(first, second)).block()).hasSize(2);
	}

	@Test
	void reportsValidationFailuresWithTheProblemDetails() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.documents
				.createDocument(new CreateDocumentRequest(List.of(), List.of(), null, null, null, null))
				.block())
			.satisfies((ex) -> assertThat(ex.getProblemDetails()).isNotNull());
	}

}
