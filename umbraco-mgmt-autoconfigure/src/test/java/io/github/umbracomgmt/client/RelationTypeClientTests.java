package io.github.umbracomgmt.client;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.ObjectTypeResponse;
import io.github.umbracomgmt.client.model.RelationTypeItemResponse;
import io.github.umbracomgmt.client.model.RelationTypeResponse;
import io.github.umbracomgmt.error.UmbracoNotFoundException;
import io.github.umbracomgmt.test.RelationTypeIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RelationTypeClientTests extends ClientTestSupport {

	private static final String API = "/umbraco/management/api/v1";

	private static final ObjectTypeResponse DOCUMENT = new ObjectTypeResponse("Document",
			UUID.fromString("c66ba18e-eaf3-4cff-8a22-41b16d66a972"));

	@Autowired
	private UmbracoRelationTypeClient relationTypes;

	@Test
	void readsABuiltInRelationTypeById() {
		assertThat(this.relationTypes.getRelationTypeById(RelationTypeIds.RELATE_DOCUMENT_ON_COPY).block())
			.isEqualTo(new RelationTypeResponse("Relate Document On Copy", true, false,
					RelationTypeIds.RELATE_DOCUMENT_ON_COPY, "relateDocumentOnCopy", DOCUMENT, DOCUMENT));
	}

	@Test
	void readsARelationTypeForAnyObjectTypesWithoutParentOrChildObject() {
		RelationTypeResponse relatedMedia = this.relationTypes.getRelationTypeById(RelationTypeIds.RELATED_MEDIA)
			.block();
		assertThat(relatedMedia.alias()).isEqualTo("umbMedia");
		assertThat(relatedMedia.isDependency()).isTrue();
		assertThat(relatedMedia.isBidirectional()).isFalse();
		assertThat(relatedMedia.parentObject()).isNull();
		assertThat(relatedMedia.childObject()).isNull();
	}

	@Test
	void walksTheBuiltInRelationTypesLazilyPageByPage() {
		this.umbraco.resetCounters();
		List<RelationTypeResponse> all = this.relationTypes.getRelationTypeAll(2).collectList().block();
		assertThat(all).extracting(RelationTypeResponse::id)
			.containsExactlyInAnyOrder(RelationTypeIds.RELATE_DOCUMENT_ON_COPY,
					RelationTypeIds.RELATE_PARENT_DOCUMENT_ON_DELETE,
					RelationTypeIds.RELATE_PARENT_MEDIA_FOLDER_ON_DELETE, RelationTypeIds.RELATED_MEDIA,
					RelationTypeIds.RELATED_DOCUMENT);
		assertThat(this.umbraco.apiRequests("GET", API + "/relation-type")).isEqualTo(3);
		try (var stream = this.relationTypes.getRelationTypeStream(10)) {
			assertThat(stream.map(RelationTypeResponse::alias)).contains("umbDocument",
					"relateParentMediaFolderOnDelete");
		}
	}

	@Test
	void readsItemsByRepeatedIdParameters() {
		List<RelationTypeItemResponse> items = this.relationTypes
			.getItemRelationType(
					List.of(RelationTypeIds.RELATED_DOCUMENT, RelationTypeIds.RELATED_MEDIA, UUID.randomUUID()))
			.block();
		assertThat(items).containsExactlyInAnyOrder(
				new RelationTypeItemResponse(RelationTypeIds.RELATED_DOCUMENT, "Related Document", false, List.of()),
				new RelationTypeItemResponse(RelationTypeIds.RELATED_MEDIA, "Related Media", false, List.of()));
	}

	@Test
	void reportsAnUnknownRelationType() {
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.relationTypes.getRelationTypeById(UUID.randomUUID()).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("NotFound");
				assertThat(ex.getProblemDetails().title()).isEqualTo("The relation type could not be found");
			});
	}

}
