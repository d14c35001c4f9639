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
import io.github.umbracomgmt.client.model.DocumentVariantResponse;
import io.github.umbracomgmt.client.model.DocumentVersionItemResponse;
import io.github.umbracomgmt.client.model.DocumentVersionResponse;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.PublishDocumentRequest;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.client.model.UpdateDocumentRequest;
import io.github.umbracomgmt.error.UmbracoNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class DocumentVersionClientTests extends ClientTestSupport {

	@Autowired
	private UmbracoDocumentVersionClient versions;

	@Autowired
	private UmbracoDocumentClient documents;

	private final UUID documentType = UUID.randomUUID();

	@Test
	void listsTheVersionsOfADocumentNewestFirst() {
		UUID document = this.umbraco.documents().add("First draft", this.documentType);
		save(document, "Second draft", "second");
		save(document, "Third draft", "third");
		Page<DocumentVersionItemResponse> page = this.versions.getDocumentVersionPage(document, null, null, null)
			.block();
		assertThat(page.total()).isEqualTo(3);
		assertThat(page.items()).hasSize(3).allSatisfy((version) -> {
			assertThat(version.document().id()).isEqualTo(document);
			assertThat(version.documentType().id()).isEqualTo(this.documentType);
			assertThat(version.user().id()).isNotNull();
			assertThat(version.versionDate()).isNotNull();
			assertThat(version.isCurrentPublishedVersion()).isFalse();
			assertThat(version.preventCleanup()).isFalse();
		});
		assertThat(page.items()).extracting(DocumentVersionItemResponse::isCurrentDraftVersion)
			.containsExactly(true, false, false);
		assertThat(this.versions.getDocumentVersionById(page.items().get(0).id()).block().variants().get(0).name())
			.isEqualTo("Third draft");
	}

	@Test
	void readsOneVersionAsItWasSaved() {
		UUID document = this.umbraco.documents().add("Before", this.documentType);
		UUID first = latestVersion(document);
		save(document, "After", "changed");
		DocumentVersionResponse version = this.versions.getDocumentVersionById(first).block();
		assertThat(version.id()).isEqualTo(first);
		assertThat(version.document().id()).isEqualTo(document);
		assertThat(version.documentType().id()).isEqualTo(this.documentType);
		assertThat(version.values()).isEmpty();
		assertThat(version.variants()).extracting(DocumentVariantResponse::name).containsExactly("Before");

		DocumentVersionResponse latest = this.versions.getDocumentVersionById(latestVersion(document)).block();
		assertThat(latest.values()).singleElement().satisfies((value) -> {
			assertThat(value.alias()).isEqualTo("title");
			assertThat(value.value()).isEqualTo("changed");
		});
	}

	@Test
	void marksThePublishedVersion() {
		UUID document = this.umbraco.documents().add("Published", this.documentType);
		this.documents
			.putDocumentByIdPublish(document,
					new PublishDocumentRequest(List.of(new CultureAndScheduleRequest(null, null))))
			.block();
		save(document, "Edited after publishing", "draft");
		List<DocumentVersionItemResponse> history = this.versions.getDocumentVersionPage(document, null, null, null)
			.block()
			.items();
		assertThat(history).extracting(DocumentVersionItemResponse::isCurrentPublishedVersion)
			.containsExactly(false, true);
		assertThat(history).extracting(DocumentVersionItemResponse::isCurrentDraftVersion).containsExactly(true, false);
	}

	@Test
	void keepsAVersionFromCleanupAndReleasesItAgain() {
		UUID document = this.umbraco.documents().add("Keep me", this.documentType);
		UUID version = latestVersion(document);
		var response = this.versions.putDocumentVersionByIdPreventCleanup(version, true).block();
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(this.versions.getDocumentVersionPage(document, null, null, null)
			.block()
			.items()
			.get(0)
			.preventCleanup()).isTrue();
		this.versions.putDocumentVersionByIdPreventCleanup(version, false).block();
		assertThat(this.versions.getDocumentVersionPage(document, null, null, null)
			.block()
			.items()
			.get(0)
			.preventCleanup()).isFalse();
	}

	@Test
	void rollsADocumentBackToAVersion() {
		UUID document = this.umbraco.documents().add("Original", this.documentType);
		UUID original = latestVersion(document);
		save(document, "Rewritten", "rewritten");
		var response = this.versions.postDocumentVersionByIdRollback(original, null).block();
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(Created.notifications(response)).isNotEmpty();
		DocumentResponse rolledBack = this.documents.getDocumentById(document).block();
		assertThat(rolledBack.variants().get(0).name()).isEqualTo("Original");
		assertThat(rolledBack.values()).isEmpty();
		assertThat(this.versions.getDocumentVersionPage(document, null, null, null).block().total()).isEqualTo(3);
	}

	@Test
	void rollsBackOnlyTheGivenCulture() {
		UUID document = createVariantDocument("Hello", "Hej");
		UUID original = latestVersion(document);
		this.documents.putDocumentById(document,
				new UpdateDocumentRequest(List.of(), List.of(new DocumentVariantRequest("en-US", null, "Hi"),
						new DocumentVariantRequest("da-DK", null, "Hejsa")), null))
			.block();
		this.versions.postDocumentVersionByIdRollback(original, "da-DK").block();
		assertThat(this.documents.getDocumentById(document).block().variants())
			.extracting(DocumentVariantResponse::culture, DocumentVariantResponse::name)
			.containsExactlyInAnyOrder(tuple("en-US", "Hi"), tuple("da-DK", "Hej"));
	}

	@Test
	void filtersTheVersionsByCulture() {
		UUID document = createVariantDocument("Hello", "Hej");
		assertThat(this.versions.getDocumentVersionPage(document, "da-DK", null, null).block().items()).hasSize(1);
		assertThat(this.versions.getDocumentVersionPage(document, "fr-FR", null, null).block().items()).isEmpty();
	}

	@Test
	void walksTheVersionsLazilyPageByPage() {
		UUID document = this.umbraco.documents().add("Version 0", this.documentType);
		for (int i = 1; i < 5; i++) {
			save(document, "Version " + i, "v" + i);
		}
		this.umbraco.resetCounters();
		List<DocumentVersionItemResponse> all = this.versions.getDocumentVersionAll(document, null, 2)
			.collectList()
			.block();
		assertThat(all).hasSize(5).extracting(DocumentVersionItemResponse::id).doesNotHaveDuplicates();
		assertThat(this.umbraco.apiRequests("GET", "/umbraco/management/api/v1/document-version")).isEqualTo(3);
		try (var stream = this.versions.getDocumentVersionStream(document, null, 3)) {
			assertThat(stream.map(DocumentVersionItemResponse::id))
				.containsExactlyElementsOf(all.stream().map(DocumentVersionItemResponse::id).toList());
		}
	}

	@Test
	void reportsAnUnknownVersionAsNotFound() {
		UUID id = UUID.randomUUID();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.versions.getDocumentVersionById(id).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("NotFound");
				assertThat(ex.getProblemDetails().detail()).contains(id.toString());
			});
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.versions.postDocumentVersionByIdRollback(id, null).block());
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.versions.putDocumentVersionByIdPreventCleanup(id, true).block());
	}

	@Test
	void reportsTheVersionsOfAnUnknownDocumentAsNotFound() {
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.versions.getDocumentVersionPage(UUID.randomUUID(), null, 0, 10).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("ContentNotFound");
				assertThat(ex.getProblemDetails().status()).isEqualTo(404);
			});
	}

	private void save(UUID document, String name, String title) {
		this.documents
			.putDocumentById(document,
					new UpdateDocumentRequest(List.of(new DocumentValue(null, null, "title", title)),
							List.of(new DocumentVariantRequest(null, null, name)), null))
			.block();
	}

	private UUID latestVersion(UUID document) {
		return this.versions.getDocumentVersionPage(document, null, 0, 1).block().items().get(0).id();
	}

	private UUID createVariantDocument(String english, String danish) {
		return this.documents
			.createDocument(new CreateDocumentRequest(List.of(),
					List.of(new DocumentVariantRequest("en-US", null, english),
							new DocumentVariantRequest("da-DK", null, danish)),
					null, null, new ReferenceById(this.documentType), null))
			.block()
			.id();
	}

}
