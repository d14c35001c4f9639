package io.github.umbracomgmt.test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An in-process fake of the Umbraco Management API, reachable over real HTTP on {@code 127.0.0.1}, so a client can be
 * tested end to end (token requests, bearer tokens, JSON, errors, broken connections) without an Umbraco site.
 *
 * <p>It behaves as Umbraco 14+ does for API users: {@code client_credentials} at
 * {@code /umbraco/management/api/v1/security/back-office/token} with form or Basic client authentication, opaque
 * reference tokens with an expiry judged by the server's {@link Clock}, {@code 401} with an empty body and
 * {@code WWW-Authenticate: Bearer error="invalid_token"} for a dead token, and ProblemDetails errors with Umbraco's
 * {@code operationStatus}. Resources so far: {@code /user/current}, {@code /user/{id}}, {@code /user} (paged),
 * {@code /server/status} (anonymous, as in Umbraco) and {@code /server/information}.
 *
 * <p>Everything is thread-safe, so tests can change data, faults and time while clients call concurrently. One
 * server may serve several tests (e.g. through a cached Spring context): call {@link #reset()} between them.
 *
 * <pre>{@code
 * try (UmbracoTestServer umbraco = UmbracoTestServer.start()) {
 *     // point the client at umbraco.baseUrl(), umbraco.clientId(), umbraco.clientSecret()
 * }
 * }</pre>
 */
public final class UmbracoTestServer implements AutoCloseable {

	/** The default API client's id, in Umbraco's required {@code umbraco-back-office-} form. */
	public static final String DEFAULT_CLIENT_ID = "umbraco-back-office-test-client";

	/** The default API client's secret. */
	public static final String DEFAULT_CLIENT_SECRET = "test-secret";

	/** Umbraco's default: a quarter of the five-minute back-office timeout, less a second. */
	public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofSeconds(299);

	private final String clientId;

	private final String clientSecret;

	private final Duration initialTokenLifetime;

	private final Clock clock;

	private final ClientRegistry clients = new ClientRegistry();

	private final TokenStore tokens;

	private final UserStore users;

	private final TokenEndpoint tokenEndpoint;

	private final FaultPlan faults = new FaultPlan();

	private final RequestLog log = new RequestLog();

	private final ServerResources server = new ServerResources();

	private final NettyTransport transport;

	private final AtomicBoolean closed = new AtomicBoolean();

	private UmbracoTestServer(Builder builder) {
		this.clientId = builder.clientId;
		this.clientSecret = builder.clientSecret;
		this.initialTokenLifetime = builder.tokenLifetime;
		this.clock = builder.clock;
		this.clients.register(this.clientId, this.clientSecret);
		this.tokens = new TokenStore(this.clock);
		this.users = new UserStore(UserSeed.defaultApiUser(this.clock.instant()));
		this.tokenEndpoint = new TokenEndpoint(this.clients, this.tokens, this.users::current, builder.tokenLifetime);
		Router router = new Router();
		for (ResourceGroup group : List.of(new UserResources(this.users), this.server)) {
			group.registerRoutes(router);
		}
		Dispatcher dispatcher = new Dispatcher(this.log, this.tokenEndpoint, this.tokens, this.users, this.faults,
				router);
		this.transport = new NettyTransport(builder.port, dispatcher::dispatch);
	}

	/** Starts a server with the default client, token lifetime and system clock on a random port. */
	public static UmbracoTestServer start() {
		return builder().start();
	}

	/** Starts configuring a server whose client, lifetime, clock or port a test needs to choose. */
	public static Builder builder() {
		return new Builder();
	}

	/** Settings fixed when the server starts; most can also be changed later through the server's own methods. */
	public static final class Builder {

		private String clientId = DEFAULT_CLIENT_ID;

		private String clientSecret = DEFAULT_CLIENT_SECRET;

		private Duration tokenLifetime = DEFAULT_TOKEN_LIFETIME;

		private Clock clock = Clock.systemUTC();

		private int port;

		private Builder() {
		}

		/**
		 * The default API client's id; must follow Umbraco's rule ({@code umbraco-back-office-} plus 1 to 100 of
		 * {@code [A-Za-z0-9-._~]}) so a test cannot rely on a client no real site could have.
		 */
		public Builder clientId(String clientId) {
			this.clientId = Objects.requireNonNull(clientId, "clientId");
			return this;
		}

		/** The default API client's secret; any characters, including {@code + / = & %}. */
		public Builder clientSecret(String clientSecret) {
			this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
			return this;
		}

		/** How long issued tokens live and what {@code expires_in} says; sites change it, so clients must read it. */
		public Builder tokenLifetime(Duration tokenLifetime) {
			this.tokenLifetime = Objects.requireNonNull(tokenLifetime, "tokenLifetime");
			return this;
		}

		/** The clock that decides token expiry and stamps dates, so tests can move time instead of sleeping. */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "clock");
			return this;
		}

		/** A fixed port, for a demo that must be found at a known address; {@code 0} (the default) picks one. */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("port must be between 0 and 65535, but was " + port);
			}
			this.port = port;
			return this;
		}

		/** Binds the server; it answers as soon as this returns. */
		public UmbracoTestServer start() {
			return new UmbracoTestServer(this);
		}

	}

	/** Where clients should point: {@code http://127.0.0.1:<port>}, without a trailing slash. */
	public String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	/** The port the server listens on. */
	public int port() {
		return this.transport.port();
	}

	/** The default API client's id. */
	public String clientId() {
		return this.clientId;
	}

	/** The default API client's secret. */
	public String clientSecret() {
		return this.clientSecret;
	}

	/** Stops the server and frees its threads; calling it again does nothing. */
	@Override
	public void close() {
		if (this.closed.compareAndSet(false, true)) {
			this.transport.close();
		}
	}

	/**
	 * Puts the server back as it started, for tests that share one server: counters, recorded requests, faults,
	 * token settings, users and server status. Registered clients stay, and so do issued tokens, because a client in
	 * a shared Spring context may still hold one; call {@link #revokeAllTokens()} as well for a clean slate.
	 */
	public void reset() {
		resetCounters();
		clearFaults();
		setTokenLifetime(this.initialTokenLifetime);
		setExpiresInIncluded(true);
		setCurrentUser(UserSeed.defaultApiUser(this.clock.instant()));
		clearUsers();
		setServerStatus("Run");
	}

	// clients and tokens

	/**
	 * Adds a client id/secret pair for the same API user, as Umbraco allows for secret rotation; registering an
	 * existing id replaces its secret.
	 */
	public void registerClient(String clientId, String clientSecret) {
		this.clients.register(clientId, clientSecret);
	}

	/** Changes the lifetime of tokens issued from now on, and the {@code expires_in} they report. */
	public void setTokenLifetime(Duration lifetime) {
		this.tokenEndpoint.setLifetime(lifetime);
	}

	/**
	 * Whether token responses carry {@code expires_in}; it is only RECOMMENDED by RFC 6749, so clients must cope
	 * without it.
	 */
	public void setExpiresInIncluded(boolean included) {
		this.tokenEndpoint.setExpiresInIncluded(included);
	}

	/** Revokes every token issued so far, as an administrator rotating credentials would. */
	public void revokeAllTokens() {
		this.tokens.revokeAll();
	}

	/** Makes every token issued so far expired, whatever the clock says. */
	public void expireAllTokens() {
		this.tokens.expireAll();
	}

	/** Tokens issued and neither expired nor revoked: the rows a client leaves in Umbraco's token table. */
	public int activeTokenCount() {
		return this.tokens.activeCount();
	}

	// counters

	/** Every POST to the token endpoint since start or {@link #resetCounters()}, whatever its outcome. */
	public int tokenRequests() {
		return this.log.tokenRequests();
	}

	/** POSTs to the token endpoint that ended with this outcome. */
	public int tokenRequests(TokenOutcome outcome) {
		return this.log.tokenRequests(Objects.requireNonNull(outcome, "outcome"));
	}

	/** Accepted revocation requests (including those for unknown tokens, which RFC 7009 also accepts). */
	public int revocations() {
		return this.log.revocations();
	}

	/** Requests under {@code /umbraco/management/api/v1} other than token and revocation, faulted ones included. */
	public int apiRequests() {
		return this.log.apiRequests();
	}

	/**
	 * API requests with this method and exact raw path (no query), e.g.
	 * {@code apiRequests("GET", "/umbraco/management/api/v1/user/current")}.
	 */
	public int apiRequests(String method, String path) {
		return this.log.apiRequests(method, path);
	}

	/**
	 * The requests received, in order, token endpoint included: the most recent 10,000 (counters keep counting past
	 * that). Holds secrets as sent: assert, do not log.
	 */
	public List<RecordedRequest> requests() {
		return this.log.requests();
	}

	/** Zeroes every counter and forgets recorded requests. */
	public void resetCounters() {
		this.log.reset();
	}

	// data

	/** The API user behind the client credentials; changes to it show in the next response. */
	public UserSeed currentUser() {
		return this.users.current();
	}

	/** Renames the API user and sets its email (and user name, since Umbraco's user name is the email). */
	public void setCurrentUser(String name, String email) {
		this.users.current()
			.setName(name)
			.setEmail(email)
			.setUserName(email)
			.setUpdateDate(this.clock.instant());
	}

	/** Replaces the API user entirely, e.g. with one whose id a fixture fixes. */
	public void setCurrentUser(UserSeed user) {
		this.users.replaceCurrent(user);
	}

	/** Adds an active user of kind {@code Default} and returns its id. */
	public UUID addUser(String name, String email) {
		return addUser(new UserSeed(name, email, UserSeed.KIND_DEFAULT, this.clock.instant()));
	}

	/** Adds a user shaped by the test and returns its id. */
	public UUID addUser(UserSeed user) {
		this.users.add(Objects.requireNonNull(user, "user"));
		return user.getId();
	}

	/** A user by id (the API user included), to change it after adding. */
	public Optional<UserSeed> user(UUID id) {
		return this.users.find(id);
	}

	/** Removes every user except the API user. */
	public void clearUsers() {
		this.users.clearOthers();
	}

	/**
	 * What {@code /server/status} reports ({@code RuntimeLevelModel}: {@code Run}, {@code Boot}, {@code Install},
	 * {@code Upgrade}, {@code BootFailed}, {@code Unknown}), so health checks can be tested.
	 */
	public void setServerStatus(String serverStatus) {
		this.server.setServerStatus(Objects.requireNonNull(serverStatus, "serverStatus"));
	}

	// faults

	/** Delays every token endpoint response, so benchmarks see the cost of needless token requests. */
	public void setTokenLatency(Duration latency) {
		this.faults.setTokenLatency(latency);
	}

	/** Delays every API response (and connection reset), for timeout tests. */
	public void setApiLatency(Duration latency) {
		this.faults.setApiLatency(latency);
	}

	/**
	 * The next {@code count} API requests (any path, before authentication, as a proxy or rate limiter would)
	 * answer {@code status} (4xx or 5xx) with a ProblemDetails body; 401 instead looks like a token Umbraco no
	 * longer accepts. One-shot faults strike in the order they were requested.
	 */
	public void failNext(int count, int status) {
		failNext(count, status, Map.of());
	}

	/** Like {@link #failNext(int, int)} with extra response headers, e.g. {@code Retry-After} on a 429. */
	public void failNext(int count, int status, Map<String, String> headers) {
		this.faults.enqueue(new FaultPlan.Fault.Fail(Dispatcher.checkFailureStatus(status), Map.copyOf(headers)), count);
	}

	/**
	 * Every API request to this exact raw path (no query) answers {@code status} (4xx or 5xx, as for
	 * {@link #failNext(int, int)}) until {@link #clearFaults()}.
	 */
	public void failPath(String path, int status) {
		this.faults.failPath(path, Dispatcher.checkFailureStatus(status));
	}

	/** The next {@code count} API requests get their connection reset without any response. */
	public void resetConnectionNext(int count) {
		this.faults.enqueue(new FaultPlan.Fault.Reset(), count);
	}

	/** The next {@code count} successful JSON API responses are cut in half, so they no longer parse. */
	public void malformedJsonNext(int count) {
		this.faults.malformedNext(count);
	}

	/** Removes every fault, latencies included: the server is healthy and fast again. */
	public void clearFaults() {
		this.faults.clear();
	}

	@Override
	public String toString() {
		return "UmbracoTestServer[" + (this.closed.get() ? "closed" : baseUrl()) + ", clientId=" + this.clientId + "]";
	}
}
