package io.github.umbracomgmt.test;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.PeopleTestClient.assertOk;
import static io.github.umbracomgmt.test.PeopleTestClient.assertProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UserClientCredentialsTests {

	private static final String CLIENT_ID = "umbraco-back-office-integration";

	private UmbracoTestServer server;

	private PeopleTestClient client;

	@BeforeEach
	void start() {
		this.server = UmbracoTestServer.start();
		this.client = new PeopleTestClient(this.server);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private UUID createApiUser() {
		return this.client.create("/user", """
				{"email":"robot@example.com","userName":"robot@example.com","name":"Robot",
				 "userGroupIds":[{"id":"%s"}],"kind":"Api"}""".formatted(UserGroupIds.WRITER));
	}

	private HttpResponse<String> addCredentials(UUID userId, String clientId, String secret) {
		return this.client.post("/user/" + userId + "/client-credentials",
				"{\"clientId\":\"" + clientId + "\",\"clientSecret\":\"" + secret + "\"}");
	}

	@Test
	void createdCredentialsAuthenticateAndActAsTheirApiUser() {
		UUID robot = createApiUser();

		HttpResponse<String> created = addCredentials(robot, CLIENT_ID, "s3cret+/=");
		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(created.body()).isEmpty();
		assertThat(this.client.getJson("/user/" + robot + "/client-credentials").valueStream().map(JsonNode::asString))
			.containsExactly(CLIENT_ID);

		String token = this.client.token(CLIENT_ID, "s3cret+/=");
		PeopleTestClient asRobot = new PeopleTestClient(this.server);
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
		String token = this.client.token(CLIENT_ID, "secret");

		HttpResponse<String> deleted = this.client.delete("/user/" + robot + "/client-credentials/" + CLIENT_ID);

		assertThat(deleted.statusCode()).isEqualTo(200);
		HttpResponse<String> refused = this.client.requestToken(CLIENT_ID, "secret");
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(json(refused).get("error").asString()).isEqualTo("invalid_client");
		assertThat(this.client.http().get(UmbracoHttp.CURRENT_USER_PATH, token).statusCode()).isEqualTo(401);
		assertThat(this.client.getJson("/user/" + robot + "/client-credentials").isEmpty()).isTrue();
	}

	@Test
	void refusesWhatUmbracoRefuses() {
		UUID robot = createApiUser();
		UUID person = this.server.addUser("Person", "person@example.com");

		assertProblem(addCredentials(robot, "umbraco-back-office-has space", "secret"), 400, "InvalidClientId");
		assertProblem(addCredentials(robot, "umbraco-back-office-" + "x".repeat(101), "secret"), 400, "InvalidClientId");
		assertProblem(addCredentials(robot, UmbracoTestServer.DEFAULT_CLIENT_ID, "secret"), 400, "DuplicateClientId");
		assertProblem(addCredentials(person, CLIENT_ID, "secret"), 400, "InvalidUser");
		assertProblem(addCredentials(UUID.randomUUID(), CLIENT_ID, "secret"), 400, "InvalidUser");
		assertProblem(addCredentials(robot, CLIENT_ID, ""), 400, "InvalidRequest");
	}

	@Test
	void addsThePrefixWhenItIsMissing() {
		UUID robot = createApiUser();

		assertThat(addCredentials(robot, "short-id", "secret").statusCode()).isEqualTo(200);

		assertThat(this.server.clientCredentials(robot)).containsExactly("umbraco-back-office-short-id");
		assertThat(this.client.requestToken("umbraco-back-office-short-id", "secret").statusCode()).isEqualTo(200);
	}

	@Test
	void disablingAnApiUserStopsItsCredentialsAndTokensUntilEnabled() {
		UUID robot = createApiUser();
		addCredentials(robot, CLIENT_ID, "secret");
		String token = this.client.token(CLIENT_ID, "secret");
		String body = "{\"userIds\":[{\"id\":\"" + robot + "\"}]}";

		assertOk(this.client.post("/user/disable", body));

		assertThat(this.client.http().get(UmbracoHttp.CURRENT_USER_PATH, token).statusCode()).isEqualTo(401);
		assertThat(this.client.requestToken(CLIENT_ID, "secret").statusCode()).isEqualTo(401);
		assertThat(this.server.tokenRequests(TokenOutcome.INVALID_CLIENT)).isEqualTo(1);

		assertOk(this.client.post("/user/enable", body));
		assertThat(this.client.http().get(UmbracoHttp.CURRENT_USER_PATH, token).statusCode()).isEqualTo(401);
		String fresh = this.client.token(CLIENT_ID, "secret");
		assertThat(this.client.http().get(UmbracoHttp.CURRENT_USER_PATH, fresh).statusCode()).isEqualTo(200);
	}

	@Test
	void deletingAnApiUserDeletesItsCredentials() {
		UUID robot = createApiUser();
		addCredentials(robot, CLIENT_ID, "secret");

		assertOk(this.client.delete("/user/" + robot));

		assertThat(this.client.requestToken(CLIENT_ID, "secret").statusCode()).isEqualTo(401);
		assertThat(this.server.clientCredentials(robot)).isEmpty();
	}

	@Test
	void theDefaultClientBelongsToTheServersApiUser() {
		UUID apiUser = this.server.currentUser().getId();

		assertThat(this.client.getJson("/user/" + apiUser + "/client-credentials").valueStream().map(JsonNode::asString))
			.containsExactly(UmbracoTestServer.DEFAULT_CLIENT_ID);
	}

	@Test
	void seedingApiGivesCredentialsToAnApiUser() {
		UUID robot = this.server.addApiUser("Seeded", "seeded@example.com");
		this.server.addClientCredentials(robot, CLIENT_ID, "secret");

		this.client.useToken(this.client.token(CLIENT_ID, "secret"));
		assertThat(this.client.getJson("/user/current").get("name").asString()).isEqualTo("Seeded");

		this.server.disableUser(robot);
		assertThat(this.client.get("/user/current").statusCode()).isEqualTo(401);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.server.addClientCredentials(this.server.addUser("P", "p@example.com"), "other",
					"secret"))
			.withMessageContaining("INVALID_USER");
	}

	@Test
	void aUserDisabledThroughItsSeedCannotGetTokensAndItsTokensAreRefused() {
		UUID robot = this.server.addApiUser("Seeded", "seeded@example.com");
		this.server.addClientCredentials(robot, CLIENT_ID, "secret");
		this.client.useToken(this.client.token(CLIENT_ID, "secret"));

		this.server.user(robot).orElseThrow().setState(UserSeed.STATE_LOCKED_OUT);

		assertThat(this.client.requestToken(CLIENT_ID, "secret").statusCode()).isEqualTo(401);
		assertThat(this.client.get("/user/current").statusCode()).isEqualTo(401);
	}
}
