package io.github.umbracomgmt.test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.CURRENT_USER_PATH;
import static io.github.umbracomgmt.test.UmbracoHttp.USERS_PATH;
import static io.github.umbracomgmt.test.UmbracoHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

class UserResourceTests extends ServerTestSupport {

	/**
	 * The required properties of CurrentUserResponseModel in the Management API's OpenAPI
	 * document.
	 */
	private static final List<String> CURRENT_USER_REQUIRED = List.of("allowedSections", "avatarUrls",
			"documentStartNodeIds", "email", "fallbackPermissions", "hasAccessToAllLanguages",
			"hasAccessToSensitiveData", "hasDocumentRootAccess", "hasMediaRootAccess", "id", "isAdmin",
			"languageIsoCode", "languages", "mediaStartNodeIds", "name", "permissions", "userGroupIds", "userName");

	/** The required properties of UserResponseModel. */
	private static final List<String> USER_REQUIRED = List.of("avatarUrls", "createDate", "documentStartNodeIds",
			"email", "failedLoginAttempts", "hasDocumentRootAccess", "hasMediaRootAccess", "id", "isAdmin", "kind",
			"mediaStartNodeIds", "name", "state", "updateDate", "userGroupIds", "userName");

	/** Every property UserResponseModel declares; it allows no others. */
	private static final List<String> USER_PROPERTIES = List.of("email", "userName", "name", "userGroupIds", "id",
			"languageIsoCode", "documentStartNodeIds", "hasDocumentRootAccess", "mediaStartNodeIds",
			"hasMediaRootAccess", "elementStartNodeIds", "hasElementRootAccess", "avatarUrls", "state",
			"failedLoginAttempts", "createDate", "updateDate", "lastLoginDate", "lastLockoutDate",
			"lastPasswordChangeDate", "isAdmin", "kind");

	@Test
	void currentUserHasEveryRequiredPropertyWithSensibleDefaults() {
		HttpResponse<String> response = this.http.get(CURRENT_USER_PATH, this.http.currentToken());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		JsonNode user = json(response);
		assertThat(user.propertyNames()).containsAll(CURRENT_USER_REQUIRED);
		assertThat(user.get("id").asString()).isEqualTo(this.server.users().current().getId().toString());
		assertThat(user.get("name").asString()).isEqualTo("Demo API User");
		assertThat(user.get("email").asString()).isEqualTo("api@example.com");
		assertThat(user.get("userName").asString()).isEqualTo("api@example.com");
		assertThat(user.get("isAdmin").isBoolean()).isTrue();
		assertThat(user.get("isAdmin").asBoolean()).isFalse();
		assertThat(user.get("allowedSections").isArray()).isTrue();
		assertThat(user.get("allowedSections").isEmpty()).isFalse();
		assertThat(user.get("userGroupIds").get(0).get("id").asString()).matches("[0-9a-f-]{36}");
		assertThat(user.get("permissions").isArray()).isTrue();
	}

	@Test
	void currentUserReflectsChangesAtOnce() {
		this.server.users().setCurrent("Integration", "integration@example.com");
		this.server.users().current().setAdmin(true);

		JsonNode user = json(this.http.get(CURRENT_USER_PATH, this.http.currentToken()));

		assertThat(user.get("name").asString()).isEqualTo("Integration");
		assertThat(user.get("userName").asString()).isEqualTo("integration@example.com");
		assertThat(user.get("isAdmin").asBoolean()).isTrue();
	}

	@Test
	void apiUserByIdIsOfKindApi() {
		UUID id = this.server.users().current().getId();

		JsonNode user = json(this.http.get(USERS_PATH + "/" + id, this.http.currentToken()));

		assertThat(user.propertyNames()).containsAll(USER_REQUIRED);
		assertThat(USER_PROPERTIES).containsAll(user.propertyNames());
		assertThat(user.get("kind").asString()).isEqualTo("Api");
		assertThat(user.get("state").asString()).isEqualTo("Active");
		assertThat(user.get("failedLoginAttempts").isInt()).isTrue();
		assertThat(user.get("lastLoginDate").isNull()).isTrue();
	}

	@Test
	void addedUserIsAnActiveDefaultUserWithIsoDates() {
		UUID id = this.server.users().add("Editor", "editor@example.com");

		JsonNode user = json(this.http.get(USERS_PATH + "/" + id, this.http.currentToken()));

		assertThat(user.get("id").asString()).isEqualTo(id.toString());
		assertThat(user.get("name").asString()).isEqualTo("Editor");
		assertThat(user.get("kind").asString()).isEqualTo("Default");
		assertThat(user.get("state").asString()).isEqualTo("Active");
		Instant created = OffsetDateTime.parse(user.get("createDate").asString()).toInstant();
		assertThat(created).isEqualTo(this.server.users().find(id).orElseThrow().getCreateDate());
	}

	@Test
	void unknownUserIsProblemDetailsWithOperationStatus() {
		HttpResponse<String> response = this.http.get(USERS_PATH + "/" + UUID.randomUUID(), this.http.currentToken());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json(response);
		assertThat(problem.get("type").asString()).isEqualTo("Error");
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("status").asInt()).isEqualTo(404);
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(problem.get("operationStatus").asString()).isEqualTo("UserNotFound");
	}

	@Test
	void idThatIsNotAUuidMatchesNoRoute() {
		HttpResponse<String> response = this.http.get(USERS_PATH + "/not-a-uuid", this.http.currentToken());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(json(response).get("status").asInt()).isEqualTo(404);
	}

	@Test
	void unknownPathIsProblemDetails404() {
		HttpResponse<String> response = this.http.get("/umbraco/management/api/v1/no-such-thing",
				this.http.currentToken());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(json(response).get("type").asString()).isEqualTo("Error");
	}

	@Test
	void knownPathWithAnotherMethodIs405() {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(this.http.uri(CURRENT_USER_PATH))
			.header("Authorization", "Bearer " + this.http.currentToken())
			.DELETE()
			.build());

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("GET");
	}

	@Test
	void listsAllUsersApiUserFirstWithDefaultPaging() {
		UUID first = this.server.users().add("One", "one@example.com");
		UUID second = this.server.users().add("Two", "two@example.com");

		JsonNode page = json(this.http.get(USERS_PATH, this.http.currentToken()));

		assertThat(page.get("total").asLong()).isEqualTo(3);
		assertThat(page.get("items").valueStream().map(item -> item.get("id").asString()))
			.containsExactly(this.server.users().current().getId().toString(), first.toString(), second.toString());
		assertThat(page.get("items").get(1).propertyNames()).containsAll(USER_REQUIRED);
	}

	@Test
	void pagesWithSkipAndTake() {
		for (int i = 0; i < 5; i++) {
			this.server.users().add("User " + i, "user" + i + "@example.com");
		}

		JsonNode page = json(this.http.get(USERS_PATH + "?skip=2&take=2", this.http.currentToken()));

		assertThat(page.get("total").asLong()).isEqualTo(6);
		assertThat(page.get("items").valueStream().map(item -> item.get("name").asString())).containsExactly("User 1",
				"User 2");
	}

	@Test
	void pageBeyondTheEndIsEmptyButKeepsTotal() {
		JsonNode page = json(this.http.get(USERS_PATH + "?skip=10&take=5", this.http.currentToken()));

		assertThat(page.get("total").asLong()).isEqualTo(1);
		assertThat(page.get("items").isEmpty()).isTrue();
	}

	@Test
	void rejectsTakeThatIsNotANumber() {
		HttpResponse<String> response = this.http.get(USERS_PATH + "?take=many", this.http.currentToken());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("errors").get("take").get(0).asString()).contains("many");
	}

	@Test
	void rejectsNegativeSkip() {
		HttpResponse<String> response = this.http.get(USERS_PATH + "?skip=-1", this.http.currentToken());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("status").asInt()).isEqualTo(400);
	}

	@Test
	void clearUsersKeepsOnlyTheApiUser() {
		this.server.users().add("One", "one@example.com");

		this.server.users().clear();

		JsonNode page = json(this.http.get(USERS_PATH, this.http.currentToken()));
		assertThat(page.get("total").asLong()).isEqualTo(1);
		assertThat(page.get("items").get(0).get("kind").asString()).isEqualTo("Api");
	}

	@Test
	void replacingTheApiUserChangesWhoTheTokenActsAs() {
		UUID id = UUID.fromString("11111111-2222-3333-4444-555555555555");
		this.server.users()
			.setCurrent(new UserSeed("Fixed", "fixed@example.com", UserSeed.KIND_API, Instant.EPOCH).setId(id));

		assertThat(json(this.http.get(CURRENT_USER_PATH, this.http.currentToken())).get("id").asString())
			.isEqualTo(id.toString());
	}

}
