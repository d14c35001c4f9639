package io.github.umbracomgmt.test;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The element library of an {@link UmbracoTestServer} (Umbraco 18's {@code Element}
 * group), for tests to seed and inspect:
 * {@code umbraco.elements().add("Hero", heroTypeId, null)}. What the methods add is what
 * clients then see over HTTP.
 */
public final class TestElements {

	private final ElementStore store;

	private final Clock clock;

	private final Supplier<UUID> currentUserId;

	TestElements(ElementStore store, Clock clock, Supplier<UUID> currentUserId) {
		this.store = store;
		this.clock = clock;
		this.currentUserId = currentUserId;
	}

	/**
	 * Adds a folder to the library and returns its id.
	 * @param parentId the folder to add it in, or {@code null} for the root
	 * @throws IllegalArgumentException when the parent is no folder or a folder on that
	 * level has the name
	 */
	public UUID addFolder(String name, UUID parentId) {
		Objects.requireNonNull(name, "name");
		UUID id = UUID.randomUUID();
		synchronized (this.store) {
			FolderedStore.FolderChange change = this.store.addFolder(id, name, parentId, this.clock.instant());
			if (change != FolderedStore.FolderChange.DONE) {
				throw new IllegalArgumentException(
						"Umbraco refuses folder '" + name + "' below " + parentId + ": " + change);
			}
		}
		return id;
	}

	/**
	 * Adds an invariant draft element, with its first version, and returns its id. Any
	 * element type id is accepted: the element only keeps a reference to it.
	 * @param folderId the folder to add it in, or {@code null} for the root
	 * @throws IllegalArgumentException when the folder does not exist
	 */
	public UUID add(String name, UUID documentTypeId, UUID folderId) {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(documentTypeId, "documentTypeId");
		Instant now = this.clock.instant();
		synchronized (this.store) {
			if (folderId != null && this.store.library.folder(folderId).isEmpty()) {
				throw new IllegalArgumentException("No element folder has the id " + folderId);
			}
			DocumentStore.Node element = new DocumentStore.Node(UUID.randomUUID(), documentTypeId, now);
			element.parentId = folderId;
			element.variants.add(new DocumentStore.Variant(null, null, name, now));
			this.store.add(element, this.currentUserId.get(), now);
			return element.id;
		}
	}

	/** Publishes every variant of an element. */
	public void publish(UUID id) {
		synchronized (this.store) {
			this.store.content.publishAll(existing(id).id, this.clock.instant());
		}
	}

	/** Elements the library holds, those in the recycle bin included. */
	public int count() {
		synchronized (this.store) {
			return this.store.content.documentCount();
		}
	}

	/** Whether an element with this id exists (in the library or in the recycle bin). */
	public boolean has(UUID id) {
		synchronized (this.store) {
			return this.store.element(id) != null;
		}
	}

	/** Whether an element or folder with this id is in the recycle bin. */
	public boolean isTrashed(UUID id) {
		synchronized (this.store) {
			return this.store.isTrashed(id);
		}
	}

	/** An element's (first variant's) name, if the element exists. */
	public Optional<String> name(UUID id) {
		synchronized (this.store) {
			return Optional.ofNullable(this.store.element(id)).map(DocumentStore.Node::displayName);
		}
	}

	/** Whether the element has a published variant. */
	public boolean isPublished(UUID id) {
		synchronized (this.store) {
			return existing(id).isPublished();
		}
	}

	/** Removes every element, element version and folder, the recycle bin's included. */
	public void clear() {
		synchronized (this.store) {
			this.store.clear();
		}
	}

	private DocumentStore.Node existing(UUID id) {
		DocumentStore.Node element = this.store.element(Objects.requireNonNull(id, "id"));
		if (element == null) {
			throw new IllegalArgumentException("No element has the id " + id);
		}
		return element;
	}

}
