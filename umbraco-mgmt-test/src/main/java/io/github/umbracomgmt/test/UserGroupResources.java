package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code User Group} operations: create, read, update and delete (one or many), the
 * paged and filtered lists, items, and adding or removing users. A fresh server holds
 * Umbraco's five built-in groups ({@link UserGroupIds}).
 */
final class UserGroupResources implements ResourceGroup {

	private static final Set<String> PERMISSION_TYPES = Set.of("DocumentPermissionPresentationModel",
			"DocumentPropertyValuePermissionPresentationModel", "UnknownTypePermissionPresentationModel");

	private final UserGroupStore groups;

	private final UserAccounts accounts;

	UserGroupResources(UserAccounts accounts) {
		this.accounts = accounts;
		this.groups = accounts.groups();
	}

	@Override
	public void registerRoutes(Router router) {
		router.get("/user-group",
				(request, variables) -> Paging.respond(request, this.groups.all(), UserGroupResources::response));
		router.post("/user-group", this::create);
		router.delete("/user-group", (request, variables) -> {
			delete(JsonBody.people(request).requiredReferences("userGroupIds"));
			return Replies.ok("User groups deleted");
		});
		router.get("/user-group/{id:uuid}",
				(request, variables) -> ApiResponse.json(200, response(require(id(variables)))));
		router.put("/user-group/{id:uuid}", this::update);
		router.delete("/user-group/{id:uuid}", (request, variables) -> {
			delete(List.of(id(variables)));
			return Replies.ok("User group deleted");
		});
		router.post("/user-group/{id:uuid}/users", (request, variables) -> changeMembers(request, id(variables), true));
		router.delete("/user-group/{id:uuid}/users",
				(request, variables) -> changeMembers(request, id(variables), false));
		router.get("/filter/user-group", (request, variables) -> {
			Paging paging = Paging.from(request);
			String filter = QueryParams.string(request, "filter");
			List<UserGroupStore.UserGroup> matches = this.groups.all()
				.stream()
				.filter(group -> QueryParams.contains(group.name(), filter)
						|| QueryParams.contains(group.alias(), filter))
				.toList();
			return ApiResponse.json(200, paging.page(matches, UserGroupResources::response));
		});
		router.get("/item/user-group", (request, variables) -> Replies.items(QueryParams.uuids(request, "id"),
				this.groups::find, UserGroupResources::item));
	}

	private ApiResponse create(ApiRequest request, Map<String, String> variables) {
		JsonBody body = JsonBody.people(request);
		UUID id = body.optionalUuid("id");
		UserGroupStore.UserGroup group = read(body, (id != null) ? id : UUID.randomUUID(), false);
		this.groups.save(group, true);
		return Replies.created("/user-group/" + group.id(), group.id(), "User group " + group.name() + " was created");
	}

	private ApiResponse update(ApiRequest request, Map<String, String> variables) {
		UserGroupStore.UserGroup current = require(id(variables));
		UserGroupStore.UserGroup group = read(JsonBody.people(request), current.id(), current.system());
		if (current.system() && !current.alias().equals(group.alias())) {
			throw Replies.fail(400, "Cannot change alias", "The alias of a system user group cannot be changed.",
					"CanNotUpdateAliasIsSystemUserGroup");
		}
		this.groups.save(group, false);
		return Replies.ok("User group " + group.name() + " was saved");
	}

	/**
	 * Deletes groups after checking all of them, and takes them off the users who had
	 * them.
	 */
	private void delete(Iterable<UUID> ids) {
		List<UserGroupStore.UserGroup> targets = new ArrayList<>();
		for (UUID id : ids) {
			UserGroupStore.UserGroup group = require(id);
			if (group.system()) {
				throw Replies.fail(400, "Cannot delete", "A system user group cannot be deleted.",
						"CanNotDeleteIsSystemUserGroup");
			}
			targets.add(group);
		}
		for (UserGroupStore.UserGroup group : targets) {
			this.groups.remove(group.id());
			for (UserSeed user : this.accounts.users().all()) {
				if (user.getUserGroupIds().contains(group.id())) {
					this.accounts.setGroups(user, user.getUserGroupIds());
				}
			}
		}
	}

	private ApiResponse changeMembers(ApiRequest request, UUID groupId, boolean add) {
		require(groupId);
		List<UserSeed> users = new ArrayList<>();
		for (JsonBody reference : JsonBody.peopleArray(request)) {
			UUID userId = reference.requiredUuid("id");
			users.add(this.accounts.users()
				.find(userId)
				.orElseThrow(() -> Replies.fail(404, "User not found", "The user " + userId + " was not found.",
						"UserNotFound")));
		}
		for (UserSeed user : users) {
			Set<UUID> groupIds = new LinkedHashSet<>(user.getUserGroupIds());
			if (add) {
				groupIds.add(groupId);
			}
			else {
				groupIds.remove(groupId);
			}
			this.accounts.setGroups(user, groupIds);
		}
		return Replies.ok(add ? "Users were added to the group" : "Users were removed from the group");
	}

	/**
	 * Reads {@code CreateUserGroupRequestModel} or {@code UpdateUserGroupRequestModel}.
	 */
	private static UserGroupStore.UserGroup read(JsonBody body, UUID id, boolean system) {
		String name = body.requiredString("name", "MissingName");
		String alias = body.requiredString("alias");
		if (name.length() > 200) {
			throw Replies.fail(400, "Name too long", "The name must be 200 characters or fewer.", "NameTooLong");
		}
		if (alias.length() > 200) {
			throw Replies.fail(400, "Alias too long", "The alias must be 200 characters or fewer.", "AliasTooLong");
		}
		return new UserGroupStore.UserGroup(id, alias, name, body.optionalString("icon"),
				body.requiredStrings("sections"), body.requiredStrings("languages"),
				body.requiredBoolean("hasAccessToAllLanguages"), body.optionalReference("documentStartNode"),
				body.requiredBoolean("documentRootAccess"), body.optionalReference("mediaStartNode"),
				body.requiredBoolean("mediaRootAccess"), body.requiredStrings("fallbackPermissions"), permissions(body),
				system);
	}

	/**
	 * The polymorphic {@code permissions} array, each entry checked against the model its
	 * {@code $type} names.
	 */
	private static ArrayNode permissions(JsonBody body) {
		ArrayNode permissions = Json.array();
		for (JsonBody permission : body.requiredObjects("permissions")) {
			String type = permission.requiredString("$type");
			if (!PERMISSION_TYPES.contains(type)) {
				throw body.invalid("permissions", "Unknown permission $type '" + type + "'.");
			}
			permission.requiredStrings("verbs");
			switch (type) {
				case "DocumentPermissionPresentationModel" -> permission.requiredReference("document");
				case "DocumentPropertyValuePermissionPresentationModel" -> {
					permission.requiredReference("documentType");
					permission.requiredReference("propertyType");
				}
				default -> permission.requiredString("context");
			}
			permissions.add(permission.node().deepCopy());
		}
		return permissions;
	}

	static ObjectNode response(UserGroupStore.UserGroup group) {
		ObjectNode node = Json.object();
		node.put("name", group.name());
		node.put("alias", group.alias());
		node.put("icon", group.icon());
		Json.putStrings(node, "sections", group.sections());
		Json.putStrings(node, "languages", group.languages());
		node.put("hasAccessToAllLanguages", group.hasAccessToAllLanguages());
		Json.putReference(node, "documentStartNode", group.documentStartNode());
		node.put("documentRootAccess", group.documentRootAccess());
		Json.putReference(node, "mediaStartNode", group.mediaStartNode());
		node.put("mediaRootAccess", group.mediaRootAccess());
		Json.putStrings(node, "fallbackPermissions", group.fallbackPermissions());
		node.set("permissions", group.permissions().deepCopy());
		node.put("id", group.id().toString());
		node.put("isDeletable", !group.system());
		node.put("aliasCanBeChanged", !group.system());
		return node;
	}

	static ObjectNode item(UserGroupStore.UserGroup group) {
		ObjectNode node = Json.object();
		node.put("id", group.id().toString());
		node.put("name", group.name());
		node.put("icon", group.icon());
		node.put("alias", group.alias());
		Json.putFlags(node);
		return node;
	}

	private UserGroupStore.UserGroup require(UUID id) {
		return this.groups.find(id)
			.orElseThrow(() -> Replies.fail(404, "User group not found", "The specified user group was not found.",
					"NotFound"));
	}

	private static UUID id(Map<String, String> variables) {
		return Router.id(variables);
	}

}
