package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Entities of one kind kept in folders, as Umbraco keeps data types, document types and
 * media types in entity containers: the tree endpoints list folders and entities side by
 * side, and an entity's {@code parent} can only be a folder. The folder rules (unique ids
 * across folders and entities, unique names per level, only empty folders go) live here,
 * so every group with folders applies them alike and only words its answers its own way.
 *
 * <p>
 * Every method is synchronized on the store; callers that check and then write (a unique
 * alias, a free id) hold the same lock with {@code synchronized (store)} so two
 * concurrent creates cannot both pass the check.
 *
 * @param <E> the entity
 */
final class FolderedStore<E extends FolderedStore.Entry> {

	/** What the tree needs of an entity or folder. */
	interface Entry {

		UUID id();

		String name();

		/** The folder holding it, {@code null} at the root. */
		UUID parentId();

	}

	/** An entity container. */
	record Folder(UUID id, String name, UUID parentId) implements Entry {
	}

	/** What a folder change came to, in the order the checks run. */
	enum FolderChange {

		DONE, NOT_FOUND, DUPLICATE_KEY, PARENT_NOT_FOUND, DUPLICATE_NAME, NOT_EMPTY

	}

	/**
	 * Folders first, then entities, each by name, as the back office shows a tree level.
	 */
	private static final Comparator<Entry> TREE_ORDER = Comparator
		.comparing((Entry entry) -> !(entry instanceof Folder))
		.thenComparing(Entry::name, String.CASE_INSENSITIVE_ORDER);

	private final Map<UUID, E> entities = new LinkedHashMap<>();

	private final Map<UUID, Folder> folders = new LinkedHashMap<>();

	synchronized Optional<E> find(UUID id) {
		return Optional.ofNullable(this.entities.get(id));
	}

	synchronized Optional<Folder> folder(UUID id) {
		return Optional.ofNullable(this.folders.get(id));
	}

	/**
	 * Whether an entity or a folder has this id: both share Umbraco's node table, so ids
	 * may not clash.
	 */
	synchronized boolean idTaken(UUID id) {
		return this.entities.containsKey(id) || this.folders.containsKey(id);
	}

	/** Adds or replaces an entity, keeping its place in creation order. */
	synchronized void put(E entity) {
		this.entities.put(entity.id(), entity);
	}

	synchronized boolean remove(UUID id) {
		return this.entities.remove(id) != null;
	}

	/** Every entity in creation order. */
	synchronized List<E> all() {
		return new ArrayList<>(this.entities.values());
	}

	synchronized int size() {
		return this.entities.size();
	}

	/**
	 * Whether {@code parentId} may be the {@code parent} of a new item: absent (the root)
	 * or an existing folder.
	 */
	synchronized boolean isValidParent(UUID parentId) {
		return parentId == null || this.folders.containsKey(parentId);
	}

	/**
	 * Adds a folder if its id is free, its parent exists and no folder on that level has
	 * its name.
	 */
	synchronized FolderChange addFolder(UUID id, String name, UUID parentId) {
		if (idTaken(id)) {
			return FolderChange.DUPLICATE_KEY;
		}
		if (!isValidParent(parentId)) {
			return FolderChange.PARENT_NOT_FOUND;
		}
		if (folderNameTaken(name, parentId, null)) {
			return FolderChange.DUPLICATE_NAME;
		}
		this.folders.put(id, new Folder(id, name, parentId));
		return FolderChange.DONE;
	}

	/** Renames a folder unless another folder on its level has the name. */
	synchronized FolderChange renameFolder(UUID id, String name) {
		Folder folder = this.folders.get(id);
		if (folder == null) {
			return FolderChange.NOT_FOUND;
		}
		if (folderNameTaken(name, folder.parentId(), id)) {
			return FolderChange.DUPLICATE_NAME;
		}
		this.folders.put(id, new Folder(id, name, folder.parentId()));
		return FolderChange.DONE;
	}

	/** Removes a folder that holds nothing. */
	synchronized FolderChange removeFolder(UUID id) {
		if (!this.folders.containsKey(id)) {
			return FolderChange.NOT_FOUND;
		}
		if (hasChildren(id, false)) {
			return FolderChange.NOT_EMPTY;
		}
		this.folders.remove(id);
		return FolderChange.DONE;
	}

	/**
	 * Whether a folder other than {@code except} on this level has the name, ignoring
	 * case as Umbraco does.
	 */
	private boolean folderNameTaken(String name, UUID parentId, UUID except) {
		return this.folders.values()
			.stream()
			.anyMatch(folder -> !folder.id().equals(except) && Objects.equals(folder.parentId(), parentId)
					&& folder.name().equalsIgnoreCase(name));
	}

	/** A tree level: the root when {@code parentId} is {@code null}. */
	synchronized List<Entry> children(UUID parentId, boolean foldersOnly) {
		Stream<Entry> candidates = foldersOnly ? this.folders.values().stream().map(Entry.class::cast)
				: Stream.concat(this.folders.values().stream(), this.entities.values().stream());
		return candidates.filter(entry -> Objects.equals(entry.parentId(), parentId)).sorted(TREE_ORDER).toList();
	}

	synchronized boolean hasChildren(UUID id, boolean foldersOnly) {
		return !children(id, foldersOnly).isEmpty();
	}

	/**
	 * The path from the root down to the entry itself, as {@code /tree/.../ancestors}
	 * answers; empty when the id is unknown.
	 */
	synchronized List<Entry> ancestors(UUID id) {
		List<Entry> path = new ArrayList<>();
		Entry current = entry(id);
		// The depth bound guards against a cycle a test might seed by hand.
		while (current != null && path.size() <= this.folders.size() + 1) {
			path.add(0, current);
			current = (current.parentId() != null) ? entry(current.parentId()) : null;
		}
		return path;
	}

	/** The entity or folder with this id, if there is one. */
	synchronized Optional<Entry> entryOf(UUID id) {
		return Optional.ofNullable(entry(id));
	}

	/**
	 * Adds or replaces a folder as it is, for moves between stores (e.g. into a recycle
	 * bin) that keep a branch.
	 */
	synchronized void putFolder(Folder folder) {
		this.folders.put(folder.id(), folder);
	}

	/**
	 * Moves a folder below another folder ({@code null}: the root), keeping its name and
	 * content.
	 */
	synchronized FolderChange moveFolder(UUID id, UUID parentId) {
		Folder folder = this.folders.get(id);
		if (folder == null) {
			return FolderChange.NOT_FOUND;
		}
		if (!isValidParent(parentId) || branch(id).stream().anyMatch(entry -> entry.id().equals(parentId))) {
			return FolderChange.PARENT_NOT_FOUND;
		}
		if (folderNameTaken(folder.name(), parentId, id)) {
			return FolderChange.DUPLICATE_NAME;
		}
		this.folders.put(id, new Folder(id, folder.name(), parentId));
		return FolderChange.DONE;
	}

	/**
	 * The entry and everything below it, parents before their children; empty when the id
	 * is unknown.
	 */
	synchronized List<Entry> branch(UUID id) {
		List<Entry> branch = new ArrayList<>();
		Entry top = entry(id);
		if (top != null) {
			branch.add(top);
			for (int i = 0; i < branch.size(); i++) {
				branch.addAll(children(branch.get(i).id(), false));
			}
		}
		return branch;
	}

	/**
	 * Takes an entry and everything below it out of the store, returning them parents
	 * first.
	 */
	synchronized List<Entry> removeBranch(UUID id) {
		List<Entry> branch = branch(id);
		for (Entry entry : branch) {
			this.entities.remove(entry.id());
			this.folders.remove(entry.id());
		}
		return branch;
	}

	synchronized void clear() {
		this.entities.clear();
		this.folders.clear();
	}

	private Entry entry(UUID id) {
		E entity = this.entities.get(id);
		return (entity != null) ? entity : this.folders.get(id);
	}

}
