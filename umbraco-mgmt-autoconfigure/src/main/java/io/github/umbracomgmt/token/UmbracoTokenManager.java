package io.github.umbracomgmt.token;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.context.SmartLifecycle;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.client.ClientCredentialsReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizationContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.umbracomgmt.error.UmbracoAuthenticationException;

/**
 * The application's one access token for an Umbraco site: fetched once, shared by every caller, replaced shortly
 * before it expires, dropped when Umbraco rejects it, revoked when the application stops.
 *
 * <p>Umbraco stores every access token as a database row and asks clients to reuse each one for its lifespan, so
 * this manager:
 * <ul>
 * <li>keys the token by application, not by the logged-in principal: every call shares it;</li>
 * <li>sends one token request however many callers need a token at once (single flight); a failure is handed to
 * every waiting caller and not cached as a value;</li>
 * <li>refreshes {@code min(refreshSkew, lifetime / 5)} before expiry, so short-lived tokens are still reused;</li>
 * <li>after a failed token request, fails callers at once and waits (exponentially, up to a cap) before the next
 * request, instead of sending one request per call;</li>
 * <li>revokes the current token when the application context stops.</li>
 * </ul>
 * Token requests are made by Spring Security's {@link ClientCredentialsReactiveOAuth2AuthorizedClientProvider}; this
 * class decides when.
 *
 * @author umbraco-mgmt
 */
public final class UmbracoTokenManager implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(UmbracoTokenManager.class);

	private final ClientRegistration registration;

	private final ReactiveOAuth2AuthorizedClientProvider provider;

	private final WebClient tokenWebClient;

	private final String revokeUri;

	private final Duration refreshSkew;

	private final Duration failureBackoff;

	private final Duration failureMaxBackoff;

	private final boolean revokeOnShutdown;

	private final Duration revokeTimeout;

	private final Clock clock;

	private final TokenMetrics metrics;

	private final UmbracoTokenStore tokenStore;

	private final OAuth2AuthorizationContext authorizationContext;

	private final AtomicReference<CachedToken> current = new AtomicReference<>();

	private final AtomicReference<Mono<OAuth2AccessToken>> inFlight = new AtomicReference<>();

	private volatile @Nullable Failure failure;

	private volatile boolean running;

	private UmbracoTokenManager(Builder builder) {
		this.registration = builder.registration;
		this.tokenWebClient = builder.tokenWebClient;
		this.revokeUri = builder.revokeUri;
		this.refreshSkew = builder.refreshSkew;
		this.failureBackoff = builder.failureBackoff;
		this.failureMaxBackoff = builder.failureMaxBackoff;
		this.revokeOnShutdown = builder.revokeOnShutdown;
		this.revokeTimeout = builder.revokeTimeout;
		this.clock = builder.clock;
		this.metrics = builder.metrics;
		this.tokenStore = builder.tokenStore;
		WebClientReactiveClientCredentialsTokenResponseClient tokenClient = new WebClientReactiveClientCredentialsTokenResponseClient();
		tokenClient.setWebClient(this.tokenWebClient);
		tokenClient.setBodyExtractor(new TokenResponseBodyExtractor(builder.defaultLifetime));
		ClientCredentialsReactiveOAuth2AuthorizedClientProvider clientCredentials = new ClientCredentialsReactiveOAuth2AuthorizedClientProvider();
		clientCredentials.setAccessTokenResponseClient(tokenClient);
		this.provider = clientCredentials;
		this.authorizationContext = OAuth2AuthorizationContext.withClientRegistration(this.registration)
			.principal(new ApplicationPrincipal(this.registration.getClientId()))
			.build();
	}

	/**
	 * Starts building a manager.
	 * @param registration the client-credentials registration of the Umbraco token endpoint
	 * @param tokenWebClient the WebClient for token and revocation requests
	 * @return a builder
	 */
	public static Builder builder(ClientRegistration registration, WebClient tokenWebClient) {
		return new Builder(registration, tokenWebClient);
	}

	/**
	 * A valid access token: the cached one while it is fresh, else a new one from the token endpoint, shared with
	 * every concurrent caller.
	 * @return the token; fails with {@link UmbracoAuthenticationException} when none can be obtained
	 */
	public Mono<OAuth2AccessToken> getToken() {
		return Mono.defer(() -> {
			CachedToken cached = this.current.get();
			if (cached != null && cached.isFresh(this.clock.instant())) {
				this.metrics.cacheHit();
				return Mono.just(cached.token());
			}
			return sharedFetch(cached != null);
		});
	}

	/**
	 * The cached token if it is fresh, without waiting; for callers on a hot path that can fall back to
	 * {@link #getToken()}.
	 * @return the fresh cached token, or {@code null} when none is cached or it is due for refresh
	 */
	public @Nullable OAuth2AccessToken getCachedToken() {
		CachedToken cached = this.current.get();
		if (cached != null && cached.isFresh(this.clock.instant())) {
			this.metrics.cacheHit();
			return cached.token();
		}
		return null;
	}

	/**
	 * Drops the cached token if it is the given one, so the next {@link #getToken()} fetches a new one. Called when
	 * Umbraco rejects a token before it expires (revoked, secret rotated, token store cleared). Does nothing when the
	 * cache already holds another token, so many callers reporting the same dead token cause one new token request.
	 * @param rejected the token Umbraco rejected
	 */
	public void invalidate(OAuth2AccessToken rejected) {
		invalidate(rejected.getTokenValue());
	}

	/**
	 * Drops the cached token if its value is the given one; see {@link #invalidate(OAuth2AccessToken)}.
	 * @param rejectedValue the value of the token Umbraco rejected
	 */
	public void invalidate(String rejectedValue) {
		CachedToken cached = this.current.get();
		if (cached != null && cached.token().getTokenValue().equals(rejectedValue)
				&& this.current.compareAndSet(cached, null)) {
			logger.debug("Umbraco rejected the cached access token before its expiry; a new one will be requested");
			this.tokenStore.evict(cached.stored()).subscribe();
		}
	}

	/**
	 * Revokes the cached token at Umbraco's revocation endpoint and drops it.
	 * @return completes when Umbraco answered; empty when no token is cached
	 */
	public Mono<Void> revoke() {
		return Mono.defer(() -> {
			CachedToken cached = this.current.getAndSet(null);
			if (cached == null) {
				return Mono.empty();
			}
			return this.tokenWebClient.post()
				.uri(this.revokeUri)
				.headers((headers) -> {
					if (ClientAuthenticationMethod.CLIENT_SECRET_BASIC
						.equals(this.registration.getClientAuthenticationMethod())) {
						headers.setBasicAuth(formEncode(this.registration.getClientId()),
								formEncode(this.registration.getClientSecret()));
					}
				})
				.body(BodyInserters.fromFormData(revokeForm(cached.token())))
				.retrieve()
				.toBodilessEntity()
				.then();
		});
	}

	/**
	 * The metrics this manager reports to, shared with the request filter that retries after a 401.
	 * @return the metrics
	 */
	public TokenMetrics getMetrics() {
		return this.metrics;
	}

	private MultiValueMap<String, String> revokeForm(OAuth2AccessToken token) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("token", token.getTokenValue());
		form.add("token_type_hint", "access_token");
		if (!ClientAuthenticationMethod.CLIENT_SECRET_BASIC.equals(this.registration.getClientAuthenticationMethod())) {
			form.add("client_id", this.registration.getClientId());
			form.add("client_secret", this.registration.getClientSecret());
		}
		return form;
	}

	private static String formEncode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private Mono<OAuth2AccessToken> sharedFetch(boolean refresh) {
		while (true) {
			Mono<OAuth2AccessToken> running = this.inFlight.get();
			if (running != null) {
				return running;
			}
			Instant now = this.clock.instant();
			Failure lastFailure = this.failure;
			if (lastFailure != null && now.isBefore(lastFailure.retryAt())) {
				this.metrics.rejectedDuringBackoff();
				return Mono.error(lastFailure.error()
					.withDetail("no new token request before " + lastFailure.retryAt() + " after "
							+ lastFailure.count() + " failed attempt" + ((lastFailure.count() > 1) ? "s" : "")));
			}
			Sinks.One<OAuth2AccessToken> sink = Sinks.one();
			Mono<OAuth2AccessToken> shared = sink.asMono()
				.onErrorMap(UmbracoAuthenticationException.class, (ex) -> ex.withDetail(null));
			if (this.inFlight.compareAndSet(null, shared)) {
				// another fetch may have completed between reading the cache and winning the race
				CachedToken cached = this.current.get();
				if (cached != null && cached.isFresh(now)) {
					this.inFlight.set(null);
					sink.tryEmitValue(cached.token());
					return shared;
				}
				fetch(sink, refresh, cached);
				return shared;
			}
		}
	}

	private void fetch(Sinks.One<OAuth2AccessToken> sink, boolean refresh, CachedToken stale) {
		if (refresh) {
			this.metrics.refresh();
		}
		Mono<UmbracoTokenStore.StoredToken> request = Mono.defer(() -> {
			Instant start = this.clock.instant();
			return this.provider.authorize(this.authorizationContext)
				.map(OAuth2AuthorizedClient::getAccessToken)
				.switchIfEmpty(Mono.error(() -> new OAuth2AuthorizationException(
						new OAuth2Error("invalid_token_response", "The token endpoint returned no token", null))))
				.doOnError((ex) -> this.metrics.tokenRequest(false))
				.map((token) -> {
					this.metrics.tokenRequest(true);
					return cache(token, start).stored();
				});
		});
		this.tokenStore.obtain((stale != null) ? stale.stored() : null, request)
			.subscribe((stored) -> {
				CachedToken cached = new CachedToken(stored.token(), stored.refreshAt());
				this.current.set(cached);
				this.failure = null;
				this.inFlight.set(null);
				sink.tryEmitValue(cached.token());
			}, (error) -> {
				UmbracoAuthenticationException translated = translate(error);
				Failure previous = this.failure;
				int count = (previous != null) ? previous.count() + 1 : 1;
				Instant retryAt = this.clock.instant().plus(backoff(count));
				this.failure = new Failure(translated, count, retryAt);
				this.inFlight.set(null);
				logger.debug("Umbraco token request failed (" + translated.getMessage() + "); next attempt not before "
						+ retryAt);
				sink.tryEmitError(translated);
			});
	}

	private CachedToken cache(OAuth2AccessToken received, Instant requestedAt) {
		Duration lifetime = Duration.between(received.getIssuedAt(), received.getExpiresAt());
		Duration margin = this.refreshSkew;
		Duration fifth = lifetime.dividedBy(5);
		if (fifth.compareTo(margin) < 0) {
			margin = fifth;
		}
		// times from the request's start, so the server's clock is never ahead of ours
		Instant expiresAt = requestedAt.plus(lifetime);
		Instant refreshAt = expiresAt.minus(margin);
		OAuth2AccessToken token = new OAuth2AccessToken(received.getTokenType(), received.getTokenValue(), requestedAt,
				expiresAt, received.getScopes());
		if (logger.isDebugEnabled()) {
			logger.debug("Obtained an Umbraco access token for " + this.registration.getClientId() + ": lifetime "
					+ lifetime.toSeconds() + "s, reused for " + Duration.between(requestedAt, refreshAt).toSeconds()
					+ "s, refreshed " + margin.toSeconds() + "s before expiry");
		}
		return new CachedToken(token, refreshAt);
	}

	private Duration backoff(int failures) {
		Duration delay = this.failureBackoff;
		for (int i = 1; i < failures && delay.compareTo(this.failureMaxBackoff) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(this.failureMaxBackoff) > 0) ? this.failureMaxBackoff : delay;
	}

	private UmbracoAuthenticationException translate(Throwable error) {
		if (error instanceof UmbracoAuthenticationException authentication) {
			return authentication;
		}
		if (error instanceof OAuth2AuthorizationException oauth) {
			OAuth2Error oauthError = oauth.getError();
			return new UmbracoAuthenticationException(oauthError.getErrorCode(), oauthError.getDescription(),
					oauthError.getUri(), null, oauth.getCause());
		}
		return UmbracoAuthenticationException.unreachable(this.registration.getProviderDetails().getTokenUri(), error);
	}

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * Revokes the current token when configured to, waiting at most the revoke timeout; a failure is logged at
	 * DEBUG and never holds up shutdown.
	 */
	@Override
	public void stop() {
		this.running = false;
		// a shared token is still used by the other instances of the fleet
		if (!this.revokeOnShutdown || this.tokenStore.isShared() || this.current.get() == null) {
			return;
		}
		try {
			revoke().block(this.revokeTimeout);
			logger.debug("Revoked the Umbraco access token at shutdown");
		}
		catch (RuntimeException ex) {
			logger.debug("Could not revoke the Umbraco access token at shutdown: " + ex.getMessage());
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Stops late (phase 0), after web servers have finished their in-flight requests.
	 */
	@Override
	public int getPhase() {
		return 0;
	}

	@Override
	public String toString() {
		return "UmbracoTokenManager[clientId=" + this.registration.getClientId() + ", tokenUri="
				+ this.registration.getProviderDetails().getTokenUri() + "]";
	}

	private record CachedToken(OAuth2AccessToken token, Instant refreshAt) {

		boolean isFresh(Instant now) {
			return now.isBefore(this.refreshAt);
		}

		UmbracoTokenStore.StoredToken stored() {
			return new UmbracoTokenStore.StoredToken(this.token, this.refreshAt);
		}

		@Override
		public String toString() {
			return "CachedToken[refreshAt=" + this.refreshAt + "]";
		}

	}

	private record Failure(UmbracoAuthenticationException error, int count, Instant retryAt) {
	}

	/** The one principal every token is requested for: the application itself. */
	private static final class ApplicationPrincipal extends AbstractAuthenticationToken {

		private final String name;

		ApplicationPrincipal(String clientId) {
			super(List.of());
			this.name = "umbraco-mgmt:" + clientId;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public Object getPrincipal() {
			return this.name;
		}

	}

	/**
	 * Builds an {@link UmbracoTokenManager}; every setting has the default documented for
	 * {@code umbraco.management.*}.
	 */
	public static final class Builder {

		private final ClientRegistration registration;

		private final WebClient tokenWebClient;

		private String revokeUri;

		private Duration refreshSkew = Duration.ofSeconds(60);

		private Duration defaultLifetime = Duration.ofSeconds(60);

		private Duration failureBackoff = Duration.ofSeconds(1);

		private Duration failureMaxBackoff = Duration.ofSeconds(60);

		private boolean revokeOnShutdown = true;

		private Duration revokeTimeout = Duration.ofSeconds(2);

		private Clock clock = Clock.systemUTC();

		private TokenMetrics metrics = TokenMetrics.NONE;

		private UmbracoTokenStore tokenStore = UmbracoTokenStore.LOCAL;

		private Builder(ClientRegistration registration, WebClient tokenWebClient) {
			Assert.notNull(registration, "registration must not be null");
			Assert.notNull(tokenWebClient, "tokenWebClient must not be null");
			Assert.isTrue(AuthorizationGrantType.CLIENT_CREDENTIALS.equals(registration.getAuthorizationGrantType()),
					"registration must use the client_credentials grant");
			this.registration = registration;
			this.tokenWebClient = tokenWebClient;
			String tokenUri = registration.getProviderDetails().getTokenUri();
			this.revokeUri = tokenUri.endsWith("/token") ? tokenUri.substring(0, tokenUri.length() - 6) + "/revoke"
					: tokenUri;
		}

		/**
		 * Sets the revocation endpoint; defaults to the token URI with {@code /token} replaced by {@code /revoke}.
		 * @param revokeUri absolute URI
		 * @return this builder
		 */
		public Builder revokeUri(String revokeUri) {
			this.revokeUri = revokeUri;
			return this;
		}

		/**
		 * Sets the largest refresh margin before expiry (the margin used is at most a fifth of the lifetime).
		 * @param refreshSkew the margin
		 * @return this builder
		 */
		public Builder refreshSkew(Duration refreshSkew) {
			this.refreshSkew = refreshSkew;
			return this;
		}

		/**
		 * Sets the lifetime assumed when a token response has no {@code expires_in}.
		 * @param defaultLifetime the lifetime
		 * @return this builder
		 */
		public Builder defaultLifetime(Duration defaultLifetime) {
			this.defaultLifetime = defaultLifetime;
			return this;
		}

		/**
		 * Sets the first and the largest wait after failed token requests.
		 * @param initial wait after the first failure, doubled for each further one
		 * @param max the cap
		 * @return this builder
		 */
		public Builder failureBackoff(Duration initial, Duration max) {
			this.failureBackoff = initial;
			this.failureMaxBackoff = max;
			return this;
		}

		/**
		 * Sets whether and how long to revoke the token when the context stops.
		 * @param enabled whether to revoke
		 * @param timeout the longest wait for Umbraco's answer
		 * @return this builder
		 */
		public Builder revokeOnShutdown(boolean enabled, Duration timeout) {
			this.revokeOnShutdown = enabled;
			this.revokeTimeout = timeout;
			return this;
		}

		/**
		 * Sets the clock that decides when a token is due for refresh and when backoff ends.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Sets where to report token requests, cache hits, refreshes and retries.
		 * @param metrics the metrics
		 * @return this builder
		 */
		public Builder metrics(TokenMetrics metrics) {
			this.metrics = metrics;
			return this;
		}

		/**
		 * Sets where the current token is kept beyond this manager's memory; {@link UmbracoTokenStore#LOCAL} (the
		 * default) keeps it nowhere else.
		 * @param tokenStore the store
		 * @return this builder
		 */
		public Builder tokenStore(UmbracoTokenStore tokenStore) {
			Assert.notNull(tokenStore, "tokenStore must not be null");
			this.tokenStore = tokenStore;
			return this;
		}

		/**
		 * Builds the manager.
		 * @return a new manager
		 */
		public UmbracoTokenManager build() {
			return new UmbracoTokenManager(this);
		}

	}

}
