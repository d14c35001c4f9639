package io.github.umbracomgmt.client;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.HealthStatus;
import io.github.umbracomgmt.client.model.IndexResponse;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.error.UmbracoBadRequestException;
import io.github.umbracomgmt.error.UmbracoConflictException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IndexerClientTests extends ClientTestSupport {

	@Autowired
	private UmbracoIndexerClient indexers;

	private final String index = "Test" + UUID.randomUUID().toString().replace("-", "") + "Index";

	@Test
	void listsTheBuiltInIndexesAndAddedOnes() {
		this.umbraco.examine().addIndex(this.index, true);
		Page<IndexResponse> indexes = this.indexers.getIndexerPage(null, null).block();
		assertThat(indexes.total()).isEqualTo(indexes.items().size());
		assertThat(indexes.items()).extracting(IndexResponse::name)
			.contains("ExternalIndex", "InternalIndex", "MembersIndex", this.index);
	}

	@Test
	void walksTheIndexesPageByPage() {
		this.umbraco.examine().addIndex(this.index, true);
		long total = this.indexers.getIndexerPage(0, 1).block().total();
		this.umbraco.resetCounters();
		List<IndexResponse> all = this.indexers.getIndexerAll(2).collectList().block();
		assertThat(all).hasSize((int) total)
			.extracting(IndexResponse::name)
			.doesNotHaveDuplicates()
			.contains(this.index);
		assertThat(this.umbraco.apiRequests("GET", "/umbraco/management/api/v1/indexer"))
			.isEqualTo((int) ((total + 1) / 2));
		try (var stream = this.indexers.getIndexerStream(1)) {
			assertThat(stream.map(IndexResponse::name))
				.containsExactlyElementsOf(all.stream().map(IndexResponse::name).toList());
		}
	}

	@Test
	void readsAnIndexWithItsCountsAndHealth() {
		this.umbraco.examine().addIndex(this.index, true);
		this.umbraco.examine()
			.addIndexDocument(this.index, "1057", Map.of("nodeName", "Home", "__NodeTypeAlias", "home"));
		this.umbraco.examine().addIndexDocument(this.index, "1058", Map.of("nodeName", "About", "bodyText", "Hello"));
		IndexResponse index = this.indexers.getIndexerByIndexName(this.index).block();
		assertThat(index.name()).isEqualTo(this.index);
		assertThat(index.healthStatus().status()).isEqualTo(HealthStatus.HEALTHY);
		assertThat(index.canRebuild()).isTrue();
		assertThat(index.searcherName()).isEqualTo(this.index + "Searcher");
		assertThat(index.documentCount()).isEqualTo(2L);
		assertThat(index.fieldCount()).isEqualTo(3);
		assertThat(index.providerProperties()).containsEntry("DefaultAnalyzer", "StandardAnalyzer")
			.containsEntry("EnableDefaultEventHandler", true);
	}

	@Test
	void rebuildsAnIndex() {
		this.umbraco.examine().addIndex(this.index, true);
		this.umbraco.examine().addIndexDocument(this.index, "1", Map.of("nodeName", "Kept"));
		var response = this.indexers.postIndexerByIndexNameRebuild(this.index).block();
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(this.umbraco.examine().indexRebuilds(this.index)).isEqualTo(1);
		assertThat(this.indexers.getIndexerByIndexName(this.index).block().documentCount()).isEqualTo(1L);
	}

	@Test
	void reportsAnIndexInTheMiddleOfARebuildAndRefusesAnotherRebuild() {
		this.umbraco.examine().addIndex(this.index, true);
		this.umbraco.examine().addIndexDocument(this.index, "1", Map.of("nodeName", "Busy"));
		this.umbraco.examine().setIndexRebuilding(this.index, true);
		IndexResponse rebuilding = this.indexers.getIndexerByIndexName(this.index).block();
		assertThat(rebuilding.healthStatus().status()).isEqualTo(HealthStatus.REBUILDING);
		assertThat(rebuilding.canRebuild()).isFalse();
		assertThat(rebuilding.documentCount()).isZero();
		assertThat(rebuilding.providerProperties()).isNull();
		assertThatExceptionOfType(UmbracoConflictException.class)
			.isThrownBy(() -> this.indexers.postIndexerByIndexNameRebuild(this.index).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("Conflict");
				assertThat(ex.getProblemDetails().title()).isEqualTo("Index could not be rebuilt");
			});
		assertThat(this.umbraco.examine().indexRebuilds(this.index)).isZero();
	}

	@Test
	void refusesToRebuildAnIndexThatCannotBeRebuilt() {
		this.umbraco.examine().addIndex(this.index, false);
		assertThat(this.indexers.getIndexerByIndexName(this.index).block().canRebuild()).isFalse();
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.indexers.postIndexerByIndexNameRebuild(this.index).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("InvalidRequest");
				assertThat(ex.getProblemDetails().detail()).contains(this.index);
			});
	}

	@Test
	void reportsAnUnknownIndexAsNotFound() {
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.indexers.getIndexerByIndexName(this.index).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("NotFound");
				assertThat(ex.getProblemDetails().title()).isEqualTo("Index Not Found");
				assertThat(ex.getProblemDetails().detail()).contains(this.index);
			});
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.indexers.postIndexerByIndexNameRebuild(this.index).block());
	}

}
