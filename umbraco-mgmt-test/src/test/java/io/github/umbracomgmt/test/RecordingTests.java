package io.github.umbracomgmt.test;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.github.umbracomgmt.test.UmbracoHttp.CURRENT_USER_PATH;
import static io.github.umbracomgmt.test.UmbracoHttp.TOKEN_PATH;
import static io.github.umbracomgmt.test.UmbracoHttp.USERS_PATH;
import static org.assertj.core.api.Assertions.assertThat;

class RecordingTests extends ServerTestSupport {

	@Override
	boolean authenticated() {
		return false;
	}

	@Test
	void countsApiRequestsPerMethodAndExactPath() {
		String token = this.http.token();
		this.http.get(CURRENT_USER_PATH, token);
		this.http.get(CURRENT_USER_PATH, token);
		this.http.get(USERS_PATH + "?skip=0&take=10", token);
		this.http.get(CURRENT_USER_PATH, null);

		assertThat(this.server.apiRequests()).isEqualTo(4);
		assertThat(this.server.apiRequests("GET", CURRENT_USER_PATH)).isEqualTo(3);
		assertThat(this.server.apiRequests("GET", USERS_PATH)).isEqualTo(1);
		assertThat(this.server.apiRequests("POST", CURRENT_USER_PATH)).isZero();
		assertThat(this.server.tokenRequests()).isEqualTo(1);
	}

	@Test
	void recordsEveryRequestInOrderWithQueryHeadersAndBody() {
		String token = this.http.token();
		this.http.get(USERS_PATH + "?skip=0&take=10", token);

		List<RecordedRequest> requests = this.server.requests();

		assertThat(requests).hasSize(2);
		RecordedRequest tokenRequest = requests.get(0);
		assertThat(tokenRequest.method()).isEqualTo("POST");
		assertThat(tokenRequest.path()).isEqualTo(TOKEN_PATH);
		assertThat(tokenRequest.query()).isNull();
		assertThat(tokenRequest.body()).contains("grant_type=client_credentials");
		assertThat(tokenRequest.header("content-type")).hasValue("application/x-www-form-urlencoded");
		RecordedRequest apiRequest = requests.get(1);
		assertThat(apiRequest.path()).isEqualTo(USERS_PATH);
		assertThat(apiRequest.query()).isEqualTo("skip=0&take=10");
		assertThat(apiRequest.headers().get("AUTHORIZATION")).containsExactly("Bearer " + token);
		assertThat(apiRequest.body()).isEmpty();
	}

	@Test
	void toStringHidesCredentials() {
		String token = this.http.token();
		this.http.get(CURRENT_USER_PATH, token);

		String printed = this.server.requests().toString();

		assertThat(printed).doesNotContain(token)
			.doesNotContain(this.server.clientSecret())
			.contains(CURRENT_USER_PATH);
	}

	@Test
	void resetCountersStartsCountingAfresh() {
		String token = this.http.token();
		this.http.get(CURRENT_USER_PATH, token);

		this.server.resetCounters();

		assertThat(this.server.tokenRequests()).isZero();
		assertThat(this.server.tokenRequests(TokenOutcome.ISSUED)).isZero();
		assertThat(this.server.apiRequests()).isZero();
		assertThat(this.server.apiRequests("GET", CURRENT_USER_PATH)).isZero();
		assertThat(this.server.requests()).isEmpty();
		assertThat(this.http.get(CURRENT_USER_PATH, token).statusCode()).isEqualTo(200);
		assertThat(this.server.apiRequests()).isEqualTo(1);
	}

	@Test
	void resetRestoresTheStartingStateButKeepsTokens() {
		String token = this.http.token();
		this.server.users().add("One", "one@example.com");
		this.server.users().setCurrent("Changed", "changed@example.com");
		this.server.failPath(CURRENT_USER_PATH, 500);
		this.server.setExpiresInIncluded(false);

		this.server.reset();

		assertThat(this.server.requests()).isEmpty();
		assertThat(this.server.users().current().getName()).isEqualTo("Demo API User");
		assertThat(UmbracoHttp.json(this.http.get(USERS_PATH, token)).get("total").asLong()).isEqualTo(1);
		assertThat(this.http.get(CURRENT_USER_PATH, token).statusCode()).isEqualTo(200);
		assertThat(
				UmbracoHttp
					.json(this.http
						.postForm(TOKEN_PATH,
								UmbracoHttp.form("grant_type", "client_credentials", "client_id",
										this.server.clientId(), "client_secret", this.server.clientSecret()),
								null))
					.has("expires_in"))
			.isTrue();
	}

}
