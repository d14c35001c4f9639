package io.github.umbracomgmt.test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code Indexer} and {@code Searcher} groups, which share the fake's Examine
 * indexes.
 */
class ExamineResourceTests extends ServerTestSupport {

	/** The required properties of IndexResponseModel. */
	private static final List<String> INDEX_REQUIRED = List.of("canRebuild", "documentCount", "fieldCount",
			"healthStatus", "name", "searcherName");

	/** The required properties of SearchResultResponseModel. */
	private static final List<String> RESULT_REQUIRED = List.of("fieldCount", "fields", "id", "score");

	@Test
	void listsTheBuiltInIndexesPaged() {
		JsonNode indexes = this.http.getJson("/indexer");

		assertThat(indexes.get("total").asLong()).isEqualTo(3);
		assertThat(indexes.get("items").valueStream().map(index -> index.get("name").asString()))
			.containsExactly("ExternalIndex", "InternalIndex", "MembersIndex");
		indexes.get("items").forEach(index -> assertThat(index.propertyNames()).containsAll(INDEX_REQUIRED));

		JsonNode page = this.http.getJson("/indexer?skip=2&take=5");
		assertThat(page.get("total").asLong()).isEqualTo(3);
		assertThat(page.get("items").valueStream().map(index -> index.get("name").asString()))
			.containsExactly("MembersIndex");
	}

	@Test
	void indexReportsHealthAndCounts() {
		this.server.examine()
			.addIndexDocument("ExternalIndex", "1057", Map.of("nodeName", "Home", "__NodeTypeAlias", "home"));
		this.server.examine()
			.addIndexDocument("ExternalIndex", "1058", Map.of("nodeName", "About", "bodyText", "Hello"));

		JsonNode index = this.http.getJson("/indexer/externalindex");

		assertThat(index.get("name").asString()).isEqualTo("ExternalIndex");
		assertThat(index.get("healthStatus").get("status").asString()).isEqualTo("Healthy");
		assertThat(index.get("canRebuild").asBoolean()).isTrue();
		assertThat(index.get("searcherName").asString()).isEqualTo("ExternalIndexSearcher");
		assertThat(index.get("documentCount").asLong()).isEqualTo(2);
		assertThat(index.get("fieldCount").asInt()).isEqualTo(3);
		assertThat(index.get("providerProperties").isObject()).isTrue();
		assertThat(this.server.examine().indexDocumentCount("ExternalIndex")).isEqualTo(2);
	}

	@Test
	void unknownIndexIsNotFound() {
		JsonNode problem = assertProblem(this.http.get("/indexer/NoSuchIndex"), 404, "NotFound");
		assertThat(problem.get("title").asString()).isEqualTo("Index Not Found");
		assertProblem(this.http.send("POST", "/indexer/NoSuchIndex/rebuild", null), 404, "NotFound");
	}

	@Test
	void rebuildIsAcceptedAndCounted() {
		HttpResponse<String> response = this.http.send("POST", "/indexer/InternalIndex/rebuild", null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertThat(this.server.examine().indexRebuilds("InternalIndex")).isEqualTo(1);
	}

	@Test
	void rebuildWhileRebuildingIsAConflict() {
		this.server.examine().setIndexRebuilding("MembersIndex", true);

		JsonNode index = this.http.getJson("/indexer/MembersIndex");
		assertThat(index.get("healthStatus").get("status").asString()).isEqualTo("Rebuilding");
		assertThat(index.get("canRebuild").asBoolean()).isFalse();
		assertThat(index.get("documentCount").asLong()).isZero();
		assertProblem(this.http.send("POST", "/indexer/MembersIndex/rebuild", null), 409, "Conflict");
		assertThat(this.server.examine().indexRebuilds("MembersIndex")).isZero();
	}

	@Test
	void indexThatCannotBeRebuiltIsABadRequest() {
		this.server.examine().addIndex("ProductIndex", false);

		assertThat(this.http.getJson("/indexer/ProductIndex").get("canRebuild").asBoolean()).isFalse();
		assertProblem(this.http.send("POST", "/indexer/ProductIndex/rebuild", null), 400, "InvalidRequest");
	}

	@Test
	void noSearcherIsRegisteredOnAFreshSite() {
		JsonNode searchers = this.http.getJson("/searcher");

		assertThat(searchers.get("total").asLong()).isZero();
		assertThat(searchers.get("items").isEmpty()).isTrue();
	}

	@Test
	void listsRegisteredSearchersPaged() {
		this.server.examine().addSearcher("MultiSearcher");
		this.server.examine().addSearcher("ContentSearcher", "ExternalIndex", "InternalIndex");

		JsonNode searchers = this.http.getJson("/searcher");
		assertThat(searchers.get("total").asLong()).isEqualTo(2);
		assertThat(searchers.get("items").valueStream().map(searcher -> searcher.get("name").asString()))
			.containsExactly("ContentSearcher", "MultiSearcher");

		JsonNode page = this.http.getJson("/searcher?skip=1&take=1");
		assertThat(page.get("items").get(0).get("name").asString()).isEqualTo("MultiSearcher");
	}

	@Test
	void queriesAnIndexByItsNameWithPaging() {
		this.server.examine()
			.addIndexDocument("ExternalIndex", "1057", Map.of("nodeName", "Home page", "bodyText", "Welcome"));
		this.server.examine().addIndexDocument("ExternalIndex", "1058", Map.of("nodeName", "About us"));
		this.server.examine()
			.addIndexDocument("ExternalIndex", "1059", Map.of("nodeName", "Home office", "bodyText", "Desk"));
		this.server.examine().addIndexDocument("InternalIndex", "1060", Map.of("nodeName", "Home internal"));

		JsonNode results = this.http.getJson("/searcher/ExternalIndex/query?term=home");
		assertThat(results.get("total").asLong()).isEqualTo(2);
		assertThat(results.get("items").valueStream().map(item -> item.get("id").asString())).containsExactly("1057",
				"1059");
		JsonNode first = results.get("items").get(0);
		assertThat(first.propertyNames()).containsAll(RESULT_REQUIRED);
		assertThat(first.get("score").isNumber()).isTrue();
		assertThat(first.get("fieldCount").asInt()).isEqualTo(2);
		assertThat(first.get("fields").valueStream().map(field -> field.get("name").asString()))
			.containsExactly("bodyText", "nodeName");
		assertThat(first.get("fields").get(1).get("values").get(0).asString()).isEqualTo("Home page");

		JsonNode page = this.http.getJson("/searcher/ExternalIndex/query?term=home&skip=1&take=1");
		assertThat(page.get("total").asLong()).isEqualTo(2);
		assertThat(page.get("items").valueStream().map(item -> item.get("id").asString())).containsExactly("1059");

		JsonNode byField = this.http.getJson("/searcher/ExternalIndex/query?term=bodyText:desk");
		assertThat(byField.get("items").valueStream().map(item -> item.get("id").asString())).containsExactly("1059");
	}

	@Test
	void registeredSearcherSearchesItsIndexes() {
		this.server.examine().addIndexDocument("ExternalIndex", "1", Map.of("nodeName", "Home"));
		this.server.examine().addIndexDocument("MembersIndex", "2", Map.of("nodeName", "Homer"));
		this.server.examine().addSearcher("MultiSearcher");

		JsonNode results = this.http.getJson("/searcher/MultiSearcher/query?term=hom*");

		assertThat(results.get("total").asLong()).isEqualTo(2);
	}

	@Test
	void blankTermAnswersAnEmptyPageAndUnknownSearcherIsNotFound() {
		JsonNode empty = this.http.getJson("/searcher/Whatever/query");
		assertThat(empty.get("total").asLong()).isZero();
		assertThat(empty.get("items").isEmpty()).isTrue();

		assertProblem(this.http.get("/searcher/Whatever/query?term=home"), 404, "NotFound");
		assertProblem(this.http.get("/searcher/ExternalIndex/query?term=*home"), 400, "InvalidRequest");
	}

	@Test
	void resetEmptiesIndexesAndForgetsSearchers() {
		this.server.examine().addIndexDocument("ExternalIndex", "1", Map.of("nodeName", "Home"));
		this.server.examine().addSearcher("MultiSearcher");
		this.server.examine().addIndex("ProductIndex", true);

		this.server.reset();

		assertThat(this.server.examine().indexDocumentCount("ExternalIndex")).isZero();
		assertThat(this.http.getJson("/searcher").get("total").asLong()).isZero();
		assertThat(this.http.getJson("/indexer").get("total").asLong()).isEqualTo(3);
	}

}
