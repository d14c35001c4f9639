package io.github.umbracomgmt.test;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * An in-process fake of the Umbraco Management API, reachable over real HTTP on
 * {@code 127.0.0.1}, so a client can be tested end to end (token requests, bearer tokens,
 * JSON, errors, broken connections) without an Umbraco site.
 *
 * <p>
 * It behaves as Umbraco 14+ does for API users: {@code client_credentials} at
 * {@code /umbraco/management/api/v1/security/back-office/token} with form or Basic client
 * authentication, opaque reference tokens with an expiry judged by the server's
 * {@link Clock}, {@code 401} with an empty body and
 * {@code WWW-Authenticate: Bearer error="invalid_token"} for a dead token, and
 * ProblemDetails errors with Umbraco's {@code operationStatus}. A token acts as the API
 * user owning its client, and stops working when that user is disabled.
 *
 * <p>
 * It answers as Umbraco {@value ServerResources#NEWEST} does unless
 * {@link Builder#version(String)} picks an older version, whose missing operations then
 * answer {@code 404} with an empty body. It serves these Management API groups, each with
 * its own in-memory data that tests seed and inspect through a facade per group
 * ({@link #users()}, {@link #members()}, {@link #documents()}, {@link #elements()},
 * {@link #media()}, {@link #settings()}, {@link #webhooks()}, {@link #healthChecks()},
 * {@link #examine()}); this class keeps what is about the server itself:
 * <ul>
 * <li>people: {@code User} (the current user, users, their client credentials),
 * {@code User Group}, {@code Member}, {@code Member Type} and {@code Member Group};</li>
 * <li>content: {@code Document}, {@code Document Version} and {@code Document Blueprint};
 * {@code Element} and {@code Element Version} (Umbraco 18's element library);
 * {@code Media}, {@code Media Type} and {@code Temporary File};</li>
 * <li>settings: {@code Document Type}, {@code Data Type}, {@code Template},
 * {@code Dictionary}, {@code Language}, {@code Culture}, {@code Segment}, {@code Tag},
 * {@code Relation Type}, {@code Relation} and {@code Redirect Management};</li>
 * <li>operations: {@code Server} (status and configuration anonymous, as in Umbraco),
 * {@code Webhook}, {@code Health Check}, {@code Indexer} and {@code Searcher}.</li>
 * </ul>
 *
 * <p>
 * Everything is thread-safe, so tests can change data, faults and time while clients call
 * concurrently. One server may serve several tests (e.g. through a cached Spring
 * context): call {@link #reset()} between them.
 *
 * <pre>{@code
 * try (UmbracoTestServer umbraco = UmbracoTestServer.start()) {
 *     // point the client at umbraco.baseUrl(), umbraco.clientId(), umbraco.clientSecret()
 * }
 * }</pre>
 */
public final class UmbracoTestServer implements AutoCloseable {

	/**
	 * The default API client's id, in Umbraco's required {@code umbraco-back-office-}
	 * form.
	 */
	public static final String DEFAULT_CLIENT_ID = "umbraco-back-office-test-client";

	/** The default API client's secret. */
	public static final String DEFAULT_CLIENT_SECRET = "test-secret";

	/**
	 * Umbraco's default: a quarter of the five-minute back-office timeout, less a second.
	 */
	public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofSeconds(299);

	private final String clientId;

	private final String clientSecret;

	private final Duration initialTokenLifetime;

	private final Clock clock;

	private final ClientRegistry clients = new ClientRegistry();

	private final TokenStore tokens;

	private final UserStore users;

	private final UserAccounts accounts;

	private final MemberDirectory members;

	private final TokenEndpoint tokenEndpoint;

	private final FaultPlan faults = new FaultPlan();

	private final RequestLog log = new RequestLog();

	private final ServerResources server;

	private final WebhookStore webhooks = new WebhookStore();

	private final HealthCheckResources healthChecks = new HealthCheckResources();

	private final ExamineStore examine = new ExamineStore();

	private final MediaLibrary mediaLibrary;

	private final DocumentStore documents = new DocumentStore();

	private final ElementStore elementStore = new ElementStore();

	private final TestUsers usersFacade;

	private final TestMembers membersFacade;

	private final TestDocuments documentsFacade;

	private final TestElements elements;

	private final TestMedia mediaFacade;

	private final TestSettings settingsFacade;

	private final TestWebhooks webhooksFacade;

	private final TestHealthChecks healthChecksFacade;

	private final TestExamine examineFacade;

	private final SettingsResources settings;

	private final Dispatcher dispatcher;

	private final int port;

	/** Replaced by {@link #restart()}; {@code null} while {@link #stop() stopped}. */
	private volatile NettyTransport transport;

	private final AtomicBoolean closed = new AtomicBoolean();

	private UmbracoTestServer(Builder builder) {
		this.clientId = builder.clientId;
		this.clientSecret = builder.clientSecret;
		this.initialTokenLifetime = builder.tokenLifetime;
		this.clock = builder.clock;
		this.server = new ServerResources(builder.version);
		this.clients.register(this.clientId, this.clientSecret);
		this.tokens = new TokenStore(this.clock);
		this.users = new UserStore(UserSeed.defaultApiUser(this.clock.instant()));
		this.accounts = new UserAccounts(this.users, new UserGroupStore(), this.clients, this.tokens, this.clock);
		this.clients.linkUsers(() -> this.users.current().getId(), this.accounts::canUseCredentials);
		this.members = new MemberDirectory(this.clock);
		this.mediaLibrary = new MediaLibrary(this.clock);
		this.tokenEndpoint = new TokenEndpoint(this.clients, this.tokens, this.accounts::clientCanAuthenticate,
				builder.tokenLifetime);
		this.settings = new SettingsResources(this.clock, () -> this.users.current().isAdmin());
		Supplier<UUID> currentUserId = () -> this.users.current().getId();
		this.usersFacade = new TestUsers(this.users, this.accounts, this.clock);
		this.membersFacade = new TestMembers(this.members, this.clock);
		this.documentsFacade = new TestDocuments(this.documents, this.clock, currentUserId);
		this.elements = new TestElements(this.elementStore, this.clock, currentUserId);
		this.mediaFacade = new TestMedia(this.mediaLibrary, this.clock);
		this.settingsFacade = new TestSettings(this.settings);
		this.webhooksFacade = new TestWebhooks(this.webhooks, this.clock);
		this.healthChecksFacade = new TestHealthChecks(this.healthChecks);
		this.examineFacade = new TestExamine(this.examine);
		Router router = new Router();
		for (ResourceGroup group : List.of(new UserResources(this.accounts), new UserGroupResources(this.accounts),
				new MemberTypeResources(this.members), new MemberGroupResources(this.members),
				new MemberResources(this.members), this.server, new WebhookResources(this.webhooks), this.healthChecks,
				new IndexerResources(this.examine), new SearcherResources(this.examine), this.settings,
				new TemporaryFileResources(this.mediaLibrary), new MediaTypeResources(this.mediaLibrary),
				new MediaResources(this.mediaLibrary),
				new DocumentResources(this.documents, this.clock, () -> this.users.current().getId()),
				new DocumentVersionResources(this.documents, this.clock, () -> this.users.current().getId()),
				new DocumentBlueprintResources(this.documents, this.clock),
				new ElementResources(this.elementStore, this.clock, () -> this.users.current().getId()),
				new DocumentVersionResources("element", this.elementStore.content, this.clock,
						() -> this.users.current().getId()))) {
			group.registerRoutes(router);
		}
		this.dispatcher = new Dispatcher(this.log, this.tokenEndpoint, this.tokens, this.accounts, this.faults, router,
				OperationCatalog.bundled(), this.server::version);
		this.transport = new NettyTransport(builder.port, this.dispatcher::dispatch);
		this.port = this.transport.port();
	}

	/**
	 * Starts a server with the default client, token lifetime and system clock on a
	 * random port.
	 */
	public static UmbracoTestServer start() {
		return builder().start();
	}

	/**
	 * Starts configuring a server whose client, lifetime, clock or port a test needs to
	 * choose.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Settings fixed when the server starts; most can also be changed later through the
	 * server's own methods.
	 */
	public static final class Builder {

		private String clientId = DEFAULT_CLIENT_ID;

		private String clientSecret = DEFAULT_CLIENT_SECRET;

		private Duration tokenLifetime = DEFAULT_TOKEN_LIFETIME;

		private Clock clock = Clock.systemUTC();

		private int port;

		private ApiVersion version = ApiVersion.parse(ServerResources.NEWEST);

		private Builder() {
		}

		/**
		 * The Umbraco version to behave as ({@code 17.3}, {@code 18.0}, {@code 18.1.2};
		 * by default the newest the test kit knows, {@value ServerResources#NEWEST}).
		 * {@code /server/information} reports it, and operations newer than it, or
		 * removed by it, answer {@code 404} with an empty body, as an older (or newer)
		 * Umbraco answers a route it does not have. Which version has which operation
		 * comes from the OpenAPI documents of 16.0, 17.3, 18.0 and 18.1.
		 * @throws IllegalArgumentException when the text is not a version such as
		 * {@code 17.3} or {@code 17.3.0}
		 */
		public Builder version(String version) {
			this.version = ApiVersion.parse(Objects.requireNonNull(version, "version"));
			return this;
		}

		/**
		 * The default API client's id; must follow Umbraco's rule
		 * ({@code umbraco-back-office-} plus 1 to 100 of {@code [A-Za-z0-9-._~]}) so a
		 * test cannot rely on a client no real site could have.
		 */
		public Builder clientId(String clientId) {
			this.clientId = Objects.requireNonNull(clientId, "clientId");
			return this;
		}

		/**
		 * The default API client's secret; any characters, including {@code + / = & %}.
		 */
		public Builder clientSecret(String clientSecret) {
			this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
			return this;
		}

		/**
		 * How long issued tokens live and what {@code expires_in} says; sites change it,
		 * so clients must read it.
		 */
		public Builder tokenLifetime(Duration tokenLifetime) {
			this.tokenLifetime = Objects.requireNonNull(tokenLifetime, "tokenLifetime");
			return this;
		}

		/**
		 * The clock that decides token expiry and stamps dates, so tests can move time
		 * instead of sleeping.
		 */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "clock");
			return this;
		}

		/**
		 * A fixed port, for a demo that must be found at a known address; {@code 0} (the
		 * default) picks one.
		 */
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

	/**
	 * Where clients should point: {@code http://127.0.0.1:<port>}, without a trailing
	 * slash.
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	/** The port the server listens on (and listens on again after {@link #restart()}). */
	public int port() {
		return this.port;
	}

	/** The default API client's id. */
	public String clientId() {
		return this.clientId;
	}

	/** The default API client's secret. */
	public String clientSecret() {
		return this.clientSecret;
	}

	/**
	 * The properties that point the starter's default site at this server with the
	 * default API client: {@code umbraco.management.base-url}, {@code client-id} and
	 * {@code client-secret}.
	 * @return the properties, in that order
	 */
	public Map<String, String> properties() {
		return properties("umbraco.management");
	}

	/**
	 * The properties that point a site at this server with the default API client, e.g.
	 * {@code properties("umbraco.management.sites.blog")}.
	 * @param prefix the site's property prefix
	 * @return {@code <prefix>.base-url}, {@code client-id} and {@code client-secret}, in
	 * that order
	 */
	public Map<String, String> properties(String prefix) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put(prefix + ".base-url", baseUrl());
		properties.put(prefix + ".client-id", this.clientId);
		properties.put(prefix + ".client-secret", this.clientSecret);
		return properties;
	}

	/**
	 * {@link #properties(String)} as {@code key=value} pairs, e.g. for
	 * {@code ApplicationContextRunner.withPropertyValues}.
	 * @param prefix the site's property prefix
	 * @return the pairs
	 */
	public String[] propertyValues(String prefix) {
		return properties(prefix).entrySet()
			.stream()
			.map((property) -> property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
	}

	/**
	 * {@link #properties()} as {@code key=value} pairs, e.g. for
	 * {@code ApplicationContextRunner.withPropertyValues}.
	 * @return the pairs
	 */
	public String[] propertyValues() {
		return propertyValues("umbraco.management");
	}

	/** Stops the server and frees its threads; calling it again does nothing. */
	@Override
	public synchronized void close() {
		if (this.closed.compareAndSet(false, true) && this.transport != null) {
			this.transport.close();
			this.transport = null;
		}
	}

	/**
	 * Stops listening, as a site does while it is redeployed: connections are refused
	 * until {@link #restart()}. Data, issued tokens, counters and faults are kept.
	 * Calling it while stopped does nothing.
	 */
	public synchronized void stop() {
		requireOpen();
		if (this.transport != null) {
			this.transport.close();
			this.transport = null;
		}
	}

	/**
	 * Listens again on the same port after {@link #stop()}, with the data and tokens it
	 * had, as a site back from a deploy. Calling it while running does nothing.
	 * @throws IllegalStateException if the server was closed, or another process took the
	 * port meanwhile
	 */
	public synchronized void restart() {
		requireOpen();
		if (this.transport == null) {
			try {
				this.transport = new NettyTransport(this.port, this.dispatcher::dispatch);
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException("Could not listen on 127.0.0.1:" + this.port + " again: " + ex, ex);
			}
		}
	}

	/**
	 * Whether the server accepts connections: not {@link #stop() stopped} and not closed.
	 */
	public boolean isRunning() {
		return this.transport != null;
	}

	private void requireOpen() {
		if (this.closed.get()) {
			throw new IllegalStateException("The Umbraco test server is closed");
		}
	}

	/**
	 * Puts the server back as it started, for tests that share one server: counters,
	 * recorded requests, faults, token settings, users and server status. Registered
	 * clients stay, and so do issued tokens, because a client in a shared Spring context
	 * may still hold one; call {@link #revokeAllTokens()} as well for a clean slate.
	 */
	public void reset() {
		resetCounters();
		clearFaults();
		setTokenLifetime(this.initialTokenLifetime);
		setExpiresInIncluded(true);
		this.usersFacade.setCurrent(UserSeed.defaultApiUser(this.clock.instant()));
		this.usersFacade.clear();
		this.usersFacade.clearGroups();
		this.membersFacade.clear();
		this.mediaFacade.clear();
		this.documentsFacade.clear();
		this.elements.clear();
		this.settingsFacade.clear();
		setServerStatus("Run");
		resetServerInformation();
		this.webhooksFacade.clear();
		this.healthChecksFacade.reset();
		this.examineFacade.reset();
	}

	// clients and tokens

	/**
	 * Adds a client id/secret pair for the same API user, as Umbraco allows for secret
	 * rotation; registering an existing id replaces its secret.
	 */
	public void registerClient(String clientId, String clientSecret) {
		this.clients.register(clientId, clientSecret);
	}

	/**
	 * Changes the lifetime of tokens issued from now on, and the {@code expires_in} they
	 * report.
	 */
	public void setTokenLifetime(Duration lifetime) {
		this.tokenEndpoint.setLifetime(lifetime);
	}

	/**
	 * Whether token responses carry {@code expires_in}; it is only RECOMMENDED by RFC
	 * 6749, so clients must cope without it.
	 */
	public void setExpiresInIncluded(boolean included) {
		this.tokenEndpoint.setExpiresInIncluded(included);
	}

	/**
	 * Revokes every token issued so far, as an administrator rotating credentials would.
	 */
	public void revokeAllTokens() {
		this.tokens.revokeAll();
	}

	/** Makes every token issued so far expired, whatever the clock says. */
	public void expireAllTokens() {
		this.tokens.expireAll();
	}

	/**
	 * Tokens issued and neither expired nor revoked: the rows a client leaves in
	 * Umbraco's token table.
	 */
	public int activeTokenCount() {
		return this.tokens.activeCount();
	}

	// counters

	/**
	 * Every POST to the token endpoint since start or {@link #resetCounters()}, whatever
	 * its outcome.
	 */
	public int tokenRequests() {
		return this.log.tokenRequests();
	}

	/** POSTs to the token endpoint that ended with this outcome. */
	public int tokenRequests(TokenOutcome outcome) {
		return this.log.tokenRequests(Objects.requireNonNull(outcome, "outcome"));
	}

	/**
	 * Accepted revocation requests (including those for unknown tokens, which RFC 7009
	 * also accepts).
	 */
	public int revocations() {
		return this.log.revocations();
	}

	/**
	 * Requests under {@code /umbraco/management/api/v1} other than token and revocation,
	 * faulted ones included.
	 */
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
	 * The requests received, in order, token endpoint included: the most recent 10,000
	 * (counters keep counting past that). Holds secrets as sent: assert, do not log.
	 */
	public List<RecordedRequest> requests() {
		return this.log.requests();
	}

	/** Zeroes every counter and forgets recorded requests. */
	public void resetCounters() {
		this.log.reset();
	}

	/**
	 * The clock the server judges token expiry and stamps dates with, as given to
	 * {@link Builder#clock(Clock)}.
	 */
	public Clock clock() {
		return this.clock;
	}

	// the data, one facade per group of the Management API

	/**
	 * Users, the API user behind the client credentials, their client credentials, and
	 * user groups.
	 */
	public TestUsers users() {
		return this.usersFacade;
	}

	/** Members, member types and member groups. */
	public TestMembers members() {
		return this.membersFacade;
	}

	/** Documents, their versions and blueprints. */
	public TestDocuments documents() {
		return this.documentsFacade;
	}

	/** The element library (Umbraco 18): its elements, folders and recycle bin. */
	public TestElements elements() {
		return this.elements;
	}

	/** Media, media types and temporary files. */
	public TestMedia media() {
		return this.mediaFacade;
	}

	/**
	 * Document types, data types, templates, dictionary items, languages, segments, tags,
	 * relations, redirects.
	 */
	public TestSettings settings() {
		return this.settingsFacade;
	}

	/** Webhooks and their delivery log. */
	public TestWebhooks webhooks() {
		return this.webhooksFacade;
	}

	/** Health checks and their results. */
	public TestHealthChecks healthChecks() {
		return this.healthChecksFacade;
	}

	/** Examine indexes and searchers. */
	public TestExamine examine() {
		return this.examineFacade;
	}

	// data

	// user groups

	// members

	/**
	 * What {@code /server/status} reports ({@code RuntimeLevelModel}: {@code Run},
	 * {@code Boot}, {@code Install}, {@code Upgrade}, {@code BootFailed},
	 * {@code Unknown}), so health checks can be tested.
	 */
	public void setServerStatus(String serverStatus) {
		this.server.setServerStatus(Objects.requireNonNull(serverStatus, "serverStatus"));
	}

	// media

	// settings: document types, data types, templates, dictionary, languages, segments,
	// tags, relations, redirects

	// server information, webhooks, health checks, indexes and searchers

	/**
	 * Changes the Umbraco version the server behaves as, as
	 * {@link Builder#version(String)} sets it at start: what {@code /server/information}
	 * reports ({@code 17.3.0}, {@code 18.1.0-rc}; the assembly version is its
	 * {@code major.minor.patch}) and which operations exist. {@link #reset()} goes back
	 * to the builder's version.
	 */
	public void setVersion(String version) {
		this.server.setVersion(ApiVersion.parse(Objects.requireNonNull(version, "version")));
	}

	/** The Umbraco version the server behaves as, e.g. {@code 18.1.0}. */
	public String version() {
		return this.server.version().semantic();
	}

	/**
	 * What {@code /server/upgrade-check} reports; by default {@code None} with an empty
	 * comment and URL, as an up-to-date site answers.
	 * @param type Umbraco's upgrade type, e.g. {@code None}, {@code Minor},
	 * {@code Major}, {@code Critical}
	 * @param url where to read about it ({@code ?version=} is appended as Umbraco does),
	 * or empty
	 */
	public void setUpgradeCheck(String type, String comment, String url) {
		this.server.setUpgradeCheck(new ServerResources.UpgradeCheck(Objects.requireNonNull(type, "type"),
				Objects.requireNonNull(comment, "comment"), Objects.requireNonNull(url, "url")));
	}

	/** Puts the version and upgrade check back to their defaults. */
	public void resetServerInformation() {
		this.server.resetInformation();
	}

	// faults

	/**
	 * Delays every token endpoint response, so benchmarks see the cost of needless token
	 * requests.
	 */
	public void setTokenLatency(Duration latency) {
		this.faults.setTokenLatency(latency);
	}

	/**
	 * Delays every answer of the revocation endpoint (the revocation itself counts at
	 * once), for tests of how long a shutdown takes.
	 */
	public void setRevocationLatency(Duration latency) {
		this.faults.setRevocationLatency(latency);
	}

	/** Delays every API response (and connection reset), for timeout tests. */
	public void setApiLatency(Duration latency) {
		this.faults.setApiLatency(latency);
	}

	/**
	 * The next {@code count} API requests (any path, before authentication, as a proxy or
	 * rate limiter would) answer {@code status} (4xx or 5xx) with a ProblemDetails body;
	 * 401 instead looks like a token Umbraco no longer accepts. One-shot faults strike in
	 * the order they were requested.
	 */
	public void failNext(int count, int status) {
		failNext(count, status, Map.of());
	}

	/**
	 * Like {@link #failNext(int, int)} with extra response headers, e.g.
	 * {@code Retry-After} on a 429.
	 */
	public void failNext(int count, int status, Map<String, String> headers) {
		this.faults.enqueue(new FaultPlan.Fault.Fail(Dispatcher.checkFailureStatus(status), Map.copyOf(headers)),
				count);
	}

	/**
	 * Every API request to this exact raw path (no query) answers {@code status} (4xx or
	 * 5xx, as for {@link #failNext(int, int)}) until {@link #clearFaults()}.
	 */
	public void failPath(String path, int status) {
		this.faults.failPath(path, Dispatcher.checkFailureStatus(status));
	}

	/**
	 * The next {@code count} token requests answer {@code status} with a ProblemDetails
	 * body instead of a token or an OAuth error, as an Umbraco whose token endpoint
	 * crashed (500) or a proxy in front of it (502, 503) would.
	 */
	public void failTokenRequestsNext(int count, int status) {
		this.faults.failTokenNext(count, Dispatcher.checkFailureStatus(status));
	}

	/**
	 * The next {@code count} API requests get their connection reset without any
	 * response.
	 */
	public void resetConnectionNext(int count) {
		this.faults.enqueue(new FaultPlan.Fault.Reset(), count);
	}

	/**
	 * The next {@code count} successful JSON API responses are cut in half, so they no
	 * longer parse.
	 */
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
