package io.github.umbracomgmt.token;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.umbracomgmt.error.UmbracoAuthenticationException;
import io.github.umbracomgmt.error.UmbracoUnauthorizedException;
import io.github.umbracomgmt.http.UmbracoWebClients;
import io.github.umbracomgmt.test.MutableClock;
import io.github.umbracomgmt.test.UmbracoTestServer;
import io.github.umbracomgmt.token.UmbracoTokenStore.StoredToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * How the token manager uses its {@link UmbracoTokenStore}: only on a miss, a due refresh
 * or a 401, inside the single flight, and never on the hot path. The store here is a
 * small in-memory stand-in for a shared one (such as Redis), which keeps what
 * {@code fetch} returned for the "other instances".
 */
class UmbracoTokenStoreTests {

	private static final String USER_CURRENT = "/umbraco/management/api/v1/user/current";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final ReactorClientHttpConnector connector = new ReactorClientHttpConnector();

	private UmbracoTestServer server;

	@BeforeEach
	void startServer() {
		this.server = UmbracoTestServer.builder().clock(this.clock).start();
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	private UmbracoTokenManager manager(UmbracoTokenStore store) {
		UmbracoTokenManager.Builder builder = UmbracoTokenManager
			.builder(TestRegistrations.of(this.server),
					UmbracoWebClients.tokenWebClient(WebClient.builder(), this.connector))
			.clock(this.clock);
		return ((store != null) ? builder.tokenStore(store) : builder).build();
	}

	@Test
	void isInMemoryOnlyByDefault() {
		UmbracoTokenManager manager = manager(null);
		assertThat(manager.getTokenStore()).isSameAs(UmbracoTokenStore.LOCAL);
		assertThat(UmbracoTokenStore.LOCAL.isShared()).isFalse();
	}

	@Test
	void consultsTheStoreOnceForAColdBurstAndNeverOnTheHotPath() {
		SharedStore store = new SharedStore();
		UmbracoTokenManager manager = manager(store);
		this.server.setTokenLatency(Duration.ofMillis(300));
		Flux.range(0, 50).flatMap((i) -> manager.getToken(), 50).blockLast();
		assertThat(store.stale).containsExactly(SharedStore.NONE);
		for (int i = 0; i < 100; i++) {
			manager.getToken().block();
			manager.getCachedToken();
		}
		assertThat(store.stale).hasSize(1);
		assertThat(store.fetches).hasValue(1);
		assertThat(this.server.tokenRequests()).isEqualTo(1);
	}

	@Test
	void usesTheTokenAnotherInstanceStoredWithoutARequestOfItsOwn() {
		SharedStore store = new SharedStore();
		OAuth2AccessToken other = manager(store).getToken().block();
		UmbracoTokenManager manager = manager(store);
		assertThat(manager.getToken().block().getTokenValue()).isEqualTo(other.getTokenValue());
		assertThat(store.fetches).hasValue(1);
		assertThat(this.server.tokenRequests()).isEqualTo(1);
	}

	@Test
	void passesTheTokenDueForRefreshAsStale() {
		SharedStore store = new SharedStore();
		UmbracoTokenManager manager = manager(store);
		OAuth2AccessToken first = manager.getToken().block();
		this.clock.advance(Duration.ofSeconds(240));
		manager.getToken().block();
		await().atMost(Duration.ofSeconds(10)).until(() -> store.stale.size() == 2);
		assertThat(store.stale.get(1).token().getTokenValue()).isEqualTo(first.getTokenValue());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !manager.getToken().block().getTokenValue().equals(first.getTokenValue()));
		assertThat(this.server.tokenRequests()).isEqualTo(2);
	}

	@Test
	void evictsARejectedTokenAndDoesNotTakeItBackFromTheStore() {
		SharedStore store = new SharedStore();
		store.evictions = Mono.never();
		UmbracoTokenManager manager = manager(store);
		WebClient api = UmbracoWebClients.apiWebClient(WebClient.builder(), this.connector, this.server.baseUrl(),
				manager);
		OAuth2AccessToken first = manager.getToken().block();
		this.server.revokeAllTokens();
		// the eviction never completes here, and the caller does not wait for it
		assertThat(api.get().uri(USER_CURRENT).retrieve().bodyToMono(String.class).block()).contains("\"email\"");
		assertThat(store.evicted).extracting((token) -> token.token().getTokenValue())
			.containsExactly(first.getTokenValue());
		assertThat(store.stale).hasSize(2);
		assertThat(store.stale.get(1).token().getTokenValue()).isEqualTo(first.getTokenValue());
		assertThat(this.server.tokenRequests()).isEqualTo(2);
		assertThat(this.server.apiRequests("GET", USER_CURRENT)).isEqualTo(2);
	}

	@Test
	void tellsTheStoreOfARejectionBeforeTheCacheLetsGoOfTheToken() {
		SharedStore store = new SharedStore();
		UmbracoTokenManager manager = manager(store);
		List<String> cachedWhenEvicted = new CopyOnWriteArrayList<>();
		store.onEvict = () -> {
			OAuth2AccessToken cached = manager.getCachedToken();
			cachedWhenEvicted.add((cached != null) ? cached.getTokenValue() : "none");
		};
		OAuth2AccessToken first = manager.getToken().block();
		manager.invalidate(first);
		// a caller that finds the cache empty from now on asks a store that already
		// refuses the rejected token: it never reads it back
		assertThat(cachedWhenEvicted).containsExactly(first.getTokenValue());
		assertThat(manager.getCachedToken()).isNull();
		// reported again (a late 401): evicted once
		manager.invalidate(first);
		assertThat(store.evicted).hasSize(1);
	}

	@Test
	void retriesOnceMoreWhenTheStoredTokenWasRevokedAlongWithItsOwn() {
		SharedStore store = new SharedStore();
		UmbracoTokenManager manager = manager(store);
		OAuth2AccessToken own = manager.getToken().block();
		// another instance stored its own token meanwhile (e.g. each used its own while
		// the store was down)
		store.stored = null;
		OAuth2AccessToken other = manager(store).getToken().block();
		this.server.revokeAllTokens();
		this.server.resetCounters();
		WebClient api = UmbracoWebClients.apiWebClient(WebClient.builder(), this.connector, this.server.baseUrl(),
				manager);
		assertThat(api.get().uri(USER_CURRENT).retrieve().bodyToMono(String.class).block()).contains("\"email\"");
		// sent with its own token, then with the stored one, then with one it fetched
		assertThat(store.evicted).extracting((token) -> token.token().getTokenValue())
			.containsExactly(own.getTokenValue(), other.getTokenValue());
		assertThat(this.server.apiRequests("GET", USER_CURRENT)).isEqualTo(3);
		assertThat(this.server.tokenRequests()).isEqualTo(1);
		assertThat(manager.isOwnToken(manager.getCachedToken())).isTrue();
	}

	@Test
	void givesAPersistent401ToTheCallerOnceItsOwnFreshTokenIsRejected() {
		SharedStore store = new SharedStore();
		UmbracoTokenManager manager = manager(store);
		manager.getToken().block();
		this.server.failPath(USER_CURRENT, 401);
		WebClient api = UmbracoWebClients.apiWebClient(WebClient.builder(), this.connector, this.server.baseUrl(),
				manager);
		// its own token, then one it fetched itself: no third try
		assertThatExceptionOfType(UmbracoUnauthorizedException.class)
			.isThrownBy(() -> api.get().uri(USER_CURRENT).retrieve().toBodilessEntity().block());
		assertThat(this.server.apiRequests("GET", USER_CURRENT)).isEqualTo(2);
		// a token another instance stored: one more try, with a token of its own, and no
		// more
		store.stored = null;
		OAuth2AccessToken other = manager(store).getToken().block();
		this.server.resetCounters();
		assertThatExceptionOfType(UmbracoUnauthorizedException.class)
			.isThrownBy(() -> api.get().uri(USER_CURRENT).retrieve().toBodilessEntity().block());
		assertThat(this.server.apiRequests("GET", USER_CURRENT)).isEqualTo(3);
		assertThat(store.evicted).extracting((token) -> token.token().getTokenValue()).contains(other.getTokenValue());
		assertThat(manager.isOwnToken(other)).isFalse();
	}

	@Test
	void neverHandsOutAnExpiredTokenFromTheStore() {
		SharedStore store = new SharedStore();
		store.stored = new StoredToken(
				new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "expired",
						this.clock.instant().minusSeconds(300), this.clock.instant().minusSeconds(1)),
				this.clock.instant().minusSeconds(60));
		UmbracoTokenManager manager = manager(store);
		assertThatExceptionOfType(UmbracoAuthenticationException.class).isThrownBy(() -> manager.getToken().block())
			.satisfies((ex) -> assertThat(ex.getError()).isEqualTo("invalid_token_response"));
		assertThat(manager.getCachedToken()).isNull();
	}

	@Test
	void doesNotRevokeASharedTokenAtShutdown() {
		SharedStore store = new SharedStore();
		UmbracoTokenManager manager = manager(store);
		manager.start();
		manager.getToken().block();
		manager.stop();
		assertThat(this.server.revocations()).isZero();
		assertThat(this.server.activeTokenCount()).isEqualTo(1);
	}

	@Test
	void revokesAnUnsharedStoresTokenAtShutdown() {
		SharedStore store = new SharedStore();
		store.shared = false;
		UmbracoTokenManager manager = manager(store);
		manager.getToken().block();
		manager.stop();
		assertThat(this.server.revocations()).isEqualTo(1);
	}

	/**
	 * Keeps the last fetched token for every manager that uses it, as a shared store
	 * would.
	 */
	static final class SharedStore implements UmbracoTokenStore {

		static final StoredToken NONE = new StoredToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
				"none", Instant.EPOCH, Instant.EPOCH.plusSeconds(1)), Instant.EPOCH);

		final List<StoredToken> stale = new CopyOnWriteArrayList<>();

		final List<StoredToken> evicted = new CopyOnWriteArrayList<>();

		final AtomicInteger fetches = new AtomicInteger();

		volatile StoredToken stored;

		volatile boolean shared = true;

		volatile Mono<Void> evictions = Mono.empty();

		volatile Runnable onEvict = () -> {
		};

		@Override
		public Mono<StoredToken> obtain(StoredToken stale, Mono<StoredToken> fetch) {
			this.stale.add((stale != null) ? stale : NONE);
			StoredToken current = this.stored;
			if (current != null
					&& (stale == null || !current.token().getTokenValue().equals(stale.token().getTokenValue()))) {
				return Mono.just(current);
			}
			return fetch.doOnNext((token) -> {
				this.fetches.incrementAndGet();
				this.stored = token;
			});
		}

		@Override
		public Mono<Void> evict(StoredToken rejected) {
			this.onEvict.run();
			this.evicted.add(rejected);
			return this.evictions;
		}

		@Override
		public boolean isShared() {
			return this.shared;
		}

	}

}
