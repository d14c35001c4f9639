package io.github.umbracomgmt.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.CURRENT_USER_PATH;
import static io.github.umbracomgmt.test.UmbracoHttp.USERS_PATH;
import static io.github.umbracomgmt.test.UmbracoHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FaultInjectionTests extends ServerTestSupport {

	@Test
	void failNextAnswersTheStatusWithProblemDetailsThenRecovers() {
		this.server.failNext(2, 503);

		HttpResponse<String> first = get();
		HttpResponse<String> second = get();
		HttpResponse<String> third = get();

		assertThat(first.statusCode()).isEqualTo(503);
		assertThat(first.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json(first);
		assertThat(problem.get("status").asInt()).isEqualTo(503);
		assertThat(problem.get("title").asString()).isEqualTo("Service Unavailable");
		assertThat(second.statusCode()).isEqualTo(503);
		assertThat(third.statusCode()).isEqualTo(200);
	}

	@Test
	void failNextCarriesHeadersSuchAsRetryAfter() {
		this.server.failNext(1, 429, Map.of("Retry-After", "1"));

		HttpResponse<String> response = get();

		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(json(response).get("status").asInt()).isEqualTo(429);
	}

	@Test
	void failTokenRequestsNextAnswersTheStatusWithProblemDetailsThenIssuesTokens() {
		int before = this.server.tokenRequests();
		this.server.failTokenRequestsNext(1, 500);

		HttpResponse<String> failed = this.http.requestToken(this.server.clientId(), this.server.clientSecret());
		HttpResponse<String> issued = this.http.requestToken(this.server.clientId(), this.server.clientSecret());

		assertThat(failed.statusCode()).isEqualTo(500);
		assertThat(json(failed).get("title").asString()).isEqualTo("Internal Server Error");
		assertThat(json(failed).get("detail").asString()).isEqualTo("Injected by UmbracoTestServer.");
		assertThat(issued.statusCode()).isEqualTo(200);
		assertThat(this.server.tokenRequests() - before).isEqualTo(2);
	}

	@Test
	void failNextStrikesBeforeAuthenticationLikeAProxy() {
		this.server.failNext(1, 502);

		assertThat(this.http.get(CURRENT_USER_PATH, null).statusCode()).isEqualTo(502);
	}

	@Test
	void injected401LooksLikeAnInvalidToken() {
		this.server.failNext(1, 401);

		HttpResponse<String> response = get();

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(value -> assertThat(value).startsWith("Bearer error=\"invalid_token\""));
		assertThat(response.body()).isEmpty();
		assertThat(get().statusCode()).isEqualTo(200);
	}

	@Test
	void failNextLeavesTheTokenEndpointAlone() {
		this.server.failNext(1, 500);

		this.http.token();

		assertThat(get().statusCode()).isEqualTo(500);
	}

	@Test
	void failPathFailsOnlyThatPathUntilCleared() {
		this.server.failPath(CURRENT_USER_PATH, 500);

		assertThat(get().statusCode()).isEqualTo(500);
		assertThat(get().statusCode()).isEqualTo(500);
		assertThat(this.http.get(USERS_PATH, this.http.currentToken()).statusCode()).isEqualTo(200);

		this.server.clearFaults();

		assertThat(get().statusCode()).isEqualTo(200);
	}

	@Test
	void resetConnectionNextClosesWithoutResponse() {
		this.server.resetConnectionNext(1);

		// A POST, so the JDK client cannot replay it on a fresh connection as it may do
		// for an idempotent GET.
		HttpRequest request = HttpRequest.newBuilder(this.http.uri(CURRENT_USER_PATH))
			.header("Authorization", "Bearer " + this.http.currentToken())
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();

		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> this.http.send(request))
			.withCauseInstanceOf(IOException.class);
		assertThat(get().statusCode()).isEqualTo(200);
		assertThat(this.server.apiRequests()).isEqualTo(2);
	}

	@Test
	void oneShotFaultsStrikeInTheOrderRequested() {
		this.server.failNext(1, 503);
		this.server.failNext(1, 429, Map.of("Retry-After", "2"));

		assertThat(get().statusCode()).isEqualTo(503);
		assertThat(get().statusCode()).isEqualTo(429);
		assertThat(get().statusCode()).isEqualTo(200);
	}

	@Test
	void malformedJsonNextTruncatesSuccessfulBodies() {
		this.server.malformedJsonNext(1);

		HttpResponse<String> response = get();

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).startsWith("{").isNotEmpty();
		assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> json(response));
		assertThat(json(get()).get("name").asString()).isNotBlank();
	}

	@Test
	void malformedJsonWaitsForASuccessfulResponse() {
		this.server.malformedJsonNext(1);

		HttpResponse<String> notFound = this.http.get(USERS_PATH + "/" + UUID.randomUUID(), this.http.currentToken());
		HttpResponse<String> ok = get();

		assertThat(json(notFound).get("status").asInt()).isEqualTo(404);
		assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> json(ok));
	}

	@Test
	void apiLatencyDelaysApiResponses() {
		this.server.setApiLatency(Duration.ofMillis(300));

		long start = System.nanoTime();
		assertThat(get().statusCode()).isEqualTo(200);

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void apiLatencyLeavesTheTokenEndpointAlone() {
		this.server.setApiLatency(Duration.ofMinutes(1));
		CompletableFuture<HttpResponse<String>> slowCall = this.http.client()
			.sendAsync(this.http.getRequest(CURRENT_USER_PATH, this.http.currentToken()),
					HttpResponse.BodyHandlers.ofString());

		String fresh = this.http.token();

		assertThat(fresh).isNotBlank();
		assertThat(slowCall).isNotDone();
		slowCall.cancel(true);
	}

	@Test
	void tokenLatencyDelaysTokenResponses() {
		this.server.setTokenLatency(Duration.ofMillis(200));

		long start = System.nanoTime();
		this.http.token();

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
	}

	@Test
	void clearFaultsRemovesQueuedFaultsAndLatency() {
		this.server.failNext(3, 500);
		this.server.resetConnectionNext(1);
		this.server.malformedJsonNext(1);
		this.server.setApiLatency(Duration.ofSeconds(30));

		this.server.clearFaults();

		assertThat(json(get()).get("name").asString()).isNotBlank();
	}

	@Test
	void rejectsImpossibleFaults() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.failNext(1, 200));
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.failNext(-1, 500));
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.setApiLatency(Duration.ofMillis(-1)));
	}

	private HttpResponse<String> get() {
		return this.http.get(CURRENT_USER_PATH, this.http.currentToken());
	}

}
