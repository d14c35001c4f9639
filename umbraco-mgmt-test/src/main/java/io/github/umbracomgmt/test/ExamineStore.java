package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Examine as the fake sees it: Umbraco's three built-in indexes, the documents tests put
 * in them, and searchers. Names match case-insensitively, as Examine's manager looks them
 * up.
 *
 * <p>
 * Searching is deliberately simple: the term is split on whitespace, a
 * {@code field:value} token matches that field, any other token matches any field, both
 * by case-insensitive substring (a trailing {@code *} is ignored); a document matches
 * when any token does (Lucene's default OR), scored by the share of tokens it matched.
 */
final class ExamineStore {

	/** The built-in index names, in the order Umbraco's index listing sorts them. */
	static final List<String> BUILT_IN = List.of("ExternalIndex", "InternalIndex", "MembersIndex");

	/**
	 * A document in an index.
	 *
	 * @param fields field name to values, in the order added
	 */
	record Document(String id, Map<String, List<String>> fields) {
	}

	/** A match, with Lucene's {@code float} score. */
	record Hit(Document document, float score) {
	}

	/** Mutable state of one index; guarded by the store's lock. */
	static final class Index {

		final String name;

		final boolean canRebuild;

		final Map<String, Document> documents = new LinkedHashMap<>();

		boolean rebuilding;

		int rebuilds;

		Index(String name, boolean canRebuild) {
			this.name = name;
			this.canRebuild = canRebuild;
		}

		/**
		 * The distinct field names across the documents, which Umbraco reports as
		 * {@code fieldCount}.
		 */
		Set<String> fieldNames() {
			Set<String> names = new LinkedHashSet<>();
			this.documents.values().forEach(document -> names.addAll(document.fields().keySet()));
			return names;
		}

	}

	private final Map<String, Index> indexes = new LinkedHashMap<>();

	/** Explicitly registered searchers: name to the index names they search. */
	private final Map<String, List<String>> searchers = new LinkedHashMap<>();

	ExamineStore() {
		reset();
	}

	synchronized void reset() {
		this.indexes.clear();
		this.searchers.clear();
		BUILT_IN.forEach(name -> this.indexes.put(key(name), new Index(name, true)));
	}

	synchronized void addIndex(String name, boolean canRebuild) {
		if (this.indexes.containsKey(key(name))) {
			throw new IllegalArgumentException("An index named '" + name + "' exists already");
		}
		this.indexes.put(key(name), new Index(name, canRebuild));
	}

	/**
	 * Every index, ordered by name without a trailing {@code Indexer}, as Umbraco's
	 * listing orders them.
	 */
	synchronized List<Index> indexes() {
		List<Index> all = new ArrayList<>(this.indexes.values());
		all.sort((a, b) -> trimEnd(a.name, "Indexer").compareTo(trimEnd(b.name, "Indexer")));
		return all;
	}

	synchronized Optional<Index> index(String name) {
		return Optional.ofNullable(this.indexes.get(key(name)));
	}

	/**
	 * Runs {@code action} under the store's lock, so a handler can read and change an
	 * index atomically.
	 */
	synchronized <T> T locked(Supplier<T> action) {
		return action.get();
	}

	/**
	 * Adds or replaces a document; each field holds one value, as most of Umbraco's
	 * indexed fields do.
	 */
	synchronized void addDocument(String indexName, String id, Map<String, String> fields) {
		Index index = existing(indexName);
		Map<String, List<String>> copy = new LinkedHashMap<>();
		fields.forEach((name, value) -> copy.put(name, List.of(value)));
		index.documents.put(id, new Document(id, Collections.unmodifiableMap(copy)));
	}

	synchronized int documentCount(String indexName) {
		return existing(indexName).documents.size();
	}

	synchronized int rebuilds(String indexName) {
		return existing(indexName).rebuilds;
	}

	synchronized void setRebuilding(String indexName, boolean rebuilding) {
		existing(indexName).rebuilding = rebuilding;
	}

	synchronized void addSearcher(String name, List<String> indexNames) {
		if (this.searchers.containsKey(name)) {
			throw new IllegalArgumentException("A searcher named '" + name + "' exists already");
		}
		indexNames.forEach(this::existing);
		this.searchers.put(name, List.copyOf(indexNames));
	}

	/**
	 * Searcher names, ordered by name without a trailing {@code Searcher}, as Umbraco's
	 * listing orders them.
	 */
	synchronized List<String> searcherNames() {
		List<String> names = new ArrayList<>(this.searchers.keySet());
		names.sort((a, b) -> trimEnd(a, "Searcher").compareTo(trimEnd(b, "Searcher")));
		return names;
	}

	/**
	 * The indexes a name searches: an index's own searcher first (Umbraco looks the name
	 * up as an index), then a registered searcher (all indexes when it names none); empty
	 * when the name is unknown.
	 */
	synchronized Optional<List<Index>> searchTargets(String name) {
		Index index = this.indexes.get(key(name));
		if (index != null) {
			return Optional.of(List.of(index));
		}
		return this.searchers.entrySet()
			.stream()
			.filter(entry -> entry.getKey().equalsIgnoreCase(name))
			.findFirst()
			.map(entry -> entry.getValue().isEmpty() ? List.copyOf(this.indexes.values())
					: entry.getValue().stream().map(this::existing).toList());
	}

	synchronized List<Hit> search(List<Index> targets, String term) {
		List<String> tokens = List.of(term.trim().split("\\s+"));
		List<Hit> hits = new ArrayList<>();
		for (Index index : targets) {
			for (Document document : index.documents.values()) {
				long matched = tokens.stream().filter(token -> matches(document, token)).count();
				if (matched > 0) {
					hits.add(new Hit(document, (float) matched / tokens.size()));
				}
			}
		}
		// Stable sort: equal scores keep index and insertion order.
		hits.sort((a, b) -> Float.compare(b.score(), a.score()));
		return hits;
	}

	private static boolean matches(Document document, String token) {
		String field = null;
		String value = token;
		int colon = token.indexOf(':');
		if (colon > 0) {
			field = token.substring(0, colon);
			value = token.substring(colon + 1);
		}
		String needle = stripQuotesAndWildcard(value).toLowerCase(Locale.ROOT);
		if (needle.isEmpty()) {
			return false;
		}
		for (Map.Entry<String, List<String>> entry : document.fields().entrySet()) {
			if (field != null && !entry.getKey().equalsIgnoreCase(field)) {
				continue;
			}
			for (String candidate : entry.getValue()) {
				if (candidate.toLowerCase(Locale.ROOT).contains(needle)) {
					return true;
				}
			}
		}
		return false;
	}

	private static String stripQuotesAndWildcard(String value) {
		String result = value;
		if (result.length() >= 2 && result.startsWith("\"") && result.endsWith("\"")) {
			result = result.substring(1, result.length() - 1);
		}
		while (result.endsWith("*")) {
			result = result.substring(0, result.length() - 1);
		}
		return result;
	}

	/** Sorted field view for responses, as Umbraco orders a result's fields by name. */
	static Map<String, List<String>> sortedFields(Document document) {
		return new TreeMap<>(document.fields());
	}

	private Index existing(String name) {
		Index index = this.indexes.get(key(name));
		if (index == null) {
			throw new IllegalArgumentException("No index named '" + name + "'; known: "
					+ this.indexes.values().stream().map(candidate -> candidate.name).toList());
		}
		return index;
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private static String trimEnd(String name, String suffix) {
		return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
	}

}
