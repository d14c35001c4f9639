package io.github.umbracomgmt.test;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * The documents, their versions and the document blueprints the fake knows, kept in
 * creation order so trees and pages are stable from one request to the next.
 *
 * <p>
 * A document keeps only its document type's id: the fake accepts any type, so a test can
 * create documents without seeding document types first, and this group never depends on
 * another group's data.
 *
 * <p>
 * One operation often touches several entries (a publish reads the parent, changes the
 * document and records a version), so callers hold this store's monitor for the whole
 * operation: every method without {@code synchronized} expects the caller to be
 * synchronized on the store already.
 */
final class DocumentStore {

	/**
	 * The icon reported for every document type reference, since the fake does not know
	 * the types themselves.
	 */
	static final String DEFAULT_ICON = "icon-document";

	/** The property editor reported for a value whose editor the request did not name. */
	static final String DEFAULT_EDITOR_ALIAS = "Umbraco.TextBox";

	private final Map<UUID, Node> documents = new LinkedHashMap<>();

	private final Map<UUID, Version> versions = new LinkedHashMap<>();

	private final Map<UUID, Blueprint> blueprints = new LinkedHashMap<>();

	/**
	 * A property value as Umbraco stores it: per alias, culture and segment, with any
	 * JSON as value.
	 */
	record Value(String alias, String culture, String segment, JsonNode value, String editorAlias) {
	}

	/**
	 * One culture/segment variant of a document or blueprint, with its own name and
	 * publishing state.
	 */
	static final class Variant {

		final String culture;

		final String segment;

		String name;

		final Instant createDate;

		Instant updateDate;

		Instant publishDate;

		boolean published;

		/**
		 * Saved since it was last published: what makes Umbraco report
		 * {@code PublishedPendingChanges}.
		 */
		boolean edited;

		String publishedName;

		Instant scheduledPublishDate;

		Instant scheduledUnpublishDate;

		Variant(String culture, String segment, String name, Instant createDate) {
			this.culture = culture;
			this.segment = segment;
			this.name = name;
			this.createDate = createDate;
			this.updateDate = createDate;
		}

		/** The {@code DocumentVariantStateModel} value. */
		String state() {
			if (!this.published) {
				return "Draft";
			}
			return this.edited ? "PublishedPendingChanges" : "Published";
		}

		boolean matches(String culture, String segment) {
			return sameCulture(this.culture, culture) && Objects.equals(this.segment, segment);
		}

		Variant copy() {
			Variant copy = new Variant(this.culture, this.segment, this.name, this.createDate);
			copy.updateDate = this.updateDate;
			copy.publishDate = this.publishDate;
			copy.published = this.published;
			copy.edited = this.edited;
			copy.publishedName = this.publishedName;
			copy.scheduledPublishDate = this.scheduledPublishDate;
			copy.scheduledUnpublishDate = this.scheduledUnpublishDate;
			return copy;
		}

	}

	/**
	 * A document, or an element of the element library (which Umbraco keeps as the same
	 * kind of content): its tree position, current draft, publishing state and the
	 * versions that record its history. An element's parent is a folder of the library,
	 * which is why a node is also a {@link FolderedStore.Entry}.
	 */
	static final class Node implements FolderedStore.Entry {

		final UUID id;

		final Instant createDate;

		UUID documentTypeId;

		UUID parentId;

		UUID templateId;

		List<Value> values = List.of();

		final List<Variant> variants = new ArrayList<>();

		boolean trashed;

		/**
		 * Where a trashed document lived, so a restore without target can put it back.
		 */
		UUID originalParentId;

		UUID currentVersionId;

		UUID publishedVersionId;

		/**
		 * The values as they were when last published, served by {@code GET
		 * /document/{id}/published}.
		 */
		List<Value> publishedValues = List.of();

		Node(UUID id, UUID documentTypeId, Instant createDate) {
			this.id = id;
			this.documentTypeId = documentTypeId;
			this.createDate = createDate;
		}

		@Override
		public UUID id() {
			return this.id;
		}

		@Override
		public String name() {
			return displayName();
		}

		@Override
		public UUID parentId() {
			return this.parentId;
		}

		/**
		 * Umbraco decides variance from the document type; the fake has no types, so the
		 * variants' cultures decide.
		 */
		boolean variesByCulture() {
			return this.variants.stream().anyMatch(variant -> variant.culture != null);
		}

		boolean isPublished() {
			return this.variants.stream().anyMatch(variant -> variant.published);
		}

		Variant variant(String culture, String segment) {
			return this.variants.stream().filter(variant -> variant.matches(culture, segment)).findFirst().orElse(null);
		}

		/**
		 * The name trees and items fall back on: the invariant name, else the first
		 * culture's.
		 */
		String displayName() {
			return this.variants.isEmpty() ? "" : this.variants.get(0).name;
		}

	}

	/**
	 * A saved state of a document, listed by the Document Version operations and used for
	 * rollbacks.
	 */
	static final class Version {

		final UUID id;

		final UUID documentId;

		final UUID documentTypeId;

		final UUID templateId;

		final UUID userId;

		final Instant versionDate;

		final List<Value> values;

		final List<Variant> variants;

		volatile boolean preventCleanup;

		Version(UUID id, Node document, UUID userId, Instant versionDate) {
			this.id = id;
			this.documentId = document.id;
			this.documentTypeId = document.documentTypeId;
			this.templateId = document.templateId;
			this.userId = userId;
			this.versionDate = versionDate;
			this.values = List.copyOf(document.values);
			this.variants = document.variants.stream().map(Variant::copy).toList();
		}

	}

	/** A document blueprint: a named set of values editors start new documents from. */
	static final class Blueprint {

		final UUID id;

		final Instant createDate;

		final UUID documentTypeId;

		List<Value> values = List.of();

		final List<Variant> variants = new ArrayList<>();

		Blueprint(UUID id, UUID documentTypeId, Instant createDate) {
			this.id = id;
			this.documentTypeId = documentTypeId;
			this.createDate = createDate;
		}

		String displayName() {
			return this.variants.isEmpty() ? "" : this.variants.get(0).name;
		}

	}

	/**
	 * Cultures are ISO codes that Umbraco compares without regard to case ({@code en-US}
	 * is {@code en-us}).
	 */
	static boolean sameCulture(String left, String right) {
		return (left == null) ? right == null : left.equalsIgnoreCase(right);
	}

	// documents

	Node document(UUID id) {
		return this.documents.get(id);
	}

	/**
	 * Umbraco keys are unique across all its nodes, so a blueprint's id cannot be reused
	 * for a document.
	 */
	boolean idInUse(UUID id) {
		return this.documents.containsKey(id) || this.blueprints.containsKey(id);
	}

	void add(Node document) {
		this.documents.put(document.id, document);
	}

	/**
	 * Direct children of a document, or the top level when {@code parentId} is
	 * {@code null}, trashed or not.
	 */
	List<Node> children(UUID parentId, boolean trashed) {
		return this.documents.values()
			.stream()
			.filter(node -> Objects.equals(node.parentId, parentId) && node.trashed == trashed)
			.toList();
	}

	/**
	 * Puts documents in this order among themselves, as sorting a tree level does; the
	 * store's order is the order trees list a level in.
	 */
	void reorder(List<Node> ordered) {
		ordered.forEach(node -> this.documents.remove(node.id));
		ordered.forEach(node -> this.documents.put(node.id, node));
	}

	boolean hasChildren(Node document) {
		return this.documents.values().stream().anyMatch(node -> document.id.equals(node.parentId));
	}

	/** The document's ancestors, root first, without the document itself. */
	List<Node> ancestors(Node document) {
		Deque<Node> ancestors = new ArrayDeque<>();
		Node current = (document.parentId != null) ? document(document.parentId) : null;
		while (current != null) {
			ancestors.addFirst(current);
			current = (current.parentId != null) ? document(current.parentId) : null;
		}
		return List.copyOf(ancestors);
	}

	/** Every document below this one, at any depth. */
	List<Node> descendants(Node document) {
		List<Node> result = new ArrayList<>();
		Deque<UUID> pending = new ArrayDeque<>(List.of(document.id));
		while (!pending.isEmpty()) {
			UUID parent = pending.removeFirst();
			for (Node node : this.documents.values()) {
				if (parent.equals(node.parentId)) {
					result.add(node);
					pending.addLast(node.id);
				}
			}
		}
		return result;
	}

	/**
	 * Removes a document with its descendants and their versions, as Umbraco deletes a
	 * whole branch.
	 */
	void remove(Node document) {
		List<Node> branch = new ArrayList<>(descendants(document));
		branch.add(document);
		for (Node node : branch) {
			this.documents.remove(node.id);
			this.versions.values().removeIf(version -> version.documentId.equals(node.id));
		}
	}

	List<Node> trashedTopLevel() {
		return children(null, true);
	}

	// versions

	/**
	 * Records the document's current state as a new version and makes it the current
	 * draft.
	 */
	Version addVersion(Node document, UUID userId, Instant now) {
		Version version = new Version(UUID.randomUUID(), document, userId, now);
		this.versions.put(version.id, version);
		document.currentVersionId = version.id;
		return version;
	}

	Version version(UUID id) {
		return this.versions.get(id);
	}

	/**
	 * A document's versions, newest first as Umbraco's rollback list shows them.
	 * Recording order decides rather than the dates, since a test clock may stand still
	 * or go back.
	 */
	List<Version> versions(UUID documentId) {
		List<Version> result = new ArrayList<>();
		for (Version version : this.versions.values()) {
			if (version.documentId.equals(documentId)) {
				result.add(0, version);
			}
		}
		return result;
	}

	// blueprints

	Blueprint blueprint(UUID id) {
		return this.blueprints.get(id);
	}

	void addBlueprint(Blueprint blueprint) {
		this.blueprints.put(blueprint.id, blueprint);
	}

	void removeBlueprint(UUID id) {
		this.blueprints.remove(id);
	}

	List<Blueprint> blueprints() {
		return List.copyOf(this.blueprints.values());
	}

	// used by UmbracoTestServer, outside any request

	/**
	 * Adds an invariant draft document named {@code name}, with its first version, and
	 * returns its id.
	 */
	synchronized UUID seed(String name, UUID documentTypeId, UUID parentId, Instant now, UUID userId) {
		if (parentId != null && document(parentId) == null) {
			throw new IllegalArgumentException("No document has the id " + parentId);
		}
		Node document = new Node(UUID.randomUUID(), documentTypeId, now);
		document.parentId = parentId;
		document.variants.add(new Variant(null, null, name, now));
		add(document);
		addVersion(document, userId, now);
		return document.id;
	}

	/**
	 * Publishes every variant of a document, as a test fixture that needs published
	 * content would.
	 */
	synchronized void publishAll(UUID id, Instant now) {
		Node document = document(id);
		if (document == null) {
			throw new IllegalArgumentException("No document has the id " + id);
		}
		for (Variant variant : document.variants) {
			publish(variant, now);
		}
		document.publishedValues = List.copyOf(document.values);
		document.publishedVersionId = document.currentVersionId;
	}

	static void publish(Variant variant, Instant now) {
		variant.published = true;
		variant.edited = false;
		variant.publishDate = now;
		variant.publishedName = variant.name;
	}

	synchronized int documentCount() {
		return this.documents.size();
	}

	synchronized boolean containsDocument(UUID id) {
		return this.documents.containsKey(id);
	}

	synchronized int blueprintCount() {
		return this.blueprints.size();
	}

	synchronized void clear() {
		this.documents.clear();
		this.versions.clear();
		this.blueprints.clear();
	}

}
