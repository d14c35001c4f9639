package io.github.umbracomgmt.test;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Searcher} operations: list the registered searchers and query one, paged.
 *
 * <p>
 * As on a default Umbraco site, no searcher is registered until a test adds one: the
 * built-in indexes are searched through their own searchers, which Umbraco finds by the
 * index name ({@code /searcher/ExternalIndex/query}). A blank term answers an empty page
 * before the name is even checked, as Umbraco's controller does.
 */
final class SearcherResources implements ResourceGroup {

	private final ExamineStore store;

	SearcherResources(ExamineStore store) {
		this.store = store;
	}

	@Override
	public void registerRoutes(Router router) {
		router.get("/searcher", (request, variables) -> Paging.respond(request, this.store.searcherNames(), name -> {
			ObjectNode node = Json.object();
			node.put("name", name);
			return node;
		}));
		router.get("/searcher/{searcherName}/query", this::query);
	}

	private ApiResponse query(ApiRequest request, Map<String, String> variables) {
		Paging paging = Paging.from(request);
		String term = QueryParams.string(request, "term");
		if (term == null || term.isBlank()) {
			return ApiResponse.json(200, paging.page(List.of(), hit -> Json.object()));
		}
		String name = PathSegment.decode(variables.get("searcherName"));
		List<ExamineStore.Index> targets = this.store.searchTargets(name)
			.orElseThrow(() -> new ResponseException(ApiResponse.problem(404, "Could not find a valid searcher",
					"The provided searcher name did not match any of our registered searchers", "NotFound")));
		for (String token : term.trim().split("\\s+")) {
			String value = token.substring(token.indexOf(':') + 1);
			if (value.startsWith("*") || value.startsWith("?")) {
				// Lucene's classic parser rejects a leading wildcard; Umbraco turns that
				// into a 400.
				return ApiResponse.problem(400, "Could not parse the query",
						"Parser could not parse the query. Please double check if the query is valid. Sometimes this"
								+ " can also happen if your query starts with a wildcard (*)",
						"InvalidRequest");
			}
		}
		return ApiResponse.json(200, paging.page(this.store.search(targets, term), SearcherResources::hit));
	}

	/**
	 * {@code SearchResultResponseModel}, fields ordered by name as Umbraco orders them.
	 */
	private static ObjectNode hit(ExamineStore.Hit hit) {
		ObjectNode node = Json.object();
		node.put("id", hit.document().id());
		node.put("score", hit.score());
		Map<String, List<String>> fields = ExamineStore.sortedFields(hit.document());
		node.put("fieldCount", fields.size());
		ArrayNode array = node.putArray("fields");
		fields.forEach((name, values) -> {
			ObjectNode field = array.addObject();
			field.put("name", name);
			ArrayNode valueArray = field.putArray("values");
			values.forEach(valueArray::add);
		});
		return node;
	}

}
