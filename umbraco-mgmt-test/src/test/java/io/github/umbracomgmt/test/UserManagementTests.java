package io.github.umbracomgmt.test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.assertOk;
import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.ids;
import static io.github.umbracomgmt.test.UmbracoHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

class UserManagementTests extends ServerTestSupport {

	/** The required properties of UserResponseModel. */
	private static final List<String> USER_REQUIRED = List.of("avatarUrls", "createDate", "documentStartNodeIds",
			"email", "failedLoginAttempts", "hasDocumentRootAccess", "hasMediaRootAccess", "id", "isAdmin", "kind",
			"mediaStartNodeIds", "name", "state", "updateDate", "userGroupIds", "userName");

	private static String createBody(String name, String email, String kind, UUID... groups) {
		StringBuilder groupIds = new StringBuilder();
		for (UUID group : groups) {
			groupIds.append(groupIds.isEmpty() ? "" : ",").append("{\"id\":\"").append(group).append("\"}");
		}
		return """
				{"email":"%s","userName":"%s","name":"%s","userGroupIds":[%s],"kind":"%s"}""".formatted(email, email,
				name, groupIds, kind);
	}

	private static String updateBody(String name, String email, UUID group) {
		return """
				{"email":"%s","userName":"%s","name":"%s","userGroupIds":[{"id":"%s"}],"languageIsoCode":"da-DK",
				 "documentStartNodeIds":[],"hasDocumentRootAccess":false,"mediaStartNodeIds":[],"hasMediaRootAccess":true}"""
			.formatted(email, email, name, group);
	}

	@Test
	void createReadUpdateDeleteFlow() {
		UUID id = this.http.create("/user", createBody("Editor", "editor@example.com", "Default", UserGroupIds.EDITOR));

		JsonNode user = this.http.getJson("/user/" + id);
		assertThat(user.propertyNames()).containsAll(USER_REQUIRED);
		assertThat(user.get("name").asString()).isEqualTo("Editor");
		assertThat(user.get("kind").asString()).isEqualTo("Default");
		assertThat(user.get("state").asString()).isEqualTo("Inactive");
		assertThat(user.get("userGroupIds").get(0).get("id").asString()).isEqualTo(UserGroupIds.EDITOR.toString());
		assertThat(user.get("isAdmin").asBoolean()).isFalse();

		assertOk(this.http.put("/user/" + id, updateBody("Chief", "chief@example.com", UserGroupIds.ADMIN)));
		JsonNode updated = this.http.getJson("/user/" + id);
		assertThat(updated.get("name").asString()).isEqualTo("Chief");
		assertThat(updated.get("email").asString()).isEqualTo("chief@example.com");
		assertThat(updated.get("languageIsoCode").asString()).isEqualTo("da-DK");
		assertThat(updated.get("hasDocumentRootAccess").asBoolean()).isFalse();
		assertThat(updated.get("isAdmin").asBoolean()).isTrue();

		assertOk(this.http.delete("/user/" + id));
		assertProblem(this.http.get("/user/" + id), 404, "UserNotFound");
		assertThat(this.server.users().find(id)).isEmpty();
	}

	@Test
	void createHonoursCallerChosenIdAndRefusesItTwice() {
		UUID id = UUID.randomUUID();
		String body = "{\"id\":\"" + id + "\","
				+ createBody("Api", "api2@example.com", "Api", UserGroupIds.WRITER).substring(1);

		assertThat(this.http.create("/user", body)).isEqualTo(id);
		assertThat(this.server.users().find(id).orElseThrow().getKind()).isEqualTo(UserSeed.KIND_API);
		assertProblem(this.http.post("/user", body), 409, "DuplicateId");
	}

	@Test
	void createRefusesWhatUmbracoRefuses() {
		JsonNode missingName = assertProblem(this.http.post("/user",
				"{\"email\":\"a@example.com\",\"userName\":\"a@example.com\",\"userGroupIds\":[],\"kind\":\"Default\"}"),
				400, "InvalidRequest");
		assertThat(missingName.get("errors").has("$.name")).isTrue();
		assertProblem(this.http.post("/user", createBody("A", "not-an-email", "Default", UserGroupIds.EDITOR)), 400,
				"InvalidEmail");
		assertProblem(this.http.post("/user", createBody("A", "a@example.com", "Default")), 400, "NoUserGroup");
		assertProblem(this.http.post("/user", createBody("A", "a@example.com", "Default", UUID.randomUUID())), 404,
				"MissingUserGroup");
		assertProblem(this.http.post("/user", createBody("A", "a@example.com", "Robot", UserGroupIds.EDITOR)), 400,
				"InvalidRequest");
		assertProblem(this.http.post("/user", createBody("A", "api@example.com", "Default", UserGroupIds.EDITOR)), 400,
				"DuplicateUserName");
		assertProblem(this.http.post("/user",
				"{\"email\":\"b@example.com\",\"userName\":\"b\",\"name\":\"B\",\"userGroupIds\":[{\"id\":\""
						+ UserGroupIds.EDITOR + "\"}],\"kind\":\"Default\"}"),
				400, "UserNameIsNotEmail");
	}

	@Test
	void updateAndDeleteOfUnknownUserAre404() {
		UUID unknown = UUID.randomUUID();

		assertProblem(this.http.put("/user/" + unknown, updateBody("X", "x@example.com", UserGroupIds.EDITOR)), 404,
				"UserNotFound");
		assertProblem(this.http.delete("/user/" + unknown), 404, "UserNotFound");
	}

	@Test
	void aUserCannotDeleteOrDisableItself() {
		UUID self = this.server.users().current().getId();

		assertProblem(this.http.delete("/user/" + self), 400, "CannotDeleteSelf");
		assertProblem(this.http.post("/user/disable", "{\"userIds\":[{\"id\":\"" + self + "\"}]}"), 400,
				"CannotDisableSelf");
	}

	@Test
	void bulkDeleteChecksEveryIdFirst() {
		UUID one = this.server.users().add("One", "one@example.com");

		assertProblem(
				this.http.send("DELETE", "/user",
						"{\"userIds\":[{\"id\":\"" + one + "\"},{\"id\":\"" + UUID.randomUUID() + "\"}]}"),
				400, "UserNotFound");
		assertThat(this.server.users().find(one)).isPresent();

		assertOk(this.http.send("DELETE", "/user", "{\"userIds\":[{\"id\":\"" + one + "\"}]}"));
		assertThat(this.server.users().find(one)).isEmpty();
	}

	@Test
	void itemsListKnownIdsInTheOrderAsked() {
		UUID one = this.server.users().add("One", "one@example.com");
		UUID two = this.server.users().add("Two", "two@example.com");

		JsonNode items = this.http.getJson("/item/user?id=" + two + "&id=" + UUID.randomUUID() + "&id=" + one);

		assertThat(ids(items)).containsExactly(two.toString(), one.toString());
		assertThat(items.get(0).propertyNames()).containsExactlyInAnyOrder("id", "name", "avatarUrls", "kind", "flags");
	}

	@Test
	void filterMatchesNameOrEmailAndPages() {
		for (int i = 0; i < 5; i++) {
			this.server.users().add("Writer " + i, "writer" + i + "@example.com");
		}
		this.server.users().add("Someone", "someone@other.org");

		JsonNode page = this.http.getJson("/filter/user?filter=WRITER&skip=1&take=2&orderBy=Name");
		assertThat(page.get("total").asLong()).isEqualTo(5);
		assertThat(page.get("items").valueStream().map(item -> item.get("name").asString())).containsExactly("Writer 1",
				"Writer 2");
		assertThat(page.get("items").get(0).propertyNames()).containsAll(USER_REQUIRED);

		JsonNode byEmail = this.http.getJson("/filter/user?filter=other.org");
		assertThat(byEmail.get("total").asLong()).isEqualTo(1);

		JsonNode descending = this.http.getJson("/filter/user?filter=writer&orderBy=Email&orderDirection=Descending");
		assertThat(descending.get("items").get(0).get("name").asString()).isEqualTo("Writer 4");
	}

	@Test
	void filterByStateAndGroupAndRejectsUnknownOrder() {
		UUID disabled = this.server.users().add("Gone", "gone@example.com");
		this.server.users().find(disabled).orElseThrow().setState(UserSeed.STATE_DISABLED);

		JsonNode page = this.http.getJson("/filter/user?userStates=Disabled");
		assertThat(ids(page)).containsExactly(disabled.toString());
		JsonNode editors = this.http.getJson("/filter/user?userGroupIds=" + UserGroupIds.EDITOR);
		assertThat(ids(editors)).containsExactly(this.server.users().current().getId().toString());

		HttpResponse<String> response = this.http.get("/filter/user?orderBy=Shoe");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("errors").has("orderBy")).isTrue();
	}

	@Test
	void disableEnableAndUnlockChangeTheState() {
		UUID id = this.server.users().add("Locked", "locked@example.com");
		this.server.users().find(id).orElseThrow().setState(UserSeed.STATE_LOCKED_OUT).setFailedLoginAttempts(5);
		String body = "{\"userIds\":[{\"id\":\"" + id + "\"}]}";

		assertOk(this.http.post("/user/unlock", body));
		assertThat(this.http.getJson("/user/" + id).get("state").asString()).isEqualTo("Active");
		assertThat(this.server.users().find(id).orElseThrow().getFailedLoginAttempts()).isZero();

		assertOk(this.http.post("/user/disable", body));
		assertThat(this.http.getJson("/user/" + id).get("state").asString()).isEqualTo("Disabled");

		assertOk(this.http.post("/user/enable", body));
		assertThat(this.http.getJson("/user/" + id).get("state").asString()).isEqualTo("Active");

		assertProblem(this.http.post("/user/disable", "{\"userIds\":[{\"id\":\"" + UUID.randomUUID() + "\"}]}"), 404,
				"UserNotFound");
	}

	@Test
	void setUserGroupsReplacesGroupsAndWhatDerivesFromThem() {
		UUID id = this.server.users().add("Promoted", "promoted@example.com");

		assertOk(this.http.post("/user/set-user-groups", "{\"userIds\":[{\"id\":\"" + id + "\"}],\"userGroupIds\":["
				+ "{\"id\":\"" + UserGroupIds.ADMIN + "\"},{\"id\":\"" + UserGroupIds.SENSITIVE_DATA + "\"}]}"));

		UserSeed user = this.server.users().find(id).orElseThrow();
		assertThat(user.getUserGroupIds()).containsExactly(UserGroupIds.ADMIN, UserGroupIds.SENSITIVE_DATA);
		assertThat(user.isAdmin()).isTrue();
		assertThat(user.hasAccessToSensitiveData()).isTrue();
		assertThat(user.getAllowedSections()).contains("Umb.Section.Users", "Umb.Section.Settings");
	}

	@Test
	void configurationsHaveTheirRequiredProperties() {
		JsonNode configuration = this.http.getJson("/user/configuration");
		assertThat(configuration.propertyNames()).containsExactlyInAnyOrder("canInviteUsers", "usernameIsEmail",
				"passwordConfiguration", "allowChangePassword", "allowTwoFactor");
		assertThat(configuration.get("passwordConfiguration").get("minimumPasswordLength").asInt()).isEqualTo(10);

		JsonNode current = this.http.getJson("/user/current/configuration");
		assertThat(current.propertyNames()).containsExactlyInAnyOrder("keepUserLoggedIn", "passwordConfiguration",
				"allowChangePassword", "allowTwoFactor");
	}

	@Test
	void defaultApiUserBelongsToTheBuiltInEditorsGroup() {
		JsonNode current = this.http.getJson("/user/current");

		String groupId = current.get("userGroupIds").get(0).get("id").asString();
		assertThat(this.http.getJson("/user-group/" + groupId).get("alias").asString()).isEqualTo("editor");
	}

}
