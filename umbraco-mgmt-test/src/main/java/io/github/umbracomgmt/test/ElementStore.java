package io.github.umbracomgmt.test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Umbraco 18's element library: elements (content items of an element type, with
 * variants, values, publishing and versions, kept as {@link DocumentStore.Node}s) in
 * folders, and a recycle bin that takes elements and whole folders.
 *
 * <p>
 * The element data and versions live in {@link #content}, a {@link DocumentStore} of
 * their own, so versions and publishing work as for documents. Where each element or
 * folder sits lives in two {@link FolderedStore}s: the {@link #library} and the
 * {@link #bin}; trashing moves a branch from one to the other, keeping its shape, so the
 * recycle bin's tree and a restore need no bookkeeping of their own.
 *
 * <p>
 * Callers hold this store's monitor for a whole operation; the folder stores lock
 * themselves within it.
 */
final class ElementStore {

	/** The elements' data and versions. */
	final DocumentStore content = new DocumentStore();

	/** Folders and the elements outside the recycle bin. */
	final FolderedStore<DocumentStore.Node> library = new FolderedStore<>();

	/** Folders and elements in the recycle bin, the trashed branches at its root. */
	final FolderedStore<DocumentStore.Node> bin = new FolderedStore<>();

	private final Map<UUID, Instant> folderDates = new HashMap<>();

	/** Where a trashed branch lived, for {@code original-parent} and a restore. */
	private final Map<UUID, UUID> originalParents = new HashMap<>();

	/** Element and folder ids share Umbraco's node table, so none may be taken twice. */
	boolean idTaken(UUID id) {
		return this.content.idInUse(id) || this.library.idTaken(id) || this.bin.idTaken(id);
	}

	/** An element, in the library or the recycle bin. */
	DocumentStore.Node element(UUID id) {
		return this.content.document(id);
	}

	/** A folder, in the library or the recycle bin. */
	Optional<FolderedStore.Folder> folder(UUID id) {
		return this.library.folder(id).or(() -> this.bin.folder(id));
	}

	boolean isTrashed(UUID id) {
		return this.bin.entryOf(id).isPresent();
	}

	Instant folderCreated(UUID id, Instant fallback) {
		return this.folderDates.getOrDefault(id, fallback);
	}

	/** Adds an element to the library, recording its first version. */
	void add(DocumentStore.Node element, UUID userId, Instant now) {
		this.content.add(element);
		this.library.put(element);
		this.content.addVersion(element, userId, now);
	}

	/** Adds a folder to the library, as {@link FolderedStore#addFolder} decides. */
	FolderedStore.FolderChange addFolder(UUID id, String name, UUID parentId, Instant now) {
		FolderedStore.FolderChange change = this.library.addFolder(id, name, parentId);
		if (change == FolderedStore.FolderChange.DONE) {
			this.folderDates.put(id, now);
		}
		return change;
	}

	/**
	 * Moves an element or folder of the library, and everything in it, to the root of the
	 * recycle bin.
	 */
	void trash(UUID id) {
		List<FolderedStore.Entry> branch = this.library.removeBranch(id);
		if (branch.isEmpty()) {
			return;
		}
		this.originalParents.put(id, branch.get(0).parentId());
		for (FolderedStore.Entry entry : branch) {
			if (entry instanceof FolderedStore.Folder folder) {
				this.bin.putFolder(entry.id().equals(id) ? new FolderedStore.Folder(id, folder.name(), null) : folder);
			}
			else if (entry instanceof DocumentStore.Node element) {
				if (element.id.equals(id)) {
					element.parentId = null;
				}
				element.trashed = true;
				Publishing.unpublishAll(element);
				this.bin.put(element);
			}
		}
	}

	/** Where a trashed branch lived before; {@code null} for the root. */
	UUID originalParent(UUID id) {
		return this.originalParents.get(id);
	}

	/**
	 * Moves a trashed branch back into the library.
	 * @param targetId the library folder to restore into, {@code null} for the root
	 */
	void restore(UUID id, UUID targetId) {
		List<FolderedStore.Entry> branch = this.bin.removeBranch(id);
		this.originalParents.remove(id);
		for (FolderedStore.Entry entry : branch) {
			if (entry instanceof FolderedStore.Folder folder) {
				this.library
					.putFolder(entry.id().equals(id) ? new FolderedStore.Folder(id, folder.name(), targetId) : folder);
			}
			else if (entry instanceof DocumentStore.Node element) {
				if (element.id.equals(id)) {
					element.parentId = targetId;
				}
				element.trashed = false;
				this.library.put(element);
			}
		}
	}

	/**
	 * Deletes an element or folder with everything in it, wherever it is, versions
	 * included.
	 */
	void delete(UUID id) {
		List<FolderedStore.Entry> branch = this.library.removeBranch(id);
		if (branch.isEmpty()) {
			branch = this.bin.removeBranch(id);
		}
		this.originalParents.remove(id);
		for (FolderedStore.Entry entry : branch) {
			this.folderDates.remove(entry.id());
			if (entry instanceof DocumentStore.Node element) {
				this.content.remove(element);
			}
		}
	}

	/** Deletes everything in the recycle bin. */
	void emptyBin() {
		this.bin.children(null, false).forEach(entry -> delete(entry.id()));
	}

	void clear() {
		this.content.clear();
		this.library.clear();
		this.bin.clear();
		this.folderDates.clear();
		this.originalParents.clear();
	}

}
