package io.github.umbracomgmt.test;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Examine indexes and searchers of an {@link UmbracoTestServer}, e.g.
 * {@code umbraco.examine().addIndexDocument("ExternalIndex", "1057", fields)}.
 *
 * <p>
 * What the methods add is what clients then see over HTTP; what they read is what clients
 * left.
 */
public final class TestExamine {

	private final ExamineStore examine;

	TestExamine(ExamineStore examine) {
		this.examine = examine;
	}

	/**
	 * Adds an Examine index besides the built-in {@code ExternalIndex},
	 * {@code InternalIndex} and {@code MembersIndex}; one that cannot be rebuilt answers
	 * a rebuild with 400, as Umbraco does for an index whose populator it cannot
	 * validate.
	 */
	public void addIndex(String indexName, boolean canRebuild) {
		this.examine.addIndex(Objects.requireNonNull(indexName, "indexName"), canRebuild);
	}

	/**
	 * Puts a document in an index (replacing one with the same id), so {@code /indexer}
	 * counts it and {@code /searcher/{name}/query} finds it, e.g.
	 * {@code addIndexDocument("ExternalIndex", "1057",
	 * Map.of("nodeName", "Home", "__NodeTypeAlias", "home"))}.
	 */
	public void addIndexDocument(String indexName, String id, Map<String, String> fields) {
		this.examine.addDocument(Objects.requireNonNull(indexName, "indexName"), Objects.requireNonNull(id, "id"),
				Objects.requireNonNull(fields, "fields"));
	}

	/** Documents in an index. */
	public int indexDocumentCount(String indexName) {
		return this.examine.documentCount(Objects.requireNonNull(indexName, "indexName"));
	}

	/**
	 * Rebuilds of an index accepted through {@code POST /indexer/{indexName}/rebuild}.
	 */
	public int indexRebuilds(String indexName) {
		return this.examine.rebuilds(Objects.requireNonNull(indexName, "indexName"));
	}

	/**
	 * Holds an index in the middle of a rebuild (health {@code Rebuilding}, no counts,
	 * and a further rebuild answers 409), or ends that state.
	 */
	public void setIndexRebuilding(String indexName, boolean rebuilding) {
		this.examine.setRebuilding(Objects.requireNonNull(indexName, "indexName"), rebuilding);
	}

	/**
	 * Registers a searcher, listed by {@code /searcher} and queried by name, over the
	 * given indexes (all when none are named). A default Umbraco site registers none: its
	 * indexes are queried by their own names.
	 */
	public void addSearcher(String name, String... indexNames) {
		this.examine.addSearcher(Objects.requireNonNull(name, "name"), List.of(indexNames));
	}

	/**
	 * Puts Examine back as on a fresh site: the three built-in indexes, empty, and no
	 * registered searcher.
	 */
	public void reset() {
		this.examine.reset();
	}

}
