package io.github.umbracomgmt.token;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.umbracomgmt.error.UmbracoAuthenticationException;
import io.github.umbracomgmt.error.UmbracoUnauthorizedException;
import io.github.umbracomgmt.http.UmbracoWebClients;
import io.github.umbracomgmt.test.MutableClock;
import io.github.umbracomgmt.test.TokenOutcome;
import io.github.umbracomgmt.test.UmbracoTestServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The token lifecycle against the fake Umbraco over HTTP, with time moved by a
 * {@link MutableClock}.
 */
class UmbracoTokenManagerTests {

	private static final String USER_CURRENT = "/umbraco/management/api/v1/user/current";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final ReactorClientHttpConnector connector = new ReactorClientHttpConnector();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private UmbracoTestServer server;

	@BeforeEach
	void startServer() {
		this.server = UmbracoTestServer.builder().clock(this.clock).start();
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	private UmbracoTokenManager.Builder manager(String secret) {
		return UmbracoTokenManager
			.builder(
					registration(this.server.clientId(), secret,
							this.server.baseUrl() + "/umbraco/management/api/v1/security/back-office/token",
							ClientAuthenticationMethod.CLIENT_SECRET_POST),
					UmbracoWebClients.tokenWebClient(WebClient.builder(), this.connector))
			.clock(this.clock)
			.metrics(new MicrometerTokenMetrics(this.meters, "default"));
	}

	private UmbracoTokenManager manager() {
		return manager(this.server.clientSecret()).build();
	}

	private WebClient api(UmbracoTokenManager manager) {
		return UmbracoWebClients.apiWebClient(WebClient.builder(), this.connector, this.server.baseUrl(), manager);
	}

	@Test
	void reusesTheTokenUntilTheRefreshMargin() {
		UmbracoTokenManager manager = manager();
		OAuth2AccessToken first = manager.getToken().block();
		// Umbraco's default 299 s token: margin min(60 s, 299 s / 5 = 59.8 s) = 59.8 s,
		// so reused for 239.2 s
		this.clock.advance(Duration.ofMillis(239_199));
		assertThat(manager.getToken().block().getTokenValue()).isEqualTo(first.getTokenValue());
		assertThat(this.server.tokenRequests()).isEqualTo(1);
		this.clock.advance(Duration.ofMillis(1));
		// due: this call still gets the valid token, and a refresh starts in the
		// background
		assertThat(manager.getToken().block().getTokenValue()).isEqualTo(first.getTokenValue());
		awaitTokenRequests(2);
		OAuth2AccessToken second = awaitNewToken(manager, first);
		assertThat(second.getTokenValue()).isNotEqualTo(first.getTokenValue());
		assertThat(this.server.tokenRequests()).isEqualTo(2);
	}

	@Test
	void usesTheConfiguredSkewWhenItIsSmallerThanAFifthOfTheLifetime() {
		this.server.setTokenLifetime(Duration.ofHours(1));
		UmbracoTokenManager manager = manager(this.server.clientSecret()).refreshSkew(Duration.ofSeconds(60)).build();
		manager.getToken().block();
		this.clock.advance(Duration.ofSeconds(3539));
		manager.getToken().block();
		assertThat(this.server.tokenRequests()).isEqualTo(1);
		this.clock.advance(Duration.ofSeconds(1));
		manager.getToken().block();
		awaitTokenRequests(2);
	}

	@Test
	void scalesTheMarginForShortLivedTokens() {
		this.server.setTokenLifetime(Duration.ofSeconds(10));
		UmbracoTokenManager manager = manager();
		manager.getToken().block();
		this.clock.advance(Duration.ofMillis(7999));
		manager.getToken().block();
		assertThat(this.server.tokenRequests()).isEqualTo(1);
		this.clock.advance(Duration.ofMillis(1));
		manager.getToken().block();
		awaitTokenRequests(2);
	}

	@Test
	void assumesTheDefaultLifetimeWhenExpiresInIsMissing() {
		this.server.setExpiresInIncluded(false);
		UmbracoTokenManager manager = manager(this.server.clientSecret()).defaultLifetime(Duration.ofSeconds(100))
			.build();
		OAuth2AccessToken token = manager.getToken().block();
		assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt())).hasSeconds(100);
		this.clock.advance(Duration.ofSeconds(79));
		manager.getToken().block();
		assertThat(this.server.tokenRequests()).isEqualTo(1);
		this.clock.advance(Duration.ofSeconds(1));
		manager.getToken().block();
		awaitTokenRequests(2);
	}

	@Test
	void sendsOneTokenRequestForManyConcurrentColdCallers() {
		this.server.setTokenLatency(Duration.ofMillis(300));
		UmbracoTokenManager manager = manager();
		List<OAuth2AccessToken> tokens = Flux.range(0, 200)
			.flatMap((i) -> manager.getToken(), 200)
			.collectList()
			.block();
		assertThat(tokens).hasSize(200);
		assertThat(tokens.stream().map(OAuth2AccessToken::getTokenValue).distinct()).hasSize(1);
		assertThat(this.server.tokenRequests()).isEqualTo(1);
	}

	@Test
	void sendsOneTokenRequestForManyConcurrentCallersAtRefresh() {
		UmbracoTokenManager manager = manager();
		manager.getToken().block();
		this.server.setTokenLatency(Duration.ofMillis(300));
		this.clock.advance(Duration.ofSeconds(240));
		Flux.range(0, 200).flatMap((i) -> manager.getToken(), 200).blockLast();
		awaitRefreshes("success", 1);
		assertThat(this.server.tokenRequests()).isEqualTo(2);
	}

	@Test
	void aCallInTheRefreshMarginDoesNotWaitAndStartsExactlyOneRefresh() {
		UmbracoTokenManager manager = manager();
		OAuth2AccessToken first = manager.getToken().block();
		this.server.setTokenLatency(Duration.ofSeconds(2));
		this.clock.advance(Duration.ofSeconds(240));
		for (int i = 0; i < 100; i++) {
			// answered at subscription with the still valid token: nothing waits for the
			// refresh
			CompletableFuture<OAuth2AccessToken> call = manager.getToken().toFuture();
			assertThat(call)
				.isCompletedWithValueMatching((token) -> token.getTokenValue().equals(first.getTokenValue()));
			assertThat(manager.getCachedToken().getTokenValue()).isEqualTo(first.getTokenValue());
		}
		awaitRefreshes("success", 1);
		assertThat(this.server.tokenRequests()).isEqualTo(2);
		assertThat(manager.getToken().block().getTokenValue()).isNotEqualTo(first.getTokenValue());
		assertThat(this.server.tokenRequests()).isEqualTo(2);
		assertThat(this.meters.counter("umbraco.management.token.refreshes", "outcome", "failure", "site", "default")
			.count()).isZero();
	}

	@Test
	void aFailedRefreshKeepsServingTheValidTokenUntilItExpiresAndBacksOff() {
		UmbracoTokenManager manager = manager(this.server.clientSecret())
			.failureBackoff(Duration.ofSeconds(1), Duration.ofSeconds(4))
			.build();
		WebClient api = api(manager);
		OAuth2AccessToken first = manager.getToken().block();
		// the secret is rotated: token requests now fail with invalid_client, the issued
		// token stays valid
		this.server.registerClient(this.server.clientId(), "rotated");
		this.clock.advance(Duration.ofSeconds(240));
		assertThat(manager.getToken().block().getTokenValue()).isEqualTo(first.getTokenValue());
		awaitRefreshes("failure", 1);
		assertThat(this.server.tokenRequests(TokenOutcome.INVALID_CLIENT)).isEqualTo(1);
		// within the backoff: the valid token is served, no new request
		for (int i = 0; i < 10; i++) {
			assertThat(manager.getToken().block().getTokenValue()).isEqualTo(first.getTokenValue());
		}
		assertThat(api.get().uri(USER_CURRENT).retrieve().bodyToMono(String.class).block()).contains("\"email\"");
		assertThat(this.server.tokenRequests()).isEqualTo(2);
		assertThat(this.meters.counter("umbraco.management.token.backoff.rejections", "site", "default").count())
			.isZero();
		// after the backoff: one more background attempt, then a 2 s backoff
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(manager.getToken().block().getTokenValue()).isEqualTo(first.getTokenValue());
		awaitRefreshes("failure", 2);
		this.clock.advance(Duration.ofMillis(1999));
		assertThat(manager.getToken().block().getTokenValue()).isEqualTo(first.getTokenValue());
		assertThat(this.server.tokenRequests()).isEqualTo(3);
		// just before expiry (299 s) the token still works; at expiry callers have no
		// valid token and fail at once
		this.clock.advance(Duration.ofSeconds(56));
		assertThat(api.get().uri(USER_CURRENT).retrieve().bodyToMono(String.class).block()).contains("\"email\"");
		awaitRefreshes("failure", 3);
		this.clock.advance(Duration.ofMillis(1));
		assertThatExceptionOfType(UmbracoAuthenticationException.class).isThrownBy(() -> manager.getToken().block())
			.satisfies((ex) -> assertThat(ex.getError()).isEqualTo("invalid_client"));
		assertThat(manager.getCachedToken()).isNull();
		assertThat(this.server.tokenRequests()).isEqualTo(4);
		assertThat(this.meters.counter("umbraco.management.token.refreshes", "outcome", "success", "site", "default")
			.count()).isZero();
	}

	@Test
	void callersWithAnExpiredTokenWaitForTheRefreshInFlightInsteadOfStartingAnother() {
		UmbracoTokenManager manager = manager();
		OAuth2AccessToken first = manager.getToken().block();
		this.server.setTokenLatency(Duration.ofSeconds(3));
		this.clock.advance(Duration.ofSeconds(240));
		manager.getToken().block();
		// the background refresh is in flight (3 s) when the token expires
		this.clock.advance(Duration.ofSeconds(60));
		List<CompletableFuture<OAuth2AccessToken>> calls = new java.util.ArrayList<>();
		for (int i = 0; i < 50; i++) {
			calls.add(manager.getToken().toFuture());
		}
		assertThat(calls).allSatisfy((call) -> assertThat(call).isNotDone());
		Set<String> values = calls.stream()
			.map(CompletableFuture::join)
			.map(OAuth2AccessToken::getTokenValue)
			.collect(Collectors.toSet());
		assertThat(values).hasSize(1).doesNotContain(first.getTokenValue());
		assertThat(this.server.tokenRequests()).isEqualTo(2);
		assertThat(this.meters.counter("umbraco.management.token.refreshes", "outcome", "success", "site", "default")
			.count()).isEqualTo(1);
	}

	@Test
	void sendsOneTokenRequestForManyBlockingCallers() throws Exception {
		this.server.setTokenLatency(Duration.ofMillis(300));
		UmbracoTokenManager manager = manager();
		int threads = 32;
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			Callable<String> call = () -> {
				start.await();
				return manager.getToken().block().getTokenValue();
			};
			List<Future<String>> futures = new java.util.ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(executor.submit(call));
			}
			start.countDown();
			Set<String> values = new java.util.HashSet<>();
			for (Future<String> future : futures) {
				values.add(future.get());
			}
			assertThat(values).hasSize(1);
			assertThat(this.server.tokenRequests()).isEqualTo(1);
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void givesEveryWaitingCallerTheErrorOfAFailedFetch() {
		this.server.setTokenLatency(Duration.ofMillis(300));
		UmbracoTokenManager manager = manager("wrong-secret").build();
		List<Throwable> errors = Flux.range(0, 50)
			.flatMap((i) -> manager.getToken().map(Object.class::cast).onErrorResume(Mono::just), 50)
			.cast(Throwable.class)
			.collectList()
			.block();
		assertThat(errors).hasSize(50)
			.allSatisfy((error) -> assertThat(error).isInstanceOf(UmbracoAuthenticationException.class)
				.hasMessageStartingWith("Error obtaining a token: The specified client credentials are invalid."));
		assertThat(this.server.tokenRequests()).isEqualTo(1);
	}

	@Test
	void backsOffAfterInvalidClientInsteadOfSendingARequestPerCall() {
		UmbracoTokenManager manager = manager("wrong-secret")
			.failureBackoff(Duration.ofSeconds(1), Duration.ofSeconds(4))
			.build();
		for (int i = 0; i < 20; i++) {
			assertThatExceptionOfType(UmbracoAuthenticationException.class).isThrownBy(() -> manager.getToken().block())
				.satisfies((ex) -> assertThat(ex.getError()).isEqualTo("invalid_client"));
		}
		assertThat(this.server.tokenRequests()).isEqualTo(1);
		assertThat(this.meters.counter("umbraco.management.token.backoff.rejections", "site", "default").count())
			.isEqualTo(19);
		// 1 s after the first failure: one more attempt, then 2 s, then 4 s, then capped
		// at 4 s
		this.clock.advance(Duration.ofSeconds(1));
		assertFails(manager);
		assertThat(this.server.tokenRequests()).isEqualTo(2);
		this.clock.advance(Duration.ofMillis(1999));
		assertFails(manager);
		assertThat(this.server.tokenRequests()).isEqualTo(2);
		this.clock.advance(Duration.ofMillis(1));
		assertFails(manager);
		assertThat(this.server.tokenRequests()).isEqualTo(3);
		this.clock.advance(Duration.ofSeconds(4));
		assertFails(manager);
		this.clock.advance(Duration.ofSeconds(4));
		assertFails(manager);
		assertThat(this.server.tokenRequests()).isEqualTo(5);
		assertThat(this.server.tokenRequests(TokenOutcome.INVALID_CLIENT)).isEqualTo(5);
	}

	@Test
	void recoversOnceTheTokenEndpointWorksAgain() {
		this.server.registerClient(this.server.clientId(), "rotated");
		UmbracoTokenManager manager = manager("rotated").failureBackoff(Duration.ofSeconds(1), Duration.ofSeconds(4))
			.build();
		assertThat(manager.getToken().block()).isNotNull();
		assertThat(this.meters.counter("umbraco.management.token.requests", "outcome", "success", "site", "default")
			.count()).isEqualTo(1);
	}

	@Test
	void backsOffWhenTheTokenEndpointCannotBeReached() {
		UmbracoTokenManager manager = manager();
		this.server.close();
		for (int i = 0; i < 5; i++) {
			assertThatExceptionOfType(UmbracoAuthenticationException.class).isThrownBy(() -> manager.getToken().block())
				.satisfies((ex) -> assertThat(ex.getError()).isNull())
				.withMessageContaining("could not reach");
		}
		assertThat(this.meters.counter("umbraco.management.token.requests", "outcome", "failure", "site", "default")
			.count()).isEqualTo(1);
	}

	@Test
	void recoversFromARevokedTokenWithOneNewTokenAndOneRetry() {
		UmbracoTokenManager manager = manager();
		WebClient api = api(manager);
		api.get().uri(USER_CURRENT).retrieve().bodyToMono(String.class).block();
		this.server.revokeAllTokens();
		String body = api.get().uri(USER_CURRENT).retrieve().bodyToMono(String.class).block();
		assertThat(body).contains("\"email\"");
		assertThat(this.server.tokenRequests()).isEqualTo(2);
		assertThat(this.server.apiRequests("GET", USER_CURRENT)).isEqualTo(3);
		assertThat(this.meters.counter("umbraco.management.unauthorized.retries", "site", "default").count())
			.isEqualTo(1);
	}

	@Test
	void aRequestAssembledWithAnOlderTokenGoesOutWithTheNewestOneTheFilterHasSeen() {
		UmbracoTokenManager manager = manager();
		WebClient api = api(manager);
		api.get().uri(USER_CURRENT).retrieve().toBodilessEntity().block();
		// assembled now, with the cached token on it; subscribed only after a
		// revocation, which another call has recovered from
		Mono<?> assembled = api.get().uri(USER_CURRENT).retrieve().toBodilessEntity();
		this.server.revokeAllTokens();
		api.get().uri(USER_CURRENT).retrieve().toBodilessEntity().block();
		assertThat(this.server.apiRequests("GET", USER_CURRENT)).isEqualTo(3);
		assembled.block();
		// sent once, with the new token: not with the dead one first
		assertThat(this.server.apiRequests("GET", USER_CURRENT)).isEqualTo(4);
		assertThat(this.server.tokenRequests()).isEqualTo(2);
		assertThat(this.meters.counter("umbraco.management.unauthorized.retries", "site", "default").count())
			.isEqualTo(1);
	}

	@Test
	void retriesNonIdempotentRequestsAfterA401Too() {
		UmbracoTokenManager manager = manager();
		WebClient api = api(manager);
		api.get().uri(USER_CURRENT).retrieve().toBodilessEntity().block();
		this.server.revokeAllTokens();
		// an unknown resource: Umbraco rejects the dead token first, then answers 404
		// with the fresh one
		assertThatExceptionOfType(io.github.umbracomgmt.error.UmbracoNotFoundException.class)
			.isThrownBy(() -> api.post()
				.uri("/umbraco/management/api/v1/does-not-exist")
				.bodyValue(java.util.Map.of("name", "x"))
				.retrieve()
				.toBodilessEntity()
				.block());
		assertThat(this.server.apiRequests("POST", "/umbraco/management/api/v1/does-not-exist")).isEqualTo(2);
		assertThat(this.server.tokenRequests()).isEqualTo(2);
	}

	@Test
	void recoversManyConcurrentCallsWithOneNewToken() {
		UmbracoTokenManager manager = manager();
		WebClient api = api(manager);
		api.get().uri(USER_CURRENT).retrieve().toBodilessEntity().block();
		this.server.revokeAllTokens();
		this.server.setTokenLatency(Duration.ofMillis(200));
		Flux.range(0, 50).flatMap((i) -> api.get().uri(USER_CURRENT).retrieve().toBodilessEntity(), 50).blockLast();
		assertThat(this.server.tokenRequests()).isEqualTo(2);
	}

	@Test
	void surfacesASecond401() {
		UmbracoTokenManager manager = manager();
		WebClient api = api(manager);
		this.server.failPath(USER_CURRENT, 401);
		assertThatExceptionOfType(UmbracoUnauthorizedException.class)
			.isThrownBy(() -> api.get().uri(USER_CURRENT).retrieve().toBodilessEntity().block());
		assertThat(this.server.apiRequests("GET", USER_CURRENT)).isEqualTo(2);
		assertThat(this.server.tokenRequests()).isEqualTo(2);
	}

	@Test
	void revokesTheTokenOnStop() {
		UmbracoTokenManager manager = manager();
		manager.start();
		manager.getToken().block();
		assertThat(this.server.activeTokenCount()).isEqualTo(1);
		manager.stop();
		assertThat(this.server.revocations()).isEqualTo(1);
		assertThat(this.server.activeTokenCount()).isZero();
		assertThat(manager.isRunning()).isFalse();
	}

	@Test
	void revokesWithBasicClientAuthenticationToo() {
		UmbracoTokenManager manager = UmbracoTokenManager
			.builder(
					registration(this.server.clientId(), this.server.clientSecret(),
							this.server.baseUrl() + "/umbraco/management/api/v1/security/back-office/token",
							ClientAuthenticationMethod.CLIENT_SECRET_BASIC),
					UmbracoWebClients.tokenWebClient(WebClient.builder(), this.connector))
			.build();
		manager.getToken().block();
		manager.stop();
		assertThat(this.server.revocations()).isEqualTo(1);
	}

	@Test
	void doesNotRevokeWhenDisabled() {
		UmbracoTokenManager manager = manager(this.server.clientSecret()).revokeOnShutdown(false, Duration.ofSeconds(1))
			.build();
		manager.getToken().block();
		manager.stop();
		assertThat(this.server.revocations()).isZero();
		assertThat(this.server.activeTokenCount()).isEqualTo(1);
	}

	@Test
	void stopsWithinTheRevokeTimeoutWhenUmbracoIsGone() {
		UmbracoTokenManager manager = manager(this.server.clientSecret()).revokeOnShutdown(true, Duration.ofMillis(500))
			.build();
		manager.getToken().block();
		this.server.close();
		long started = System.nanoTime();
		manager.stop();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void countsCacheHitsAndTokenRequests() {
		UmbracoTokenManager manager = manager();
		for (int i = 0; i < 5; i++) {
			manager.getToken().block();
		}
		assertThat(this.meters.counter("umbraco.management.token.requests", "outcome", "success", "site", "default")
			.count()).isEqualTo(1);
		assertThat(this.meters.counter("umbraco.management.token.cache.hits", "site", "default").count()).isEqualTo(4);
		assertThat(this.meters.find("umbraco.management.token.refreshes").counters())
			.allSatisfy((counter) -> assertThat(counter.count()).isZero());
	}

	@Test
	void neverShowsTheSecretOrTokenInToString() {
		UmbracoTokenManager manager = manager();
		OAuth2AccessToken token = manager.getToken().block();
		assertThat(manager.toString()).doesNotContain(this.server.clientSecret()).doesNotContain(token.getTokenValue());
	}

	private void awaitTokenRequests(int count) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.server.tokenRequests()).isEqualTo(count));
	}

	private void awaitRefreshes(String outcome, int count) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.meters.counter("umbraco.management.token.refreshes", "outcome", outcome, "site", "default")
						.count())
				.isEqualTo(count));
	}

	private static OAuth2AccessToken awaitNewToken(UmbracoTokenManager manager, OAuth2AccessToken old) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> manager.getToken().block(), (token) -> !token.getTokenValue().equals(old.getTokenValue()));
	}

	private static void assertFails(UmbracoTokenManager manager) {
		assertThatExceptionOfType(UmbracoAuthenticationException.class).isThrownBy(() -> manager.getToken().block());
	}

	private static ClientRegistration registration(String clientId, String clientSecret, String tokenUri,
			ClientAuthenticationMethod method) {
		return TestRegistrations.of(clientId, clientSecret, tokenUri, method);
	}

}
