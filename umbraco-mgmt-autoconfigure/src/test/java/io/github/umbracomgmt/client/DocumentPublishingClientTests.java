package io.github.umbracomgmt.client;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.CreateAndPublishDocumentRequest;
import io.github.umbracomgmt.client.model.CreateDocumentRequest;
import io.github.umbracomgmt.client.model.DocumentResponse;
import io.github.umbracomgmt.client.model.DocumentValue;
import io.github.umbracomgmt.client.model.DocumentVariantRequest;
import io.github.umbracomgmt.client.model.PatchDocumentRequest;
import io.github.umbracomgmt.client.model.PatchOperationRequest;
import io.github.umbracomgmt.client.model.PublishableVariantState;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.client.model.UpdateAndPublishDocumentRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Umbraco 18 document operations against the test kit: create-and-publish,
 * update-and-publish and patch.
 */
class DocumentPublishingClientTests extends ClientTestSupport {

	@Autowired
	private UmbracoDocumentClient documents;

	private final UUID documentType = UUID.randomUUID();

	@Test
	void createsAndPublishesInOneCall() {
		Created created = this.documents
			.createDocumentCreateAndPublish(
					new CreateAndPublishDocumentRequest(List.of(), null, new ReferenceById(this.documentType), null,
							null, List.of(new DocumentValue(null, null, "title", "Live at once")),
							List.of(new DocumentVariantRequest(null, null, "Live at once"))))
			.block();
		DocumentResponse document = this.documents.getDocumentById(created.id()).block();
		assertThat(document.variants()).singleElement()
			.satisfies((variant) -> assertThat(variant.state()).isEqualTo(PublishableVariantState.PUBLISHED));
	}

	@Test
	void updatesAndPublishesInOneCall() {
		Created created = this.documents
			.createDocumentCreateAndPublish(
					new CreateAndPublishDocumentRequest(List.of(), null, new ReferenceById(this.documentType), null,
							null, List.of(), List.of(new DocumentVariantRequest(null, null, "First"))))
			.block();
		this.documents
			.putDocumentByIdUpdateAndPublish(created.id(),
					new UpdateAndPublishDocumentRequest(List.of(), null, List.of(),
							List.of(new DocumentVariantRequest(null, null, "Second"))))
			.block();
		assertThat(this.documents.getDocumentById(created.id()).block().variants()).singleElement()
			.satisfies((variant) -> {
				assertThat(variant.name()).isEqualTo("Second");
				assertThat(variant.state()).isEqualTo(PublishableVariantState.PUBLISHED);
			});
	}

	@Test
	void patchesOneValueAndLeavesTheOthers() {
		Created created = this.documents
			.createDocument(new CreateDocumentRequest(
					List.of(new DocumentValue(null, null, "title", "Before"),
							new DocumentValue(null, null, "intro", "Kept")),
					List.of(new DocumentVariantRequest(null, null, "Patched")), null, null,
					new ReferenceById(this.documentType), null))
			.block();
		this.documents
			.patchDocumentByIdPatch(created.id(),
					new PatchDocumentRequest(List.of(new PatchOperationRequest("replace",
							"/values[alias=title,culture=null,segment=null]/value", "After"))))
			.block();
		assertThat(this.documents.getDocumentById(created.id()).block().values())
			.extracting((value) -> value.alias() + "=" + value.value())
			.containsExactlyInAnyOrder("title=After", "intro=Kept");
	}

}
