package io.github.umbracomgmt.test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.TOKEN_PATH;
import static io.github.umbracomgmt.test.UmbracoHttp.basic;
import static io.github.umbracomgmt.test.UmbracoHttp.form;
import static io.github.umbracomgmt.test.UmbracoHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TokenEndpointTests extends ServerTestSupport {

	private static final String TRICKY_SECRET = "s3cr+t/=&%ab";

	@Override
	UmbracoTestServer.Builder configure(UmbracoTestServer.Builder builder) {
		return builder.clientSecret(TRICKY_SECRET);
	}

	@Override
	boolean authenticated() {
		return false;
	}

	@Test
	void issuesBearerTokenForCredentialsInTheFormBody() {
		HttpResponse<String> response = this.http.postForm(TOKEN_PATH, form("grant_type", "client_credentials",
				"client_id", this.server.clientId(), "client_secret", TRICKY_SECRET), null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		JsonNode body = json(response);
		assertThat(body.get("access_token").asString()).hasSizeGreaterThanOrEqualTo(32);
		assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(body.get("expires_in").asLong()).isEqualTo(299);
		assertThat(body.properties()).hasSize(3);
		assertThat(this.server.tokenRequests(TokenOutcome.ISSUED)).isEqualTo(1);
	}

	@Test
	void issuesBearerTokenForFormUrlEncodedBasicCredentials() {
		HttpResponse<String> response = this.http.postForm(TOKEN_PATH, form("grant_type", "client_credentials"),
				basic(this.server.clientId(), TRICKY_SECRET));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).get("token_type").asString()).isEqualTo("Bearer");
	}

	@Test
	void rejectsBasicCredentialsThatWereNotUrlEncoded() {
		String raw = Base64.getEncoder()
			.encodeToString((this.server.clientId() + ":" + TRICKY_SECRET).getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> response = this.http.postForm(TOKEN_PATH, form("grant_type", "client_credentials"),
				"Basic " + raw);

		// '+' decodes to a space and "%ab" to a byte that is not UTF-8: the secret no
		// longer matches.
		assertInvalidClient(response);
	}

	@Test
	void rejectsCredentialsSentBothInFormAndBasicHeader() {
		HttpResponse<String> response = this.http.postForm(TOKEN_PATH, form("grant_type", "client_credentials",
				"client_id", this.server.clientId(), "client_secret", TRICKY_SECRET),
				basic(this.server.clientId(), TRICKY_SECRET));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("error").asString()).isEqualTo("invalid_request");
		assertThat(json(response).get("error_description").asString()).isNotBlank();
		assertThat(this.server.tokenRequests(TokenOutcome.INVALID_REQUEST)).isEqualTo(1);
	}

	@Test
	void rejectsWrongSecretWithInvalidClientAndBasicChallenge() {
		HttpResponse<String> response = this.http.postForm(TOKEN_PATH,
				form("grant_type", "client_credentials", "client_id", this.server.clientId(), "client_secret", "wrong"),
				null);

		assertInvalidClient(response);
	}

	@Test
	void rejectsUnknownClient() {
		HttpResponse<String> response = this.http.postForm(TOKEN_PATH, form("grant_type", "client_credentials",
				"client_id", "umbraco-back-office-nobody", "client_secret", TRICKY_SECRET), null);

		assertInvalidClient(response);
	}

	@Test
	void rejectsRequestWithoutClientCredentials() {
		HttpResponse<String> response = this.http.postForm(TOKEN_PATH, form("grant_type", "client_credentials"), null);

		assertInvalidClient(response);
	}

	@Test
	void rejectsEveryGrantButClientCredentials() {
		HttpResponse<String> response = this.http.postForm(TOKEN_PATH, form("grant_type", "password", "client_id",
				this.server.clientId(), "client_secret", TRICKY_SECRET, "username", "a", "password", "b"), null);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("error").asString()).isEqualTo("unsupported_grant_type");
		assertThat(this.server.tokenRequests(TokenOutcome.UNSUPPORTED_GRANT_TYPE)).isEqualTo(1);
	}

	@Test
	void rejectsRequestWithoutGrantType() {
		HttpResponse<String> response = this.http.postForm(TOKEN_PATH,
				form("client_id", this.server.clientId(), "client_secret", TRICKY_SECRET), null);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("error").asString()).isEqualTo("invalid_request");
	}

	@Test
	void rejectsBodyThatIsNotAForm() {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(this.http.uri(TOKEN_PATH))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"client_credentials\"}"))
			.build());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("error").asString()).isEqualTo("invalid_request");
	}

	@Test
	void expiresInFollowsTheConfiguredLifetime() {
		this.server.setTokenLifetime(Duration.ofSeconds(42));

		assertThat(json(requestToken()).get("expires_in").asLong()).isEqualTo(42);
	}

	@Test
	void builderSetsTheInitialLifetime() {
		try (UmbracoTestServer other = UmbracoTestServer.builder().tokenLifetime(Duration.ofMinutes(10)).start()) {
			HttpResponse<String> response = new UmbracoHttp(other).postForm(TOKEN_PATH, form("grant_type",
					"client_credentials", "client_id", other.clientId(), "client_secret", other.clientSecret()), null);

			assertThat(json(response).get("expires_in").asLong()).isEqualTo(600);
		}
	}

	@Test
	void omitsExpiresInWhenAsked() {
		this.server.setExpiresInIncluded(false);

		JsonNode body = json(requestToken());

		assertThat(body.has("expires_in")).isFalse();
		assertThat(body.get("access_token").asString()).isNotEmpty();
	}

	@Test
	void issuesDistinctTokensThatAllStayActive() {
		String first = json(requestToken()).get("access_token").asString();
		String second = json(requestToken()).get("access_token").asString();

		assertThat(first).isNotEqualTo(second);
		assertThat(this.server.activeTokenCount()).isEqualTo(2);
	}

	@Test
	void acceptsEveryRegisteredClientOfTheApiUser() {
		this.server.registerClient("umbraco-back-office-rotated", "n3w+secret");

		HttpResponse<String> response = this.http.postForm(TOKEN_PATH, form("grant_type", "client_credentials"),
				basic("umbraco-back-office-rotated", "n3w+secret"));

		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void refusesClientIdsUmbracoWouldNeverIssue() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.registerClient("my-client", "secret"))
			.withMessageContaining("umbraco-back-office-");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UmbracoTestServer.builder().clientId("umbraco-back-office-").start());
	}

	@Test
	void stopsHonouringCredentialsOfADisabledApiUser() {
		this.server.users().current().setState(UserSeed.STATE_DISABLED);

		assertInvalidClient(requestToken());
	}

	@Test
	void countsEveryPostByOutcome() {
		requestToken();
		requestToken();
		this.http.postForm(TOKEN_PATH, form("grant_type", "client_credentials"), null);
		this.http.postForm(TOKEN_PATH, form("grant_type", "refresh_token", "refresh_token", "x"), null);

		assertThat(this.server.tokenRequests()).isEqualTo(4);
		assertThat(this.server.tokenRequests(TokenOutcome.ISSUED)).isEqualTo(2);
		assertThat(this.server.tokenRequests(TokenOutcome.INVALID_CLIENT)).isEqualTo(1);
		assertThat(this.server.tokenRequests(TokenOutcome.UNSUPPORTED_GRANT_TYPE)).isEqualTo(1);
		assertThat(this.server.apiRequests()).isZero();
	}

	private HttpResponse<String> requestToken() {
		return this.http.postForm(TOKEN_PATH, form("grant_type", "client_credentials", "client_id",
				this.server.clientId(), "client_secret", TRICKY_SECRET), null);
	}

	private void assertInvalidClient(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(value -> assertThat(value).startsWith("Basic "));
		JsonNode body = json(response);
		assertThat(body.get("error").asString()).isEqualTo("invalid_client");
		assertThat(body.get("error_description").asString()).isEqualTo("The specified client credentials are invalid.");
		assertThat(body.get("error_uri").asString()).isEqualTo("https://documentation.openiddict.com/errors/ID2055");
		assertThat(this.server.tokenRequests(TokenOutcome.INVALID_CLIENT)).isPositive();
	}

}
