package io.github.umbracomgmt.test;

import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Indexer} operations: list the Examine indexes, read one, rebuild one. A
 * rebuild completes at once and keeps the documents tests added; a test that needs a
 * rebuild in progress holds the index in that state through
 * {@link ExamineStore#setRebuilding(String, boolean)}.
 *
 * <p>
 * Errors follow Umbraco's controllers: an unknown index is {@code Index Not Found} (404),
 * an index whose populator cannot be validated cannot be rebuilt (400), and a rebuild
 * that fails, here because one is running, is a 409.
 */
final class IndexerResources implements ResourceGroup {

	private final ExamineStore store;

	IndexerResources(ExamineStore store) {
		this.store = store;
	}

	@Override
	public void registerRoutes(Router router) {
		router.get("/indexer", (request, variables) -> {
			Paging paging = Paging.from(request);
			return this.store
				.locked(() -> ApiResponse.json(200, paging.page(this.store.indexes(), IndexerResources::index)));
		});
		router.get("/indexer/{indexName}",
				(request, variables) -> this.store.locked(() -> ApiResponse.json(200, index(existing(variables)))));
		router.post("/indexer/{indexName}/rebuild", this::rebuild);
	}

	private ApiResponse rebuild(ApiRequest request, Map<String, String> variables) {
		return this.store.locked(() -> {
			ExamineStore.Index index = existing(variables);
			if (!index.canRebuild) {
				return ApiResponse.problem(400, "Could not validate the populator",
						"The index " + index.name + " could not be rebuilt because we could not validate its associated"
								+ " Umbraco.Cms.Infrastructure.Examine.IIndexPopulator",
						"InvalidRequest");
			}
			if (index.rebuilding) {
				return ApiResponse.problem(409, "Index could not be rebuilt",
						"The index " + index.name + " could not be rebuild. Check the log for details on this error.",
						"Conflict");
			}
			index.rebuilds++;
			return ApiResponse.empty(200);
		});
	}

	/**
	 * {@code IndexResponseModel}; while rebuilding Umbraco reports no counts and no
	 * provider properties.
	 */
	private static ObjectNode index(ExamineStore.Index index) {
		ObjectNode node = Json.object();
		node.put("name", index.name);
		ObjectNode health = node.putObject("healthStatus");
		health.put("status", index.rebuilding ? "Rebuilding" : "Healthy");
		health.putNull("message");
		node.put("canRebuild", !index.rebuilding && index.canRebuild);
		// Examine names an index's searcher after the index.
		node.put("searcherName", index.name + "Searcher");
		node.put("documentCount", index.rebuilding ? 0L : (long) index.documents.size());
		node.put("fieldCount", index.rebuilding ? 0 : index.fieldNames().size());
		if (index.rebuilding) {
			node.putNull("providerProperties");
		}
		else {
			ObjectNode properties = node.putObject("providerProperties");
			properties.put("CommitCount", 0);
			properties.put("DefaultAnalyzer", "StandardAnalyzer");
			properties.put("LuceneDirectory", "NRTCachingDirectory");
			properties.put("LuceneIndexFolder", index.name.toLowerCase(Locale.ROOT));
			properties.put("DirectoryFactory",
					"Umbraco.Cms.Infrastructure.Examine.ConfigurationEnabledDirectoryFactory");
			properties.put("EnableDefaultEventHandler", true);
			properties.put("PublishedValuesOnly", "ExternalIndex".equals(index.name));
			properties.put("SupportProtectedContent", "InternalIndex".equals(index.name));
		}
		return node;
	}

	private ExamineStore.Index existing(Map<String, String> variables) {
		String name = PathSegment.decode(variables.get("indexName"));
		return this.store.index(name)
			.orElseThrow(() -> new ResponseException(
					ApiResponse.problem(404, "Index Not Found", "No index found with name = " + name, "NotFound")));
	}

}
