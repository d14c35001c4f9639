package io.github.umbracomgmt.token;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.netty.util.NettyRuntime;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.EventExecutorGroup;
import io.netty.util.internal.ThreadExecutorMap;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.context.ContextView;

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
import io.github.umbracomgmt.token.UmbracoTokenStore.StoredToken;

/**
 * The application's one access token for an Umbraco site: fetched once, shared by every
 * caller, replaced shortly before it expires without making callers wait, dropped when
 * Umbraco rejects it, revoked when the application stops.
 *
 * <p>
 * Umbraco stores every access token as a database row and asks clients to reuse each one
 * for its lifespan, so this manager:
 * <ul>
 * <li>keys the token by application, not by the logged-in principal: every call shares
 * it;</li>
 * <li>sends one token request however many callers need a token at once (single flight);
 * a failure is handed to every waiting caller and not cached as a value;</li>
 * <li>refreshes ahead: from {@code min(refreshSkew, lifetime / 5)} before expiry, calls
 * go on with the still valid token while one background request replaces it; only callers
 * that find no valid token wait (cold start, after a 401, after expiry);</li>
 * <li>after a failed token request, fails callers that have no valid token at once and
 * waits (exponentially, up to a cap) before the next request, instead of sending one
 * request per call; a failed background refresh keeps the valid token in use;</li>
 * <li>consults an {@link UmbracoTokenStore} (in memory by default) on a miss, a due
 * refresh or a 401, so a shared store can make one instance of a fleet fetch for
 * all;</li>
 * <li>revokes the current token when the application context stops, unless the store
 * shares it with other instances.</li>
 * </ul>
 * Token requests are made by Spring Security's
 * {@link ClientCredentialsReactiveOAuth2AuthorizedClientProvider}; this class decides
 * when. Token fetches and revocations are Micrometer {@link Observation}s
 * ({@value #FETCH_OBSERVATION}, {@value #REVOKE_OBSERVATION}), children of the
 * observation of the API call that started them.
 *
 * @author umbraco-mgmt
 */
public final class UmbracoTokenManager implements SmartLifecycle {

	/**
	 * Name of the observation of a token fetch (or of obtaining the token from a shared
	 * store).
	 */
	public static final String FETCH_OBSERVATION = "umbraco.management.token.fetch";

	/** Name of the observation of a token revocation. */
	public static final String REVOKE_OBSERVATION = "umbraco.management.token.revoke";

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

	private final UmbracoTokenStore store;

	private final ObservationRegistry observationRegistry;

	private final OAuth2AuthorizationContext authorizationContext;

	private final AtomicReference<StoredToken> current = new AtomicReference<>();

	private final AtomicReference<Mono<StoredToken>> inFlight = new AtomicReference<>();

	/** Where a caller that waited for a token fetch resumes: {@link #handOver}. */
	private final Scheduler handOver = Schedulers.fromExecutor(this::handOver);

	/**
	 * The event loops of the connector that read the last token response, if it was read
	 * on one: where {@link #handOver} resumes waiting callers, in turn.
	 */
	private volatile @Nullable LoopTurn loopTurn;

	/**
	 * The token Umbraco last rejected, until a new one is obtained: the store must not
	 * hand it out again.
	 */
	private volatile @Nullable StoredToken rejected;

	/**
	 * The value of the last token this manager fetched itself (not read from the token
	 * store).
	 */
	private volatile @Nullable String ownTokenValue;

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
		this.store = builder.tokenStore;
		this.observationRegistry = builder.observationRegistry;
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
	 * @param registration the client-credentials registration of the Umbraco token
	 * endpoint
	 * @param tokenWebClient the WebClient for token and revocation requests
	 * @return a builder
	 */
	public static Builder builder(ClientRegistration registration, WebClient tokenWebClient) {
		return new Builder(registration, tokenWebClient);
	}

	/**
	 * A valid access token: the cached one while it is valid (starting one background
	 * refresh once it is due), else a new one, shared with every concurrent caller.
	 * @return the token; fails with {@link UmbracoAuthenticationException} when none can
	 * be obtained
	 */
	public Mono<OAuth2AccessToken> getToken() {
		return Mono.deferContextual((context) -> {
			StoredToken cached = this.current.get();
			Instant now = this.clock.instant();
			if (cached != null) {
				if (cached.isFresh(now)) {
					this.metrics.cacheHit();
					return Mono.just(cached.token());
				}
				if (cached.isValid(now)) {
					this.metrics.cacheHit();
					refreshAhead(cached, now, parentObservation(context));
					return Mono.just(cached.token());
				}
			}
			return await(cached, now, parentObservation(context));
		});
	}

	/**
	 * The cached token while it is valid, without waiting; for callers on a hot path that
	 * can fall back to {@link #getToken()}. Once the token is due for refresh, this
	 * starts one background refresh and still returns the valid token.
	 * @return the valid cached token, or {@code null} when none is cached or it has
	 * expired
	 */
	public @Nullable OAuth2AccessToken getCachedToken() {
		StoredToken cached = this.current.get();
		if (cached == null) {
			return null;
		}
		Instant now = this.clock.instant();
		if (cached.isFresh(now)) {
			this.metrics.cacheHit();
			return cached.token();
		}
		if (cached.isValid(now)) {
			this.metrics.cacheHit();
			refreshAhead(cached, now, null);
			return cached.token();
		}
		return null;
	}

	/**
	 * Drops the cached token if it is the given one, so the next {@link #getToken()}
	 * obtains a new one. Called when Umbraco rejects a token before it expires (revoked,
	 * secret rotated, token store cleared). Does nothing when the cache already holds
	 * another token, so many callers reporting the same dead token cause one new token
	 * request. The token store is told to evict it too, in the background.
	 * @param rejected the token Umbraco rejected
	 */
	public void invalidate(OAuth2AccessToken rejected) {
		invalidate(rejected.getTokenValue());
	}

	/**
	 * Drops the cached token if its value is the given one; see
	 * {@link #invalidate(OAuth2AccessToken)}.
	 * @param rejectedValue the value of the token Umbraco rejected
	 */
	public void invalidate(String rejectedValue) {
		StoredToken cached = this.current.get();
		if (cached == null || !cached.token().getTokenValue().equals(rejectedValue)) {
			return;
		}
		// Marked rejected, here and in the store, before the cache lets go of it: a
		// caller that then finds the cache empty passes `rejected` to the store as the
		// stale token, and the store (which marks the token when the eviction is
		// subscribed) must already refuse to hand it out again. In the other order, a
		// caller in between read the dead token back from a shared store.
		if (this.rejected != cached) {
			this.rejected = cached;
			// never blocks the caller: a store's compare-and-delete runs on its own
			this.store.evict(cached)
				.subscribe(null, (ex) -> logger.debug("Could not evict the rejected token from " + this.store + ": "
						+ ex.getClass().getSimpleName()));
		}
		if (this.current.compareAndSet(cached, null)) {
			logger.debug("Umbraco rejected the cached access token before its expiry; a new one will be requested");
		}
	}

	/**
	 * Whether the token is the last one this manager fetched from Umbraco itself, rather
	 * than one the token store handed out (fetched by another instance of a fleet). A
	 * stored token may have been issued before a revocation that also took this
	 * instance's own token: the bearer filter gives a 401 for a token that is not this
	 * manager's own one more try, with a newer token.
	 * @param token a token this manager handed out
	 * @return {@code true} if this manager fetched it; always {@code true} for the last
	 * token of a store that is not shared
	 */
	public boolean isOwnToken(OAuth2AccessToken token) {
		return token.getTokenValue().equals(this.ownTokenValue);
	}

	/**
	 * Revokes the cached token at Umbraco's revocation endpoint and drops it (and evicts
	 * it from the token store).
	 * @return completes when Umbraco answered; empty when no token is cached
	 */
	public Mono<Void> revoke() {
		return Mono.deferContextual((context) -> {
			StoredToken cached = this.current.getAndSet(null);
			if (cached == null) {
				return Mono.empty();
			}
			Observation observation = Observation.createNotStarted(REVOKE_OBSERVATION, this.observationRegistry)
				.contextualName("umbraco token revoke")
				.lowCardinalityKeyValue("site", this.registration.getRegistrationId())
				.parentObservation(parentObservation(context));
			return this.tokenWebClient.post().uri(this.revokeUri).headers((headers) -> {
				if (ClientAuthenticationMethod.CLIENT_SECRET_BASIC
					.equals(this.registration.getClientAuthenticationMethod())) {
					headers.setBasicAuth(formEncode(this.registration.getClientId()),
							formEncode(this.registration.getClientSecret()));
				}
			})
				.body(BodyInserters.fromFormData(revokeForm(cached.token())))
				.retrieve()
				.toBodilessEntity()
				.then(this.store.evict(cached))
				.doOnSubscribe((subscription) -> observation.start())
				.doOnSuccess((done) -> observation.lowCardinalityKeyValue("outcome", "success")
					.lowCardinalityKeyValue("error", "none")
					.stop())
				.doOnError((ex) -> observation.lowCardinalityKeyValue("outcome", "failure")
					.lowCardinalityKeyValue("error", ex.getClass().getSimpleName())
					.error(ex)
					.stop())
				.doOnCancel(observation::stop)
				.contextWrite((ctx) -> ctx.put(ObservationThreadLocalAccessor.KEY, observation));
		});
	}

	/**
	 * The metrics this manager reports to, shared with the request filter that retries
	 * after a 401.
	 * @return the metrics
	 */
	public TokenMetrics getMetrics() {
		return this.metrics;
	}

	/**
	 * The store this manager consults on a miss, a due refresh or a 401.
	 * @return the store; {@link UmbracoTokenStore#LOCAL} unless another was set
	 */
	public UmbracoTokenStore getTokenStore() {
		return this.store;
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

	private static @Nullable Observation parentObservation(ContextView context) {
		// the WebClient puts the observation of the API call (http.client.requests) in
		// the Reactor context
		return context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
	}

	/**
	 * Starts one background refresh of a token that is due but still valid, unless one is
	 * running or the token endpoint is backing off. Nobody waits for it.
	 */
	private void refreshAhead(StoredToken cached, Instant now, @Nullable Observation parent) {
		if (this.inFlight.get() != null) {
			return;
		}
		Failure lastFailure = this.failure;
		if (lastFailure != null && now.isBefore(lastFailure.retryAt())) {
			return;
		}
		start(cached, now, Trigger.AHEAD, parent);
	}

	/**
	 * A token for a caller that has no valid one: joins the fetch in flight (a background
	 * refresh included), or starts one, or fails at once while backing off.
	 */
	private Mono<OAuth2AccessToken> await(@Nullable StoredToken cached, Instant now, @Nullable Observation parent) {
		Failure lastFailure = this.failure;
		if (this.inFlight.get() == null && lastFailure != null && now.isBefore(lastFailure.retryAt())) {
			this.metrics.rejectedDuringBackoff();
			return Mono.error(lastFailure.error()
				.withDetail("no new token request before " + lastFailure.retryAt() + " after " + lastFailure.count()
						+ " failed attempt" + ((lastFailure.count() > 1) ? "s" : "")));
		}
		StoredToken stale = (cached != null) ? cached : this.rejected;
		Trigger trigger = (cached != null) ? Trigger.EXPIRED : (stale != null) ? Trigger.REJECTED : Trigger.COLD;
		Mono<StoredToken> shared = start(stale, now, trigger, parent);
		if (shared == null) {
			// lost a race with a fetch that failed in the meantime: its backoff applies
			return await(cached, now, parent);
		}
		return shared.map(StoredToken::token)
			.onErrorMap(UmbracoAuthenticationException.class, (ex) -> ex.withDetail(null));
	}

	/**
	 * The fetch in flight, or a new one (single flight); {@code null} when none runs and
	 * the endpoint is backing off.
	 */
	private @Nullable Mono<StoredToken> start(@Nullable StoredToken stale, Instant now, Trigger trigger,
			@Nullable Observation parent) {
		while (true) {
			Mono<StoredToken> running = this.inFlight.get();
			if (running != null) {
				return running;
			}
			Failure lastFailure = this.failure;
			if (lastFailure != null && now.isBefore(lastFailure.retryAt())) {
				return null;
			}
			Sinks.One<StoredToken> sink = Sinks.one();
			// every caller resumes through its own hop (see handOver)
			Mono<StoredToken> shared = sink.asMono().publishOn(this.handOver);
			if (this.inFlight.compareAndSet(null, shared)) {
				// another fetch may have completed between reading the cache and winning
				// the race
				StoredToken latest = this.current.get();
				if (latest != null && latest != stale && latest.isFresh(now)) {
					this.inFlight.set(null);
					sink.tryEmitValue(latest);
					return shared;
				}
				obtain(sink, stale, trigger, parent);
				return shared;
			}
		}
	}

	private void obtain(Sinks.One<StoredToken> sink, @Nullable StoredToken stale, Trigger trigger,
			@Nullable Observation parent) {
		Observation observation = Observation.createNotStarted(FETCH_OBSERVATION, this.observationRegistry)
			.contextualName("umbraco token fetch")
			.lowCardinalityKeyValue("site", this.registration.getRegistrationId())
			.lowCardinalityKeyValue("trigger", trigger.tag)
			.parentObservation(parent)
			.start();
		Mono<StoredToken> fetch = Mono.defer(() -> {
			Instant requestedAt = this.clock.instant();
			return this.provider.authorize(this.authorizationContext)
				.map(OAuth2AuthorizedClient::getAccessToken)
				// on the event loop that read the token response
				.doOnNext((token) -> rememberTokenLoops())
				.switchIfEmpty(Mono.error(() -> new OAuth2AuthorizationException(
						new OAuth2Error("invalid_token_response", "The token endpoint returned no token", null))))
				.map((token) -> cache(token, requestedAt));
		})
			.doOnSuccess((token) -> this.metrics.tokenRequest(true))
			.doOnError((ex) -> this.metrics.tokenRequest(false))
			.onErrorMap(this::translate);
		Mono.defer(() -> this.store.obtain(stale, fetch))
			.filter((token) -> token.isValid(this.clock.instant()))
			.switchIfEmpty(Mono.error(() -> new OAuth2AuthorizationException(
					new OAuth2Error("invalid_token_response", "No valid token was obtained from " + this.store, null))))
			// the token request's own observation (the token WebClient's) becomes a child
			// of this one
			.contextWrite((context) -> context.put(ObservationThreadLocalAccessor.KEY, observation))
			.subscribe((token) -> {
				if (trigger.refresh) {
					this.metrics.refresh(true);
				}
				this.current.set(token);
				this.failure = null;
				this.rejected = null;
				this.inFlight.set(null);
				observation.lowCardinalityKeyValue("outcome", "success").lowCardinalityKeyValue("error", "none").stop();
				sink.tryEmitValue(token);
			}, (error) -> {
				if (trigger.refresh) {
					this.metrics.refresh(false);
				}
				UmbracoAuthenticationException translated = translate(error);
				Failure previous = this.failure;
				int count = (previous != null) ? previous.count() + 1 : 1;
				Instant retryAt = this.clock.instant().plus(backoff(count));
				this.failure = new Failure(translated, count, retryAt);
				this.inFlight.set(null);
				if (logger.isDebugEnabled()) {
					String keeps = (trigger == Trigger.AHEAD && stale != null)
							? "; the current token stays in use until it expires at " + stale.expiresAt() : "";
					logger.debug("Umbraco token request failed (" + translated.getMessage() + ")" + keeps
							+ "; next attempt not before " + retryAt);
				}
				observation.lowCardinalityKeyValue("outcome", "failure")
					.lowCardinalityKeyValue("error",
							(translated.getError() != null) ? translated.getError() : "unreachable")
					.error(translated)
					.stop();
				sink.tryEmitError(translated);
			});
	}

	/**
	 * Resumes a caller that waited for a token fetch, or for one that had completed
	 * before it asked: on the next event loop, round-robin, of the connector that read
	 * the token response, so the callers of a cold burst start their API requests spread
	 * over the connector's loops (over as many of them as there are processors, see
	 * {@link LoopTurn}).
	 * <p>
	 * Why: the fetch completes on the event loop that read the token response. Resumed
	 * there, every waiting caller would start its API request on that one loop, and
	 * Reactor Netty's colocation binds a connection opened from an event loop to that
	 * loop: a cold burst would put every pooled connection, and so all later API traffic,
	 * on one loop for the life of the pool, leaving the other cores idle (issue #10).
	 * <p>
	 * Why not a thread outside the loops (this class did that before): a caller that is
	 * not on an event loop leaves the choice of its connection's loop to whichever thread
	 * drains the connection pool when the connection is opened, and an event loop handing
	 * a connection back (the token request's, or the first API responses') drains it too,
	 * opening the connections asked for meanwhile on itself. Where a cold burst's
	 * connections landed was then a race, and the benchmarks saw one loop carry 64% to
	 * 100% of a round's traffic. A caller on one of the connector's loops gets its
	 * connection on that loop whoever drains the pool, so the round-robin here decides
	 * the spread, the way Netty spreads channels over its loops.
	 * <p>
	 * Only callers that had to wait take this hop; the hot path (a cached token) never
	 * does, and a refresh ahead, which nobody waits for, costs nothing here. The user's
	 * LoopResources and colocation setting are left alone.
	 * <p>
	 * Callers resume on Reactor's parallel scheduler instead while no token response has
	 * been read on an event loop (a token store handed out another instance's token), or
	 * once those loops shut down: never on the thread that completed the fetch, which may
	 * be a Redis client's event loop. If the parallel scheduler is shut down too, they
	 * resume on the calling thread, so no caller is left waiting.
	 */
	private void handOver(Runnable caller) {
		LoopTurn turn = this.loopTurn;
		EventExecutor loop = (turn != null) ? turn.next() : null;
		if (loop != null && !loop.isShuttingDown()) {
			try {
				loop.execute(caller);
				return;
			}
			catch (RejectedExecutionException ex) {
				// shut down in the meantime
			}
		}
		try {
			Schedulers.parallel().schedule(caller);
		}
		catch (RejectedExecutionException ex) {
			caller.run();
		}
	}

	/**
	 * Records the loops of the Netty event loop running this thread (the one that read a
	 * token response) for {@link #handOver}: kept while they are the same loops, cleared
	 * on any other thread, or with a Netty that no longer keeps the record of which loop
	 * runs a thread (it sits in an internal package), so that waiting callers resume on
	 * Reactor's parallel scheduler.
	 */
	private void rememberTokenLoops() {
		EventExecutor current;
		try {
			current = ThreadExecutorMap.currentExecutor();
		}
		catch (LinkageError ex) {
			current = null;
		}
		EventExecutorGroup group = (current != null) ? current.parent() : null;
		if (group == null) {
			this.loopTurn = null;
			return;
		}
		LoopTurn known = this.loopTurn;
		if (known == null || known.group != group) {
			this.loopTurn = new LoopTurn(group);
		}
	}

	private StoredToken cache(OAuth2AccessToken received, Instant requestedAt) {
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
		this.ownTokenValue = token.getTokenValue();
		if (logger.isDebugEnabled()) {
			logger.debug("Obtained an Umbraco access token for " + this.registration.getClientId() + ": lifetime "
					+ lifetime.toSeconds() + "s, reused for " + Duration.between(requestedAt, refreshAt).toSeconds()
					+ "s, refreshed ahead from " + margin.toSeconds() + "s before expiry");
		}
		return new StoredToken(token, refreshAt);
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
	 * Revokes the current token when configured to, waiting at most the revoke timeout; a
	 * failure is logged at DEBUG and never holds up shutdown. A token kept in a shared
	 * store is not revoked: other instances still use it.
	 * <p>
	 * Blocks on purpose, also for {@link #stop(Runnable)}: the lifecycle processor stops
	 * the beans this one depends on (the connector, whose own stop shuts its connection
	 * pool down) right after it, without waiting for a callback, which would cut the
	 * revocation off.
	 */
	@Override
	public void stop() {
		shutdown().block();
	}

	/**
	 * What {@link #stop()} does, to subscribe to: marks this manager stopped and revokes
	 * the current token when configured to, within the revoke timeout.
	 * @return completes when Umbraco answered, or the revocation failed or timed out (a
	 * failure is logged at DEBUG); never fails
	 */
	public Mono<Void> shutdown() {
		return Mono.defer(() -> {
			this.running = false;
			if (!this.revokeOnShutdown || this.current.get() == null) {
				return Mono.empty();
			}
			if (this.store.isShared()) {
				logger.debug("Not revoking the Umbraco access token at shutdown: " + this.store
						+ " shares it with other instances");
				return Mono.empty();
			}
			return revoke().timeout(this.revokeTimeout)
				.doOnSuccess((done) -> logger.debug("Revoked the Umbraco access token at shutdown"))
				.onErrorResume((ex) -> {
					logger.debug("Could not revoke the Umbraco access token at shutdown: " + ex.getMessage());
					return Mono.empty();
				});
		});
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
				+ this.registration.getProviderDetails().getTokenUri() + ", store=" + this.store + "]";
	}

	/**
	 * Why a token is being obtained; {@code tag} is the observation's low-cardinality
	 * value.
	 */
	private enum Trigger {

		/** No token yet. */
		COLD("cold", false),
		/** Due for refresh, still valid: nobody waits. */
		AHEAD("refresh-ahead", true),
		/** Expired: callers wait. */
		EXPIRED("expired", true),
		/** Rejected by Umbraco (401): callers wait. */
		REJECTED("rejected", false);

		private final String tag;

		private final boolean refresh;

		Trigger(String tag, boolean refresh) {
			this.tag = tag;
			this.refresh = refresh;
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

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

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
		 * Sets the revocation endpoint; defaults to the token URI with {@code /token}
		 * replaced by {@code /revoke}.
		 * @param revokeUri absolute URI
		 * @return this builder
		 */
		public Builder revokeUri(String revokeUri) {
			this.revokeUri = revokeUri;
			return this;
		}

		/**
		 * Sets the largest refresh margin before expiry (the margin used is at most a
		 * fifth of the lifetime).
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
		 * Sets the clock that decides when a token is due for refresh and when backoff
		 * ends.
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
		 * Sets the store consulted on a miss, a due refresh or a 401;
		 * {@link UmbracoTokenStore#LOCAL} (memory only) by default. A
		 * {@linkplain UmbracoTokenStore#isShared() shared} store's token is not revoked
		 * at shutdown.
		 * @param tokenStore the store
		 * @return this builder
		 */
		public Builder tokenStore(UmbracoTokenStore tokenStore) {
			Assert.notNull(tokenStore, "tokenStore must not be null");
			this.tokenStore = tokenStore;
			return this;
		}

		/**
		 * Sets the registry of the token fetch and revocation observations;
		 * {@link ObservationRegistry#NOOP} by default.
		 * @param observationRegistry the registry
		 * @return this builder
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			Assert.notNull(observationRegistry, "observationRegistry must not be null");
			this.observationRegistry = observationRegistry;
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

	/**
	 * The loops {@link #handOver} resumes waiting callers on, and whose turn is next: a
	 * turn of our own, since Netty's {@code next()} also moves on whenever the connector
	 * opens a channel (Netty 4.2 asks the group with it whether the group suits the
	 * transport).
	 * <p>
	 * As many of the group's loops as there are processors, when the group has more:
	 * Reactor Netty makes at least four loops, and on a machine (or container) of one to
	 * three processors the loops beyond that cannot run at once. There, traffic spread
	 * over every loop gains nothing and slows the warm-up of a cold JVM (most likely by
	 * taking processor time from the JIT compiler): on two processors, with four loops
	 * busy, the typed client reached about half of a plain WebClient's rate after ten
	 * seconds, against the same rate with two (issue #10; the README's benchmarks).
	 */
	private static final class LoopTurn {

		private final EventExecutorGroup group;

		/**
		 * The loops taken in turn, listed once: a group only offers them by iteration.
		 */
		private final EventExecutor[] loops;

		private final AtomicInteger next = new AtomicInteger();

		LoopTurn(EventExecutorGroup group) {
			this.group = group;
			List<EventExecutor> loops = new ArrayList<>();
			group.forEach(loops::add);
			this.loops = loops.subList(0, Math.min(loops.size(), Math.max(1, NettyRuntime.availableProcessors())))
				.toArray(EventExecutor[]::new);
		}

		/**
		 * The loop whose turn it is, or {@code null} for a group without loops.
		 */
		@Nullable EventExecutor next() {
			return (this.loops.length > 0) ? this.loops[Math.floorMod(this.next.getAndIncrement(), this.loops.length)]
					: null;
		}

	}

}
