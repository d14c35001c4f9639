package io.github.umbracomgmt.client;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.FieldPresentation;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.SearchResultResponse;
import io.github.umbracomgmt.client.model.SearcherResponse;
import io.github.umbracomgmt.error.UmbracoBadRequestException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SearcherClientTests extends ClientTestSupport {

	@Autowired
	private UmbracoSearcherClient searchers;

	private final String suffix = UUID.randomUUID().toString().replace("-", "");

	private final String index = "Test" + this.suffix + "Index";

	private final String searcher = "Test" + this.suffix + "Searcher";

	@BeforeEach
	void addIndexWithDocuments() {
		this.umbraco.examine().addIndex(this.index, true);
		this.umbraco.examine()
			.addIndexDocument(this.index, "1057",
					Map.of("nodeName", "Home", "__NodeTypeAlias", "home", "bodyText", "Welcome to the garden"));
		this.umbraco.examine()
			.addIndexDocument(this.index, "1058", Map.of("nodeName", "Garden tools", "__NodeTypeAlias", "page"));
		this.umbraco.examine()
			.addIndexDocument(this.index, "1059", Map.of("nodeName", "Contact", "__NodeTypeAlias", "page"));
	}

	@Test
	void listsRegisteredSearchers() {
		this.umbraco.examine().addSearcher(this.searcher, this.index);
		Page<SearcherResponse> page = this.searchers.getSearcherPage(null, null).block();
		assertThat(page.total()).isEqualTo(page.items().size());
		assertThat(page.items()).extracting(SearcherResponse::name).contains(this.searcher);
	}

	@Test
	void walksTheSearchersPageByPage() {
		for (int i = 0; i < 3; i++) {
			this.umbraco.examine().addSearcher(this.searcher + i, this.index);
		}
		long total = this.searchers.getSearcherPage(0, 1).block().total();
		this.umbraco.resetCounters();
		List<SearcherResponse> all = this.searchers.getSearcherAll(2).collectList().block();
		assertThat(all).hasSize((int) total)
			.extracting(SearcherResponse::name)
			.doesNotHaveDuplicates()
			.contains(this.searcher + 0, this.searcher + 1, this.searcher + 2);
		assertThat(this.umbraco.apiRequests("GET", "/umbraco/management/api/v1/searcher"))
			.isEqualTo((int) ((total + 1) / 2));
		try (var stream = this.searchers.getSearcherStream(1)) {
			assertThat(stream.count()).isEqualTo(total);
		}
	}

	@Test
	void queriesAnIndexByItsNameAndReportsTheFieldsOfEachHit() {
		Page<SearchResultResponse> results = this.searchers
			.getSearcherBySearcherNameQueryPage(this.index, "nodeName:home", null, null)
			.block();
		assertThat(results.total()).isEqualTo(1);
		assertThat(results.items()).singleElement().satisfies((hit) -> {
			assertThat(hit.id()).isEqualTo("1057");
			assertThat(hit.score()).isPositive();
			assertThat(hit.fieldCount()).isEqualTo(3);
			assertThat(hit.fields()).extracting(FieldPresentation::name)
				.containsExactly("__NodeTypeAlias", "bodyText", "nodeName");
			assertThat(hit.fields()).contains(new FieldPresentation("nodeName", List.of("Home")));
		});
	}

	@Test
	void queriesThroughARegisteredSearcher() {
		this.umbraco.examine().addSearcher(this.searcher, this.index);
		Page<SearchResultResponse> results = this.searchers
			.getSearcherBySearcherNameQueryPage(this.searcher, "garden", null, null)
			.block();
		assertThat(results.items()).extracting(SearchResultResponse::id).containsExactlyInAnyOrder("1057", "1058");
	}

	@Test
	void ordersHitsByScore() {
		List<SearchResultResponse> hits = this.searchers
			.getSearcherBySearcherNameQueryPage(this.index, "garden tools", null, null)
			.block()
			.items();
		assertThat(hits).extracting(SearchResultResponse::id).startsWith("1058");
		assertThat(hits).extracting(SearchResultResponse::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void walksTheHitsPageByPage() {
		this.umbraco.resetCounters();
		List<SearchResultResponse> hits = this.searchers.getSearcherBySearcherNameQueryAll(this.index, "page", 1)
			.collectList()
			.block();
		assertThat(hits).extracting(SearchResultResponse::id).containsExactlyInAnyOrder("1058", "1059");
		assertThat(this.umbraco.apiRequests("GET", "/umbraco/management/api/v1/searcher/" + this.index + "/query"))
			.isEqualTo(2);
		try (var stream = this.searchers.getSearcherBySearcherNameQueryStream(this.index, "nodeName:o", 2)) {
			assertThat(stream.map(SearchResultResponse::id)).containsExactlyInAnyOrder("1057", "1058", "1059");
		}
	}

	@Test
	void answersAnEmptyPageForABlankTerm() {
		Page<SearchResultResponse> results = this.searchers
			.getSearcherBySearcherNameQueryPage(this.index, " ", null, null)
			.block();
		assertThat(results.total()).isZero();
		assertThat(results.items()).isEmpty();
	}

	@Test
	void reportsAnUnknownSearcherAsNotFound() {
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(
					() -> this.searchers.getSearcherBySearcherNameQueryPage(this.searcher, "home", null, null).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("NotFound");
				assertThat(ex.getProblemDetails().title()).isEqualTo("Could not find a valid searcher");
			});
	}

	@Test
	void reportsAQueryStartingWithAWildcardAsABadRequest() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.searchers.getSearcherBySearcherNameQueryPage(this.index, "*ome", null, null).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("InvalidRequest");
				assertThat(ex.getProblemDetails().title()).isEqualTo("Could not parse the query");
			});
	}

}
