package io.github.umbracomgmt.test;

import java.util.Map;
import java.util.UUID;

/**
 * The {@code Member Group} operations: create, read, update and delete, the paged list,
 * the root of the tree and items. Members refer to groups by id, so renaming a group
 * keeps its members.
 */
final class MemberGroupResources implements ResourceGroup {

	private final MemberDirectory directory;

	MemberGroupResources(MemberDirectory directory) {
		this.directory = directory;
	}

	@Override
	public void registerRoutes(Router router) {
		router.get("/member-group",
				(request, variables) -> Paging.respond(request, this.directory.groups(), MemberJson::memberGroup));
		router.post("/member-group", this::create);
		router.get("/member-group/{id:uuid}",
				(request, variables) -> ApiResponse.json(200, MemberJson.memberGroup(require(id(variables)))));
		router.put("/member-group/{id:uuid}", (request, variables) -> {
			MemberDirectory.MemberGroup current = require(id(variables));
			String name = JsonBody.people(request).requiredString("name", "CannotHaveEmptyName");
			this.directory.saveGroup(new MemberDirectory.MemberGroup(current.id(), name), false);
			return Replies.ok("Member group " + name + " was saved");
		});
		router.delete("/member-group/{id:uuid}", (request, variables) -> {
			MemberDirectory.MemberGroup group = require(id(variables));
			this.directory.removeGroup(group.id());
			return Replies.ok("Member group " + group.name() + " was deleted");
		});
		router.get("/tree/member-group/root", (request, variables) -> Paging.respond(request, this.directory.groups(),
				MemberJson::memberGroupTreeItem));
		router.get("/item/member-group", (request, variables) -> Replies.items(QueryParams.uuids(request, "id"),
				this.directory::group, MemberJson::memberGroupItem));
	}

	private ApiResponse create(ApiRequest request, Map<String, String> variables) {
		JsonBody body = JsonBody.people(request);
		String name = body.requiredString("name", "CannotHaveEmptyName");
		UUID id = body.optionalUuid("id");
		MemberDirectory.MemberGroup group = new MemberDirectory.MemberGroup((id != null) ? id : UUID.randomUUID(),
				name);
		this.directory.saveGroup(group, true);
		return Replies.created("/member-group/" + group.id(), group.id(), "Member group " + name + " was created");
	}

	private MemberDirectory.MemberGroup require(UUID id) {
		return this.directory.group(id)
			.orElseThrow(() -> Replies.fail(404, "The requested member group could not be found",
					"The specified member group was not found.", "NotFound"));
	}

	private static UUID id(Map<String, String> variables) {
		return Router.id(variables);
	}

}
