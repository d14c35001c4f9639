package io.github.umbracomgmt.test;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The documents of an {@link UmbracoTestServer}, with their versions and blueprints, e.g.
 * {@code umbraco.documents().add("Home", pageTypeId)}.
 *
 * <p>
 * What the methods add is what clients then see over HTTP; what they read is what clients
 * left.
 */
public final class TestDocuments {

	private final DocumentStore documents;

	private final Clock clock;

	private final Supplier<UUID> currentUserId;

	TestDocuments(DocumentStore documents, Clock clock, Supplier<UUID> currentUserId) {
		this.documents = documents;
		this.clock = clock;
		this.currentUserId = currentUserId;
	}

	/**
	 * Adds an invariant draft document at the root, with its first version, and returns
	 * its id. Any document type id is accepted: the document only keeps a reference to
	 * it.
	 */
	public UUID add(String name, UUID documentTypeId) {
		return add(name, documentTypeId, null);
	}

	/**
	 * Adds an invariant draft document below {@code parentId} ({@code null} for the root)
	 * and returns its id.
	 */
	public UUID add(String name, UUID documentTypeId, UUID parentId) {
		return this.documents.seed(Objects.requireNonNull(name, "name"),
				Objects.requireNonNull(documentTypeId, "documentTypeId"), parentId, this.clock.instant(),
				this.currentUserId.get());
	}

	/**
	 * Publishes every variant of a document, e.g. one added with
	 * {@link #add(String, UUID)}.
	 */
	public void publish(UUID id) {
		this.documents.publishAll(Objects.requireNonNull(id, "id"), this.clock.instant());
	}

	/** Documents the server holds, those in the recycle bin included. */
	public int count() {
		return this.documents.documentCount();
	}

	/** Whether a document with this id exists (in the tree or in the recycle bin). */
	public boolean has(UUID id) {
		return this.documents.containsDocument(id);
	}

	/** Document blueprints the server holds. */
	public int blueprintCount() {
		return this.documents.blueprintCount();
	}

	/** Removes every document, document version and document blueprint. */
	public void clear() {
		this.documents.clear();
	}

}
