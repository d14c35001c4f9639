package io.github.umbracomgmt.test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static io.github.umbracomgmt.test.UmbracoHttp.CURRENT_USER_PATH;
import static org.assertj.core.api.Assertions.assertThat;

class BearerAuthenticationTests extends ServerTestSupport {

	private static final String INVALID_TOKEN = "Bearer error=\"invalid_token\", "
			+ "error_description=\"The specified token is invalid.\"";

	private final MutableClock clock = new MutableClock(Instant.parse("2025-05-14T09:00:00Z"));

	@Override
	UmbracoTestServer.Builder configure(UmbracoTestServer.Builder builder) {
		return builder.clock(this.clock);
	}

	@Override
	boolean authenticated() {
		return false;
	}

	@Test
	void acceptsIssuedToken() {
		HttpResponse<String> response = this.http.get(CURRENT_USER_PATH, this.http.token());

		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void challengesRequestWithoutToken() {
		HttpResponse<String> response = this.http.get(CURRENT_USER_PATH, null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertThat(response.body()).isEmpty();
	}

	@Test
	void rejectsUnknownTokenWithInvalidTokenAndEmptyBody() {
		assertInvalidToken(this.http.get(CURRENT_USER_PATH, "made-up"));
	}

	@Test
	void rejectsRevokedToken() {
		String token = this.http.token();

		this.server.revokeAllTokens();

		assertInvalidToken(this.http.get(CURRENT_USER_PATH, token));
		assertThat(this.server.activeTokenCount()).isZero();
	}

	@Test
	void acceptsTokenUntilTheServerClockPassesItsLifetime() {
		this.server.setTokenLifetime(Duration.ofSeconds(60));
		String token = this.http.token();

		this.clock.advance(Duration.ofSeconds(59));
		assertThat(this.http.get(CURRENT_USER_PATH, token).statusCode()).isEqualTo(200);

		this.clock.advance(Duration.ofSeconds(1));
		assertInvalidToken(this.http.get(CURRENT_USER_PATH, token));
		assertThat(this.server.activeTokenCount()).isZero();
	}

	@Test
	void rejectsTokensExpiredOnDemand() {
		String token = this.http.token();

		this.server.expireAllTokens();

		assertInvalidToken(this.http.get(CURRENT_USER_PATH, token));
	}

	@Test
	void tokensIssuedAfterExpiringAllStillWork() {
		this.http.token();
		this.server.expireAllTokens();

		String fresh = this.http.token();

		assertThat(this.http.get(CURRENT_USER_PATH, fresh).statusCode()).isEqualTo(200);
		assertThat(this.server.activeTokenCount()).isEqualTo(1);
	}

	@Test
	void rejectsTokensOfADisabledApiUser() {
		String token = this.http.token();

		this.server.users().current().setState(UserSeed.STATE_DISABLED);

		assertInvalidToken(this.http.get(CURRENT_USER_PATH, token));
	}

	@Test
	void protectsUnknownPathsToo() {
		HttpResponse<String> response = this.http.get("/umbraco/management/api/v1/no-such-thing", null);

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void answersServerStatusWithoutToken() {
		HttpResponse<String> response = this.http.get("/umbraco/management/api/v1/server/status", null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(UmbracoHttp.json(response).get("serverStatus").asString()).isEqualTo("Run");
	}

	@Test
	void requiresTokenForServerInformation() {
		assertThat(this.http.get("/umbraco/management/api/v1/server/information", null).statusCode()).isEqualTo(401);
		assertThat(UmbracoHttp.json(this.http.get("/umbraco/management/api/v1/server/information", this.http.token()))
			.get("version")
			.asString()).isNotBlank();
	}

	private static void assertInvalidToken(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue(INVALID_TOKEN);
		assertThat(response.body()).isEmpty();
	}

}
