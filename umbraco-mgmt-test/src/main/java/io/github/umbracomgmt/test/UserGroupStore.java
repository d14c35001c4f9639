package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.node.ArrayNode;

/**
 * The user groups the fake knows, starting with the five Umbraco installs, in creation
 * order so paging is stable. Changes are whole-record replacements under one lock, so a
 * reader never sees half an update.
 */
final class UserGroupStore {

	private static final List<String> ALL_DOCUMENT_VERBS = List.of("Umb.Document.Read", "Umb.Document.CreateBlueprint",
			"Umb.Document.Delete", "Umb.Document.Create", "Umb.Document.Notifications", "Umb.Document.Publish",
			"Umb.Document.Permissions", "Umb.Document.Unpublish", "Umb.Document.Update", "Umb.Document.Duplicate",
			"Umb.Document.Move", "Umb.Document.Sort", "Umb.Document.CultureAndHostnames", "Umb.Document.PublicAccess",
			"Umb.Document.Rollback");

	/**
	 * A user group.
	 *
	 * @param permissions the granular {@code permissions} array as validated from a
	 * request, never changed once stored
	 * @param system one of Umbraco's system groups, which cannot be deleted nor have
	 * their alias changed
	 */
	record UserGroup(UUID id, String alias, String name, String icon, List<String> sections, List<String> languages,
			boolean hasAccessToAllLanguages, UUID documentStartNode, boolean documentRootAccess, UUID mediaStartNode,
			boolean mediaRootAccess, List<String> fallbackPermissions, ArrayNode permissions, boolean system) {

		UserGroup {
			sections = List.copyOf(sections);
			languages = List.copyOf(languages);
			fallbackPermissions = List.copyOf(fallbackPermissions);
		}

		UserGroupInfo info() {
			return new UserGroupInfo(this.id, this.alias, this.name, this.icon, this.sections, this.fallbackPermissions,
					!this.system);
		}

	}

	private final Map<UUID, UserGroup> groups = new LinkedHashMap<>();

	UserGroupStore() {
		seedBuiltIns();
	}

	synchronized List<UserGroup> all() {
		return new ArrayList<>(this.groups.values());
	}

	synchronized Optional<UserGroup> find(UUID id) {
		return Optional.ofNullable(this.groups.get(id));
	}

	/** The groups among {@code ids} that exist, in the order asked. */
	synchronized List<UserGroup> findAll(Iterable<UUID> ids) {
		List<UserGroup> found = new ArrayList<>();
		for (UUID id : ids) {
			UserGroup group = this.groups.get(id);
			if (group != null) {
				found.add(group);
			}
		}
		return found;
	}

	synchronized boolean exists(UUID id) {
		return this.groups.containsKey(id);
	}

	/**
	 * Adds a group, or replaces the one with its id, after Umbraco's checks: a
	 * caller-chosen id that is taken ({@code 409}) and an alias another group has
	 * ({@code DuplicateAlias}).
	 */
	synchronized void save(UserGroup group, boolean create) {
		if (create && this.groups.containsKey(group.id())) {
			throw Replies.fail(409, "Duplicate id", "A user group with the id " + group.id() + " already exists.",
					"AlreadyExists");
		}
		boolean aliasTaken = this.groups.values()
			.stream()
			.anyMatch(other -> !other.id().equals(group.id()) && other.alias().equalsIgnoreCase(group.alias()));
		if (aliasTaken) {
			throw Replies.fail(400, "Duplicate alias",
					"The user group alias '" + group.alias() + "' is already in use.", "DuplicateAlias");
		}
		this.groups.put(group.id(), group);
	}

	synchronized boolean remove(UUID id) {
		return this.groups.remove(id) != null;
	}

	/** Back to the five groups a fresh Umbraco has. */
	synchronized void reset() {
		this.groups.clear();
		seedBuiltIns();
	}

	/**
	 * The sections a set of groups opens, in group order, for a user's
	 * {@code allowedSections}.
	 */
	synchronized Set<String> sections(Iterable<UUID> ids) {
		Set<String> sections = new LinkedHashSet<>();
		findAll(ids).forEach(group -> sections.addAll(group.sections()));
		return sections;
	}

	/**
	 * The fallback permission verbs a set of groups grants, for a user's
	 * {@code fallbackPermissions}.
	 */
	synchronized Set<String> fallbackPermissions(Iterable<UUID> ids) {
		Set<String> verbs = new LinkedHashSet<>();
		findAll(ids).forEach(group -> verbs.addAll(group.fallbackPermissions()));
		return verbs;
	}

	/** A plain group with no sections or permissions, as a test seeds it. */
	static UserGroup plain(UUID id, String alias, String name) {
		return new UserGroup(id, alias, name, "icon-users", List.of(), List.of(), true, null, false, null, false,
				List.of(), Json.array(), false);
	}

	private void seedBuiltIns() {
		builtIn(UserGroupIds.ADMIN, "admin", "Administrators", "icon-medal",
				List.of("Umb.Section.Content", "Umb.Section.Forms", "Umb.Section.Media", "Umb.Section.Members",
						"Umb.Section.Packages", "Umb.Section.Settings", "Umb.Section.Translation", "Umb.Section.Users"),
				ALL_DOCUMENT_VERBS, true);
		builtIn(UserGroupIds.EDITOR, "editor", "Editors", "icon-tools",
				List.of("Umb.Section.Content", "Umb.Section.Media"),
				ALL_DOCUMENT_VERBS.stream()
					.filter(verb -> !verb.equals("Umb.Document.Permissions")
							&& !verb.equals("Umb.Document.PublicAccess")
							&& !verb.equals("Umb.Document.CultureAndHostnames"))
					.toList(),
				false);
		builtIn(UserGroupIds.WRITER, "writer", "Writers", "icon-edit", List.of("Umb.Section.Content"), List
			.of("Umb.Document.Read", "Umb.Document.Create", "Umb.Document.Notifications", "Umb.Document.Update"),
				false);
		builtIn(UserGroupIds.TRANSLATOR, "translator", "Translators", "icon-globe", List.of("Umb.Section.Translation"),
				List.of("Umb.Document.Read", "Umb.Document.Update"), true);
		builtIn(UserGroupIds.SENSITIVE_DATA, "sensitiveData", "Sensitive data", "icon-lock", List.of(), List.of(),
				true);
	}

	private void builtIn(UUID id, String alias, String name, String icon, List<String> sections, List<String> verbs,
			boolean system) {
		this.groups.put(id, new UserGroup(id, alias, name, icon, sections, List.of(), true, null, true, null, true,
				verbs, Json.array(), system));
	}

}
