package io.github.umbracomgmt.test;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static io.github.umbracomgmt.test.UmbracoHttp.CURRENT_USER_PATH;
import static io.github.umbracomgmt.test.UmbracoHttp.REVOKE_PATH;
import static io.github.umbracomgmt.test.UmbracoHttp.basic;
import static io.github.umbracomgmt.test.UmbracoHttp.form;
import static io.github.umbracomgmt.test.UmbracoHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

class RevocationTests extends ServerTestSupport {

	@Override
	boolean authenticated() {
		return false;
	}

	@Test
	void revokedTokenIsRejected() {
		String token = this.http.token();

		HttpResponse<String> response = this.http.postForm(REVOKE_PATH, form("token", token, "token_type_hint",
				"access_token", "client_id", this.server.clientId(), "client_secret", this.server.clientSecret()),
				null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertThat(this.http.get(CURRENT_USER_PATH, token).statusCode()).isEqualTo(401);
		assertThat(this.server.revocations()).isEqualTo(1);
		assertThat(this.server.activeTokenCount()).isZero();
	}

	@Test
	void revocationLatencyDelaysTheAnswerButNotTheRevocation() {
		String token = this.http.token();
		this.server.setRevocationLatency(Duration.ofMillis(300));

		long start = System.nanoTime();
		HttpResponse<String> response = this.http.postForm(REVOKE_PATH, form("token", token),
				basic(this.server.clientId(), this.server.clientSecret()));

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.server.revocations()).isEqualTo(1);
	}

	@Test
	void acceptsBasicClientAuthentication() {
		String token = this.http.token();

		HttpResponse<String> response = this.http.postForm(REVOKE_PATH, form("token", token),
				basic(this.server.clientId(), this.server.clientSecret()));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.http.get(CURRENT_USER_PATH, token).statusCode()).isEqualTo(401);
	}

	@Test
	void acceptsUnknownTokenAsRfc7009Says() {
		HttpResponse<String> response = this.http.postForm(REVOKE_PATH, form("token", "never-issued"),
				basic(this.server.clientId(), this.server.clientSecret()));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.server.revocations()).isEqualTo(1);
	}

	@Test
	void rejectsBadClientAuthenticationAndKeepsTheToken() {
		String token = this.http.token();

		HttpResponse<String> response = this.http.postForm(REVOKE_PATH, form("token", token),
				basic(this.server.clientId(), "wrong"));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
		assertThat(json(response).get("error").asString()).isEqualTo("invalid_client");
		assertThat(this.http.get(CURRENT_USER_PATH, token).statusCode()).isEqualTo(200);
		assertThat(this.server.revocations()).isZero();
	}

	@Test
	void rejectsRequestWithoutToken() {
		HttpResponse<String> response = this.http.postForm(REVOKE_PATH, form(),
				basic(this.server.clientId(), this.server.clientSecret()));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("error").asString()).isEqualTo("invalid_request");
	}

	@Test
	void isNeitherATokenNorAnApiRequest() {
		this.http.postForm(REVOKE_PATH, form("token", "x"), basic(this.server.clientId(), this.server.clientSecret()));

		assertThat(this.server.tokenRequests()).isZero();
		assertThat(this.server.apiRequests()).isZero();
		assertThat(this.server.requests()).hasSize(1);
	}

}
