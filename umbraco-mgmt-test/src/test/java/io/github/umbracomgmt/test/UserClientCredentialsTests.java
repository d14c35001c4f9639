package io.github.umbracomgmt.test;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.assertOk;
import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UserClientCredentialsTests extends ServerTestSupport {

	private static final String CLIENT_ID = "umbraco-back-office-integration";

	private UUID createApiUser() {
		return this.http.create("/user", """
				{"email":"robot@example.com","userName":"robot@example.com","name":"Robot",
				 "userGroupIds":[{"id":"%s"}],"kind":"Api"}""".formatted(UserGroupIds.WRITER));
	}

	private HttpResponse<String> addCredentials(UUID userId, String clientId, String secret) {
		return this.http.post("/user/" + userId + "/client-credentials",
				"{\"clientId\":\"" + clientId + "\",\"clientSecret\":\"" + secret + "\"}");
	}

	@Test
	void createdCredentialsAuthenticateAndActAsTheirApiUser() {
		UUID robot = createApiUser();

		HttpResponse<String> created = addCredentials(robot, CLIENT_ID, "s3cret+/=");
		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(created.body()).isEmpty();
		assertThat(this.http.getJson("/user/" + robot + "/client-credentials").valueStream().map(JsonNode::asString))
			.containsExactly(CLIENT_ID);

		String token = this.http.token(CLIENT_ID, "s3cret+/=");
		UmbracoHttp asRobot = UmbracoHttp.authenticated(this.server);
		asRobot.useToken(token);
		JsonNode current = asRobot.getJson("/user/current");
		assertThat(current.get("id").asString()).isEqualTo(robot.toString());
		assertThat(current.get("allowedSections").valueStream().map(JsonNode::asString))
			.containsExactly("Umb.Section.Content");
	}

	@Test
	void deletedCredentialsAreInvalidClientAndTheirTokensDie() {
		UUID robot = createApiUser();
		addCredentials(robot, CLIENT_ID, "secret");
		String token = this.http.token(CLIENT_ID, "secret");

		HttpResponse<String> deleted = this.http.delete("/user/" + robot + "/client-credentials/" + CLIENT_ID);

		assertThat(deleted.statusCode()).isEqualTo(200);
		HttpResponse<String> refused = this.http.requestToken(CLIENT_ID, "secret");
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(json(refused).get("error").asString()).isEqualTo("invalid_client");
		assertThat(this.http.get(UmbracoHttp.CURRENT_USER_PATH, token).statusCode()).isEqualTo(401);
		assertThat(this.http.getJson("/user/" + robot + "/client-credentials").isEmpty()).isTrue();
	}

	@Test
	void refusesWhatUmbracoRefuses() {
		UUID robot = createApiUser();
		UUID person = this.server.users().add("Person", "person@example.com");

		assertProblem(addCredentials(robot, "umbraco-back-office-has space", "secret"), 400, "InvalidClientId");
		assertProblem(addCredentials(robot, "umbraco-back-office-" + "x".repeat(101), "secret"), 400,
				"InvalidClientId");
		assertProblem(addCredentials(robot, UmbracoTestServer.DEFAULT_CLIENT_ID, "secret"), 400, "DuplicateClientId");
		assertProblem(addCredentials(person, CLIENT_ID, "secret"), 400, "InvalidUser");
		assertProblem(addCredentials(UUID.randomUUID(), CLIENT_ID, "secret"), 400, "InvalidUser");
		assertProblem(addCredentials(robot, CLIENT_ID, ""), 400, "InvalidRequest");
	}

	@Test
	void addsThePrefixWhenItIsMissing() {
		UUID robot = createApiUser();

		assertThat(addCredentials(robot, "short-id", "secret").statusCode()).isEqualTo(200);

		assertThat(this.server.users().clientCredentials(robot)).containsExactly("umbraco-back-office-short-id");
		assertThat(this.http.requestToken("umbraco-back-office-short-id", "secret").statusCode()).isEqualTo(200);
	}

	@Test
	void disablingAnApiUserStopsItsCredentialsAndTokensUntilEnabled() {
		UUID robot = createApiUser();
		addCredentials(robot, CLIENT_ID, "secret");
		String token = this.http.token(CLIENT_ID, "secret");
		String body = "{\"userIds\":[{\"id\":\"" + robot + "\"}]}";

		assertOk(this.http.post("/user/disable", body));

		assertThat(this.http.get(UmbracoHttp.CURRENT_USER_PATH, token).statusCode()).isEqualTo(401);
		assertThat(this.http.requestToken(CLIENT_ID, "secret").statusCode()).isEqualTo(401);
		assertThat(this.server.tokenRequests(TokenOutcome.INVALID_CLIENT)).isEqualTo(1);

		assertOk(this.http.post("/user/enable", body));
		assertThat(this.http.get(UmbracoHttp.CURRENT_USER_PATH, token).statusCode()).isEqualTo(401);
		String fresh = this.http.token(CLIENT_ID, "secret");
		assertThat(this.http.get(UmbracoHttp.CURRENT_USER_PATH, fresh).statusCode()).isEqualTo(200);
	}

	@Test
	void deletingAnApiUserDeletesItsCredentials() {
		UUID robot = createApiUser();
		addCredentials(robot, CLIENT_ID, "secret");

		assertOk(this.http.delete("/user/" + robot));

		assertThat(this.http.requestToken(CLIENT_ID, "secret").statusCode()).isEqualTo(401);
		assertThat(this.server.users().clientCredentials(robot)).isEmpty();
	}

	@Test
	void theDefaultClientBelongsToTheServersApiUser() {
		UUID apiUser = this.server.users().current().getId();

		assertThat(this.http.getJson("/user/" + apiUser + "/client-credentials").valueStream().map(JsonNode::asString))
			.containsExactly(UmbracoTestServer.DEFAULT_CLIENT_ID);
	}

	@Test
	void seedingApiGivesCredentialsToAnApiUser() {
		UUID robot = this.server.users().addApiUser("Seeded", "seeded@example.com");
		this.server.users().addClientCredentials(robot, CLIENT_ID, "secret");

		this.http.useToken(this.http.token(CLIENT_ID, "secret"));
		assertThat(this.http.getJson("/user/current").get("name").asString()).isEqualTo("Seeded");

		this.server.users().disable(robot);
		assertThat(this.http.get("/user/current").statusCode()).isEqualTo(401);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.server.users()
				.addClientCredentials(this.server.users().add("P", "p@example.com"), "other", "secret"))
			.withMessageContaining("INVALID_USER");
	}

	@Test
	void aUserDisabledThroughItsSeedCannotGetTokensAndItsTokensAreRefused() {
		UUID robot = this.server.users().addApiUser("Seeded", "seeded@example.com");
		this.server.users().addClientCredentials(robot, CLIENT_ID, "secret");
		this.http.useToken(this.http.token(CLIENT_ID, "secret"));

		this.server.users().find(robot).orElseThrow().setState(UserSeed.STATE_LOCKED_OUT);

		assertThat(this.http.requestToken(CLIENT_ID, "secret").statusCode()).isEqualTo(401);
		assertThat(this.http.get("/user/current").statusCode()).isEqualTo(401);
	}

	@Test
	void disablingTheServersApiUserLeavesOtherApiUsersSigningIn() {
		UUID robot = this.server.users().addApiUser("Robot", "robot@example.com");
		this.server.users().addClientCredentials(robot, CLIENT_ID, "secret");
		UmbracoHttp asRobot = new UmbracoHttp(this.server);
		asRobot.useToken(asRobot.token(CLIENT_ID, "secret"));

		this.server.users().current().setState(UserSeed.STATE_DISABLED);

		assertThat(this.http.get("/server/information").statusCode()).isEqualTo(401);
		assertThat(this.http.requestToken(this.server.clientId(), this.server.clientSecret()).statusCode())
			.isEqualTo(401);
		assertThat(asRobot.get("/server/information").statusCode()).isEqualTo(200);
		assertThat(asRobot.getJson("/user/current").get("id").asString()).isEqualTo(robot.toString());
		assertThat(asRobot.requestToken(CLIENT_ID, "secret").statusCode()).isEqualTo(200);
	}

	@Test
	void anApiUserDisabledThroughItsSeedLosesItsTokensOnEveryRoute() {
		UUID robot = this.server.users().addApiUser("Robot", "robot@example.com");
		this.server.users().addClientCredentials(robot, CLIENT_ID, "secret");
		UmbracoHttp asRobot = new UmbracoHttp(this.server);
		asRobot.useToken(asRobot.token(CLIENT_ID, "secret"));
		assertThat(asRobot.get("/tree/document/root").statusCode()).isEqualTo(200);

		this.server.users().find(robot).orElseThrow().setState(UserSeed.STATE_DISABLED);

		HttpResponse<String> refused = asRobot.get("/tree/document/root");
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""));
		assertThat(asRobot.get("/server/information").statusCode()).isEqualTo(401);
		assertThat(this.http.get("/tree/document/root").statusCode()).isEqualTo(200);
	}

}
