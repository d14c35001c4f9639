package io.github.umbracomgmt.test;

import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.node.ArrayNode;

/**
 * The {@code Member Group} operations: create, read, update and delete, the paged list, the root of the tree and
 * items. Members refer to groups by id, so renaming a group keeps its members.
 */
final class MemberGroupResources implements ResourceGroup {

	private final MemberDirectory directory;

	MemberGroupResources(MemberDirectory directory) {
		this.directory = directory;
	}

	@Override
	public void registerRoutes(Router router) {
		router.get("/member-group", (request, variables) -> ApiResponse.json(200,
				Paging.from(request, 100).page(this.directory.groups(), MemberJson::memberGroup)));
		router.add("POST", "/member-group", Router.Access.AUTHENTICATED, this::create);
		router.get("/member-group/{id:uuid}",
				(request, variables) -> ApiResponse.json(200, MemberJson.memberGroup(require(id(variables)))));
		router.add("PUT", "/member-group/{id:uuid}", Router.Access.AUTHENTICATED, (request, variables) -> {
			MemberDirectory.MemberGroup current = require(id(variables));
			String name = PeopleBody.parse(request).requiredString("name", "CannotHaveEmptyName");
			this.directory.saveGroup(new MemberDirectory.MemberGroup(current.id(), name), false);
			return PeopleReplies.ok("Member group " + name + " was saved");
		});
		router.add("DELETE", "/member-group/{id:uuid}", Router.Access.AUTHENTICATED, (request, variables) -> {
			MemberDirectory.MemberGroup group = require(id(variables));
			this.directory.removeGroup(group.id());
			return PeopleReplies.ok("Member group " + group.name() + " was deleted");
		});
		router.get("/tree/member-group/root", (request, variables) -> ApiResponse.json(200,
				Paging.from(request, 100).page(this.directory.groups(), MemberJson::memberGroupTreeItem)));
		router.get("/item/member-group", (request, variables) -> {
			ArrayNode items = Json.object().arrayNode();
			for (UUID id : PeopleReplies.queryUuids(request, "id")) {
				this.directory.group(id).ifPresent(group -> items.add(MemberJson.memberGroupItem(group)));
			}
			return ApiResponse.json(200, items);
		});
	}

	private ApiResponse create(ApiRequest request, Map<String, String> variables) {
		PeopleBody body = PeopleBody.parse(request);
		String name = body.requiredString("name", "CannotHaveEmptyName");
		UUID id = body.optionalUuid("id");
		MemberDirectory.MemberGroup group = new MemberDirectory.MemberGroup((id != null) ? id : UUID.randomUUID(), name);
		this.directory.saveGroup(group, true);
		return PeopleReplies.created("/member-group/" + group.id(), group.id(), "Member group " + name + " was created");
	}

	private MemberDirectory.MemberGroup require(UUID id) {
		return this.directory.group(id)
			.orElseThrow(() -> PeopleReplies.fail(404, "The requested member group could not be found",
					"The specified member group was not found.", "NotFound"));
	}

	private static UUID id(Map<String, String> variables) {
		return UUID.fromString(variables.get("id"));
	}
}
