package io.github.umbracomgmt.test;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.assertOk;
import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UserGroupResourceTests extends ServerTestSupport {

	/** The required properties of UserGroupResponseModel. */
	private static final List<String> GROUP_REQUIRED = List.of("alias", "aliasCanBeChanged", "documentRootAccess",
			"fallbackPermissions", "hasAccessToAllLanguages", "id", "isDeletable", "languages", "mediaRootAccess",
			"name", "permissions", "sections");

	private static String body(String alias, String name) {
		return """
				{"name":"%s","alias":"%s","icon":"icon-users","sections":["Umb.Section.Content"],"languages":[],
				 "hasAccessToAllLanguages":true,"documentStartNode":null,"documentRootAccess":true,
				 "mediaStartNode":{"id":"%s"},"mediaRootAccess":false,"fallbackPermissions":["Umb.Document.Read"],
				 "permissions":[{"$type":"DocumentPermissionPresentationModel","document":{"id":"%s"},
				   "verbs":["Umb.Document.Update"]}]}""".formatted(name, alias, UUID.randomUUID(), UUID.randomUUID());
	}

	@Test
	void startsWithUmbracosBuiltInGroups() {
		JsonNode page = this.http.getJson("/user-group");

		assertThat(page.get("total").asLong()).isEqualTo(5);
		assertThat(page.get("items").valueStream().map(group -> group.get("alias").asString())).containsExactly("admin",
				"editor", "writer", "translator", "sensitiveData");
		JsonNode admin = this.http.getJson("/user-group/" + UserGroupIds.ADMIN);
		assertThat(admin.propertyNames()).containsAll(GROUP_REQUIRED);
		assertThat(admin.get("isDeletable").asBoolean()).isFalse();
		assertThat(admin.get("aliasCanBeChanged").asBoolean()).isFalse();
		assertThat(this.http.getJson("/user-group/" + UserGroupIds.EDITOR).get("isDeletable").asBoolean()).isTrue();
	}

	@Test
	void createReadUpdateDeleteFlow() {
		UUID id = this.http.create("/user-group", body("reviewers", "Reviewers"));

		JsonNode group = this.http.getJson("/user-group/" + id);
		assertThat(group.propertyNames()).containsAll(GROUP_REQUIRED);
		assertThat(group.get("alias").asString()).isEqualTo("reviewers");
		assertThat(group.get("documentStartNode").isNull()).isTrue();
		assertThat(group.get("mediaStartNode").get("id").asString()).matches("[0-9a-f-]{36}");
		assertThat(group.get("permissions").get(0).get("$type").asString())
			.isEqualTo("DocumentPermissionPresentationModel");

		assertOk(this.http.put("/user-group/" + id, body("reviewers2", "Senior reviewers")));
		assertThat(this.http.getJson("/user-group/" + id).get("name").asString()).isEqualTo("Senior reviewers");
		assertThat(this.server.users().group(id).orElseThrow().alias()).isEqualTo("reviewers2");

		assertOk(this.http.delete("/user-group/" + id));
		assertProblem(this.http.get("/user-group/" + id), 404, "NotFound");
	}

	@Test
	void createHonoursCallerChosenIdAndRefusesDuplicates() {
		UUID id = UUID.randomUUID();
		String body = "{\"id\":\"" + id + "\"," + body("chosen", "Chosen").substring(1);

		assertThat(this.http.create("/user-group", body)).isEqualTo(id);
		assertProblem(this.http.post("/user-group", body), 409, "AlreadyExists");
		assertProblem(this.http.post("/user-group", body("editor", "Another editors")), 400, "DuplicateAlias");
	}

	@Test
	void refusesMissingFieldsAndUnknownPermissionTypes() {
		JsonNode missing = assertProblem(this.http.post("/user-group", "{\"alias\":\"x\"}"), 400, "MissingName");
		assertThat(missing.get("errors").has("$.name")).isTrue();
		assertProblem(
				this.http.post("/user-group", body("x", "X").replace("DocumentPermissionPresentationModel", "Nope")),
				400, "InvalidRequest");
		JsonNode noVerbs = assertProblem(this.http.post("/user-group", body("y", "Y").replace("\"verbs\"", "\"v\"")),
				400, "InvalidRequest");
		assertThat(noVerbs.get("errors").has("$.permissions[0].verbs")).isTrue();
	}

	@Test
	void systemGroupsCannotBeDeletedNorRenamedByAlias() {
		assertProblem(this.http.delete("/user-group/" + UserGroupIds.ADMIN), 400, "CanNotDeleteIsSystemUserGroup");
		assertProblem(this.http.put("/user-group/" + UserGroupIds.TRANSLATOR, body("translators", "Translators")), 400,
				"CanNotUpdateAliasIsSystemUserGroup");
		assertOk(this.http.put("/user-group/" + UserGroupIds.TRANSLATOR, body("translator", "Language people")));
	}

	@Test
	void unknownGroupIs404() {
		UUID unknown = UUID.randomUUID();

		assertProblem(this.http.get("/user-group/" + unknown), 404, "NotFound");
		assertProblem(this.http.put("/user-group/" + unknown, body("a", "A")), 404, "NotFound");
		assertProblem(this.http.delete("/user-group/" + unknown), 404, "NotFound");
	}

	@Test
	void pagesFiltersAndListsItems() {
		UUID custom = this.server.users().addGroup("custom", "Custom people");

		JsonNode page = this.http.getJson("/user-group?skip=4&take=1");
		assertThat(page.get("total").asLong()).isEqualTo(6);
		assertThat(ids(page)).containsExactly(UserGroupIds.SENSITIVE_DATA.toString());

		JsonNode filtered = this.http.getJson("/filter/user-group?filter=PEOPLE");
		assertThat(ids(filtered)).containsExactly(custom.toString());

		JsonNode items = this.http.getJson("/item/user-group?id=" + custom + "&id=" + UserGroupIds.WRITER);
		assertThat(ids(items)).containsExactly(custom.toString(), UserGroupIds.WRITER.toString());
		assertThat(items.get(1).get("alias").asString()).isEqualTo("writer");
		assertThat(items.get(1).propertyNames()).containsExactlyInAnyOrder("id", "name", "icon", "alias", "flags");
	}

	@Test
	void addsAndRemovesUsersAndDeletingTakesTheGroupOffUsers() {
		UUID group = this.server.users().addGroup("team", "Team");
		UUID user = this.server.users().add("Member", "member@example.com");
		String users = "[{\"id\":\"" + user + "\"}]";

		assertOk(this.http.post("/user-group/" + group + "/users", users));
		assertThat(this.server.users().find(user).orElseThrow().getUserGroupIds()).containsExactly(group);

		assertOk(this.http.send("DELETE", "/user-group/" + group + "/users", users));
		assertThat(this.server.users().find(user).orElseThrow().getUserGroupIds()).isEmpty();

		this.http.post("/user-group/" + group + "/users", users);
		assertOk(this.http.send("DELETE", "/user-group", "{\"userGroupIds\":[{\"id\":\"" + group + "\"}]}"));
		assertThat(this.server.users().find(user).orElseThrow().getUserGroupIds()).isEmpty();
		assertProblem(this.http.post("/user-group/" + group + "/users", users), 404, "NotFound");
	}

	@Test
	void seedingRefusesADuplicateAliasAndClearingRestoresBuiltIns() {
		this.server.users().addGroup("team", "Team");

		assertThatIllegalArgumentException().isThrownBy(() -> this.server.users().addGroup("TEAM", "Other"))
			.withMessageContaining("DuplicateAlias");

		this.server.users().clearGroups();
		assertThat(this.http.getJson("/user-group").get("total").asLong()).isEqualTo(5);
		assertThat(this.server.users().group(UserGroupIds.ADMIN).orElseThrow().deletable()).isFalse();
	}

}
