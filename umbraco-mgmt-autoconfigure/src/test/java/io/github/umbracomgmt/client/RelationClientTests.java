package io.github.umbracomgmt.client;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.client.model.RelationReference;
import io.github.umbracomgmt.client.model.RelationResponse;
import io.github.umbracomgmt.error.UmbracoNotFoundException;
import io.github.umbracomgmt.test.RelationTypeIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class RelationClientTests extends ClientTestSupport {

	private static final String API = "/umbraco/management/api/v1";

	@Autowired
	private UmbracoRelationClient relations;

	@Test
	void readsTheRelationsOfARelationTypeWithTheirParentAndChild() {
		UUID original = UUID.randomUUID();
		UUID copy = UUID.randomUUID();
		UUID id = this.umbraco.settings()
			.addRelation(RelationTypeIds.RELATE_DOCUMENT_ON_COPY, original, "Home", copy, "Home (copy)");
		RelationResponse relation = this.relations
			.getRelationByRelationTypeIdAll(RelationTypeIds.RELATE_DOCUMENT_ON_COPY, 100)
			.filter((candidate) -> candidate.id().equals(id))
			.single()
			.block();
		assertThat(relation.relationType()).isEqualTo(new ReferenceById(RelationTypeIds.RELATE_DOCUMENT_ON_COPY));
		assertThat(relation.parent()).isEqualTo(new RelationReference(original, "Home"));
		assertThat(relation.child()).isEqualTo(new RelationReference(copy, "Home (copy)"));
		assertThat(relation.createDate()).isCloseTo(OffsetDateTime.now(), within(1, ChronoUnit.MINUTES));
		assertThat(relation.comment()).isNull();
	}

	@Test
	void readsRelationsWhoseItemsHaveNoName() {
		UUID parent = UUID.randomUUID();
		UUID id = this.umbraco.settings()
			.addRelation(RelationTypeIds.RELATED_MEDIA, parent, null, UUID.randomUUID(), null);
		try (var stream = this.relations.getRelationByRelationTypeIdStream(RelationTypeIds.RELATED_MEDIA, 100)) {
			assertThat(stream.filter((relation) -> relation.id().equals(id))).singleElement().satisfies((relation) -> {
				assertThat(relation.parent()).isEqualTo(new RelationReference(parent, null));
				assertThat(relation.child().name()).isNull();
			});
		}
	}

	@Test
	void listsOnlyTheRelationsOfTheRequestedType() {
		UUID parent = UUID.randomUUID();
		this.umbraco.settings()
			.addRelation(RelationTypeIds.RELATED_DOCUMENT, parent, "Linking page", UUID.randomUUID(), "Target");
		assertThat(this.relations.getRelationByRelationTypeIdAll(RelationTypeIds.RELATE_PARENT_DOCUMENT_ON_DELETE, 100)
			.collectList()
			.block()).allSatisfy((relation) -> {
				assertThat(relation.relationType().id()).isEqualTo(RelationTypeIds.RELATE_PARENT_DOCUMENT_ON_DELETE);
				assertThat(relation.parent().id()).isNotEqualTo(parent);
			});
	}

	@Test
	void walksTheRelationsOfATypeLazilyPageByPage() {
		UUID parent = UUID.randomUUID();
		for (int i = 0; i < 7; i++) {
			this.umbraco.settings()
				.addRelation(RelationTypeIds.RELATE_PARENT_MEDIA_FOLDER_ON_DELETE, parent, "Folder", UUID.randomUUID(),
						"Image " + i);
		}
		long total = this.relations
			.getRelationByRelationTypeIdPage(RelationTypeIds.RELATE_PARENT_MEDIA_FOLDER_ON_DELETE, 0, 1)
			.block()
			.total();
		this.umbraco.resetCounters();
		List<RelationResponse> all = this.relations
			.getRelationByRelationTypeIdAll(RelationTypeIds.RELATE_PARENT_MEDIA_FOLDER_ON_DELETE, 3)
			.collectList()
			.block();
		assertThat(all).hasSize((int) total).extracting(RelationResponse::id).doesNotHaveDuplicates();
		assertThat(all).filteredOn((relation) -> relation.parent().id().equals(parent))
			.extracting((relation) -> relation.child().name())
			.containsExactly("Image 0", "Image 1", "Image 2", "Image 3", "Image 4", "Image 5", "Image 6");
		assertThat(this.umbraco.apiRequests("GET",
				API + "/relation/type/" + RelationTypeIds.RELATE_PARENT_MEDIA_FOLDER_ON_DELETE))
			.isEqualTo((int) ((total + 2) / 3));
	}

	@Test
	void reportsAnUnknownRelationType() {
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.relations.getRelationByRelationTypeIdPage(UUID.randomUUID(), 0, 10).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("NotFound");
				assertThat(ex.getProblemDetails().status()).isEqualTo(404);
			});
	}

}
