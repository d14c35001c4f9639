package io.github.umbracomgmt.test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * {@code operationStatus}. A token acts as the API user owning its client, and stops working when that user is
 * disabled.
 *
 * <p>It serves these Management API groups, each with its own in-memory data that tests can seed and inspect through
 * this class:
 * <ul>
 * <li>people: {@code User} (the current user, users, their client credentials), {@code User Group}, {@code Member},
 * {@code Member Type} and {@code Member Group};</li>
 * <li>content: {@code Document}, {@code Document Version} and {@code Document Blueprint}; {@code Media},
 * {@code Media Type} and {@code Temporary File};</li>
 * <li>settings: {@code Document Type}, {@code Data Type}, {@code Template}, {@code Dictionary}, {@code Language},
 * {@code Culture}, {@code Segment}, {@code Tag}, {@code Relation Type}, {@code Relation} and
 * {@code Redirect Management};</li>
 * <li>operations: {@code Server} (status and configuration anonymous, as in Umbraco), {@code Webhook},
 * {@code Health Check}, {@code Indexer} and {@code Searcher}.</li>
 * </ul>
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

	private final UserAccounts accounts;

	private final MemberDirectory members;

	private final TokenEndpoint tokenEndpoint;

	private final FaultPlan faults = new FaultPlan();

	private final RequestLog log = new RequestLog();

	private final ServerResources server = new ServerResources();

	private final WebhookStore webhooks = new WebhookStore();

	private final HealthCheckResources healthChecks = new HealthCheckResources();

	private final ExamineStore examine = new ExamineStore();

	private final MediaLibrary mediaLibrary;

	private final DocumentStore documents = new DocumentStore();

	private final SettingsResources settings;

	private final Dispatcher dispatcher;

	private volatile NettyTransport transport;

	private final AtomicBoolean closed = new AtomicBoolean();

	private UmbracoTestServer(Builder builder) {
		this.clientId = builder.clientId;
		this.clientSecret = builder.clientSecret;
		this.initialTokenLifetime = builder.tokenLifetime;
		this.clock = builder.clock;
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
		Router router = new Router();
		for (ResourceGroup group : List.of(new UserResources(this.accounts),
				new UserGroupResources(this.accounts), new MemberTypeResources(this.members),
				new MemberGroupResources(this.members), new MemberResources(this.members), this.server,
				new WebhookResources(this.webhooks), this.healthChecks, new IndexerResources(this.examine),
				new SearcherResources(this.examine), this.settings,
				new TemporaryFileResources(this.mediaLibrary), new MediaTypeResources(this.mediaLibrary),
				new MediaResources(this.mediaLibrary),
				new DocumentResources(this.documents, this.clock, () -> this.users.current().getId()),
				new DocumentVersionResources(this.documents, this.clock, () -> this.users.current().getId()),
				new DocumentBlueprintResources(this.documents, this.clock))) {
			group.registerRoutes(router);
		}
		this.dispatcher = new Dispatcher(this.log, this.tokenEndpoint, this.tokens, this.accounts, this.faults,
				router);
		this.transport = new NettyTransport(builder.port, this.dispatcher::dispatch);
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

	/**
	 * Takes the server off the network, as a site that is down for a deploy: connections are refused until
	 * {@link #restart()}. Data, tokens and counters are kept.
	 */
	public synchronized void stop() {
		if (this.closed.get()) {
			throw new IllegalStateException("The server is closed");
		}
		this.transport.close();
	}

	/** Binds the server again on the same port after {@link #stop()}, with everything it held before. */
	public synchronized void restart() {
		if (this.closed.get()) {
			throw new IllegalStateException("The server is closed");
		}
		int port = this.transport.port();
		this.transport = new NettyTransport(port, this.dispatcher::dispatch);
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
		clearUserGroups();
		clearMembers();
		clearMedia();
		clearDocuments();
		clearSettings();
		setServerStatus("Run");
		resetServerInformation();
		clearWebhooks();
		resetHealthChecks();
		resetExamine();
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

	/** Removes every user except the API user, with the client credentials of the removed API users. */
	public void clearUsers() {
		this.accounts.clearOthers();
	}

	/**
	 * Adds an active API user (kind {@code Api}) in the built-in editors group and returns its id; give it
	 * credentials with {@link #addClientCredentials(UUID, String, String)}.
	 */
	public UUID addApiUser(String name, String email) {
		UserSeed user = new UserSeed(Objects.requireNonNull(name, "name"), Objects.requireNonNull(email, "email"),
				UserSeed.KIND_API, this.clock.instant());
		this.accounts.setGroups(user, List.of(UserGroupIds.EDITOR));
		return addUser(user);
	}

	/**
	 * Gives an API user client credentials as {@code POST /user/{id}/client-credentials} does: the token endpoint
	 * accepts them, their tokens act as that user, and disabling or deleting the user ends both.
	 * @param clientId the client id, with or without the {@code umbraco-back-office-} prefix (added when missing)
	 * @throws IllegalArgumentException when Umbraco would refuse them: an invalid or taken client id, an empty
	 * secret, or a user that is not an API user
	 */
	public void addClientCredentials(UUID userId, String clientId, String clientSecret) {
		UserAccounts.CredentialsOutcome outcome = this.accounts.addCredentials(Objects.requireNonNull(userId, "userId"),
				Objects.requireNonNull(clientId, "clientId"), Objects.requireNonNull(clientSecret, "clientSecret"));
		if (outcome != UserAccounts.CredentialsOutcome.SUCCESS) {
			throw new IllegalArgumentException("Umbraco refuses client id '" + clientId + "' for user " + userId + ": "
					+ outcome);
		}
	}

	/** The client ids of a user's credentials; for the API user, those registered without an owner too. */
	public List<String> clientCredentials(UUID userId) {
		return this.accounts.credentials(Objects.requireNonNull(userId, "userId"));
	}

	/**
	 * Disables a user as {@code POST /user/disable} does: its client credentials stop working and the tokens issued
	 * for them are revoked (they stay revoked if the user is enabled again).
	 * @throws IllegalArgumentException when no user has this id
	 */
	public void disableUser(UUID id) {
		this.accounts.disable(this.users.find(Objects.requireNonNull(id, "id"))
			.orElseThrow(() -> new IllegalArgumentException("No user has the id " + id)));
	}

	// user groups

	/**
	 * Adds a user group with no sections or permissions and returns its id.
	 * @throws IllegalArgumentException when another group has this alias
	 */
	public UUID addUserGroup(String alias, String name) {
		UUID id = UUID.randomUUID();
		try {
			this.accounts.groups().save(UserGroupStore.plain(id, Objects.requireNonNull(alias, "alias"),
					Objects.requireNonNull(name, "name")), true);
		}
		catch (ResponseException ex) {
			throw refused(ex);
		}
		return id;
	}

	/** A user group by id, built-ins ({@link UserGroupIds}) included. */
	public Optional<UserGroupInfo> userGroup(UUID id) {
		return this.accounts.groups().find(id).map(UserGroupStore.UserGroup::info);
	}

	/** Back to Umbraco's five built-in user groups; users lose the groups that are gone. */
	public void clearUserGroups() {
		this.accounts.resetGroups();
	}

	// members

	/**
	 * Adds a member type at the root with one Textstring property per alias (in a group named {@code Content}) and
	 * returns its id.
	 * @throws IllegalArgumentException when another member type has this alias
	 */
	public UUID addMemberType(String alias, String name, String... propertyAliases) {
		UUID id = UUID.randomUUID();
		try {
			this.members.saveType(MemberDirectory.simpleType(id, Objects.requireNonNull(alias, "alias"),
					Objects.requireNonNull(name, "name"), List.of(propertyAliases)), true);
		}
		catch (ResponseException ex) {
			throw refused(ex);
		}
		return id;
	}

	/** A member type by id, the built-in {@link MemberTypeIds#MEMBER} included. */
	public Optional<MemberTypeInfo> memberType(UUID id) {
		return this.members.type(id).map(MemberDirectory.MemberType::info);
	}

	/**
	 * Adds a member group and returns its id.
	 * @throws IllegalArgumentException when another member group has this name
	 */
	public UUID addMemberGroup(String name) {
		UUID id = UUID.randomUUID();
		try {
			this.members.saveGroup(new MemberDirectory.MemberGroup(id, Objects.requireNonNull(name, "name")), true);
		}
		catch (ResponseException ex) {
			throw refused(ex);
		}
		return id;
	}

	/** A member group by id. */
	public Optional<MemberGroupInfo> memberGroup(UUID id) {
		return this.members.group(id).map(MemberDirectory.MemberGroup::info);
	}

	/**
	 * Adds an approved member with no property values or groups and returns its id.
	 * @throws IllegalArgumentException when the member type does not exist or the user name or email is taken
	 */
	public UUID addMember(String username, String email, String name, UUID memberTypeId) {
		Instant now = this.clock.instant();
		MemberDirectory.Member member = new MemberDirectory.Member(UUID.randomUUID(),
				Objects.requireNonNull(email, "email"), Objects.requireNonNull(username, "username"),
				Objects.requireNonNull(memberTypeId, "memberTypeId"), Objects.requireNonNull(name, "name"), List.of(),
				Set.of(), true, false, false, 0, null, null, now, now, now);
		try {
			this.members.saveMember(member, true, false);
		}
		catch (ResponseException ex) {
			throw refused(ex);
		}
		return member.id();
	}

	/** A member by id, as clients left it. */
	public Optional<MemberInfo> member(UUID id) {
		return this.members.member(id).map(MemberDirectory.Member::info);
	}

	/** Members the server holds. */
	public int memberCount() {
		return this.members.members().size();
	}

	/** Removes every member, member group and member type except the built-in {@link MemberTypeIds#MEMBER}. */
	public void clearMembers() {
		this.members.reset();
	}

	/** What a seeding method throws when Umbraco would refuse the data, with the ProblemDetails it would send. */
	private static IllegalArgumentException refused(ResponseException ex) {
		return new IllegalArgumentException("Umbraco would refuse this: "
				+ new String(ex.response().body(), StandardCharsets.UTF_8));
	}

	/**
	 * Adds an invariant draft document at the root, with its first version, and returns its id. Any document type id
	 * is accepted: the document only keeps a reference to it.
	 */
	public UUID addDocument(String name, UUID documentTypeId) {
		return addDocument(name, documentTypeId, null);
	}

	/** Adds an invariant draft document below {@code parentId} ({@code null} for the root) and returns its id. */
	public UUID addDocument(String name, UUID documentTypeId, UUID parentId) {
		return this.documents.seed(Objects.requireNonNull(name, "name"),
				Objects.requireNonNull(documentTypeId, "documentTypeId"), parentId, this.clock.instant(),
				this.users.current().getId());
	}

	/** Publishes every variant of a document, e.g. one added with {@link #addDocument(String, UUID)}. */
	public void publishDocument(UUID id) {
		this.documents.publishAll(Objects.requireNonNull(id, "id"), this.clock.instant());
	}

	/** Documents the server holds, those in the recycle bin included. */
	public int documentCount() {
		return this.documents.documentCount();
	}

	/** Whether a document with this id exists (in the tree or in the recycle bin). */
	public boolean hasDocument(UUID id) {
		return this.documents.containsDocument(id);
	}

	/** Document blueprints the server holds. */
	public int documentBlueprintCount() {
		return this.documents.blueprintCount();
	}

	/** Removes every document, document version and document blueprint. */
	public void clearDocuments() {
		this.documents.clear();
	}

	/**
	 * What {@code /server/status} reports ({@code RuntimeLevelModel}: {@code Run}, {@code Boot}, {@code Install},
	 * {@code Upgrade}, {@code BootFailed}, {@code Unknown}), so health checks can be tested.
	 */
	public void setServerStatus(String serverStatus) {
		this.server.setServerStatus(Objects.requireNonNull(serverStatus, "serverStatus"));
	}

	// media

	/**
	 * Adds a temporary file, as if uploaded to {@code POST /temporary-file}, so a test can create media from it
	 * without a multipart request. It expires a day later by the server's clock, as Umbraco's do.
	 * @return the new temporary file's id
	 */
	public UUID addTemporaryFile(String fileName, byte[] content) {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(content, "content");
		UUID id = UUID.randomUUID();
		synchronized (this.mediaLibrary) {
			this.mediaLibrary.addTemporaryFile(id, fileName, content);
		}
		return id;
	}

	/** The bytes uploaded as this temporary file, while it is neither expired, deleted nor used by media. */
	public Optional<byte[]> temporaryFileContent(UUID id) {
		synchronized (this.mediaLibrary) {
			MediaLibrary.TemporaryFile file = this.mediaLibrary.temporaryFile(id);
			return Optional.ofNullable(file).map(found -> found.content.clone());
		}
	}

	/** The file name this temporary file was uploaded with, while it is available. */
	public Optional<String> temporaryFileName(UUID id) {
		synchronized (this.mediaLibrary) {
			return Optional.ofNullable(this.mediaLibrary.temporaryFile(id)).map(file -> file.fileName);
		}
	}

	/** Temporary files waiting to be used; media creation consumes the ones it references. */
	public int temporaryFileCount() {
		synchronized (this.mediaLibrary) {
			// A copy, because looking an expired file up removes it.
			return (int) List.copyOf(this.mediaLibrary.temporaryFiles.keySet())
				.stream()
				.filter(id -> this.mediaLibrary.temporaryFile(id) != null)
				.count();
		}
	}

	/**
	 * Adds a media item without a file (typically a folder, {@link MediaTypeIds#FOLDER}) and returns its id.
	 * @param parentId the parent media item, or {@code null} for the root
	 * @throws IllegalArgumentException if the media type or parent does not exist
	 */
	public UUID addMedia(String name, UUID mediaTypeId, UUID parentId) {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(mediaTypeId, "mediaTypeId");
		synchronized (this.mediaLibrary) {
			if (this.mediaLibrary.mediaType(mediaTypeId) == null) {
				throw new IllegalArgumentException("No media type " + mediaTypeId);
			}
			if (parentId != null && this.mediaLibrary.media(parentId) == null) {
				throw new IllegalArgumentException("No media item " + parentId);
			}
			UUID id = UUID.randomUUID();
			MediaLibrary.MediaItem item = new MediaLibrary.MediaItem(id, mediaTypeId, parentId, this.clock.instant());
			item.variants.add(new MediaLibrary.Variant(null, null, name, item.createDate, item.createDate));
			item.sortOrder = this.mediaLibrary.nextSortOrder(parentId);
			this.mediaLibrary.media.put(id, item);
			return id;
		}
	}

	/** Media items, trashed ones included. */
	public int mediaCount() {
		synchronized (this.mediaLibrary) {
			return this.mediaLibrary.media.size();
		}
	}

	/** A media item's (invariant) name, if the item exists. */
	public Optional<String> mediaName(UUID id) {
		synchronized (this.mediaLibrary) {
			return Optional.ofNullable(this.mediaLibrary.media(id)).map(MediaLibrary.MediaItem::name);
		}
	}

	/**
	 * The bytes stored for a media item's {@code umbracoFile}, copied from the temporary file its create or update
	 * referenced, so a test can check an upload end to end.
	 */
	public Optional<byte[]> mediaFileContent(UUID id) {
		synchronized (this.mediaLibrary) {
			return Optional.ofNullable(this.mediaLibrary.media(id))
				.map(item -> item.files.get("umbracoFile"))
				.map(file -> file.content().clone());
		}
	}

	/** Media types, the built-in Folder, Image and File included. */
	public int mediaTypeCount() {
		synchronized (this.mediaLibrary) {
			return this.mediaLibrary.mediaTypes.size();
		}
	}

	/**
	 * Tells the server which property editor a data type uses (e.g. {@code Umbraco.UploadField} or
	 * {@code Umbraco.ImageCropper}), so media types built on a custom data type report its {@code editorAlias} and
	 * take files. Umbraco's default data types are known already; unknown ones behave as {@code Umbraco.Label}.
	 */
	public void setMediaDataTypeEditor(UUID dataTypeId, String editorAlias) {
		this.mediaLibrary.setDataTypeEditor(Objects.requireNonNull(dataTypeId, "dataTypeId"),
				Objects.requireNonNull(editorAlias, "editorAlias"));
	}

	/**
	 * Removes media, temporary files, media type folders, custom media types and data type editors set with
	 * {@link #setMediaDataTypeEditor(UUID, String)}: the built-in media types stay.
	 */
	public void clearMedia() {
		this.mediaLibrary.reset();
	}

	// settings: document types, data types, templates, dictionary, languages, segments, tags, relations, redirects

	/**
	 * Adds a document type allowed at the root, without properties, and returns its id; the alias must be new. Its
	 * properties, containers and templates can then be changed over HTTP like any other.
	 */
	public UUID addDocumentType(String alias, String name) {
		return addDocumentType(alias, name, Map.of());
	}

	/**
	 * Adds a document type allowed at the root whose properties sit in one {@code Content} group: one per entry,
	 * property alias to data type id (e.g. {@link DataTypeIds#TEXTSTRING}), in the map's iteration order.
	 * @return the new document type's id
	 * @throws IllegalArgumentException when the alias is invalid or taken, or a data type does not exist
	 */
	public UUID addDocumentType(String alias, String name, Map<String, UUID> properties) {
		return this.settings.documentTypes.add(Objects.requireNonNull(alias, "alias"),
				Objects.requireNonNull(name, "name"), Objects.requireNonNull(properties, "properties"));
	}

	/** The alias of the document type with this id, if there is one (created over HTTP or added). */
	public Optional<String> documentTypeAlias(UUID id) {
		return this.settings.documentTypes.find(id).map(DocumentTypeResources.DocumentType::alias);
	}

	/**
	 * Adds a data type without configuration at the root and returns its id; Umbraco's built-in data types
	 * ({@link DataTypeIds}) are there already.
	 */
	public UUID addDataType(String name, String editorAlias, String editorUiAlias) {
		return this.settings.dataTypes.add(Objects.requireNonNull(name, "name"),
				Objects.requireNonNull(editorAlias, "editorAlias"),
				Objects.requireNonNull(editorUiAlias, "editorUiAlias"));
	}

	/** The property editor alias of a data type (built-in, added or created over HTTP), if it exists. */
	public Optional<String> dataTypeEditorAlias(UUID id) {
		return this.settings.dataTypes.find(id).map(DataTypeResources.DataType::editorAlias);
	}

	/** Adds a template with Umbraco's default content and returns its id; the alias must be new. */
	public UUID addTemplate(String alias, String name) {
		return this.settings.templates.add(Objects.requireNonNull(alias, "alias"),
				Objects.requireNonNull(name, "name"));
	}

	/** The Razor content of a template, if it exists. */
	public Optional<String> templateContent(UUID id) {
		return this.settings.templates.find(id).map(TemplateResources.Template::content);
	}

	/**
	 * Adds a root dictionary item with translations by ISO code and returns its id; translations for languages the
	 * server does not have are dropped, as Umbraco drops them.
	 */
	public UUID addDictionaryItem(String name, Map<String, String> translations) {
		return this.settings.dictionary.add(Objects.requireNonNull(name, "name"),
				Map.copyOf(Objects.requireNonNull(translations, "translations")));
	}

	/** A dictionary item's translation for a language, if both exist. */
	public Optional<String> dictionaryTranslation(UUID id, String isoCode) {
		return this.settings.dictionary.find(id)
			.flatMap(item -> item.translations()
				.stream()
				.filter(translation -> translation.isoCode().equalsIgnoreCase(isoCode))
				.map(DictionaryResources.Translation::translation)
				.findFirst());
	}

	/**
	 * Adds a non-default, non-mandatory language; {@code isoCode} must name a known culture (see
	 * {@code GET /culture}). A fresh server has {@code en-US} as its default language.
	 */
	public void addLanguage(String isoCode, String name) {
		this.settings.languages.add(Objects.requireNonNull(isoCode, "isoCode"), Objects.requireNonNull(name, "name"));
	}

	/** The ISO codes of the server's languages, in the order they were added. */
	public List<String> languageIsoCodes() {
		return this.settings.languages.all().stream().map(LanguageResources.Language::isoCode).toList();
	}

	/** The ISO code of the default language. */
	public String defaultLanguageIsoCode() {
		return this.settings.languages.defaultLanguage().isoCode();
	}

	/** Adds a segment to {@code GET /segment}, which starts empty as on a site without a segment provider. */
	public void addSegment(String alias, String name) {
		this.settings.segments.add(Objects.requireNonNull(alias, "alias"), Objects.requireNonNull(name, "name"));
	}

	/**
	 * Adds a tag to {@code GET /tag} and returns its id.
	 * @param culture the ISO code of a culture-variant tag, or {@code null} for an invariant one
	 * @param nodeCount how many content items the tag is used by
	 */
	public UUID addTag(String text, String group, String culture, int nodeCount) {
		return this.settings.tags.add(Objects.requireNonNull(text, "text"), Objects.requireNonNull(group, "group"),
				culture, nodeCount);
	}

	/**
	 * Adds a relation of a built-in relation type ({@link RelationTypeIds}) and returns its id; names may be
	 * {@code null}.
	 */
	public UUID addRelation(UUID relationTypeId, UUID parentId, String parentName, UUID childId, String childName) {
		return this.settings.relations.add(Objects.requireNonNull(relationTypeId, "relationTypeId"),
				Objects.requireNonNull(parentId, "parentId"), parentName, Objects.requireNonNull(childId, "childId"),
				childName);
	}

	/**
	 * Adds a redirect, created now by the server's clock, as Umbraco records one when a published document moves.
	 * @param culture the ISO code of the variant that moved, or {@code null}
	 * @return the redirect's id
	 */
	public UUID addRedirect(UUID documentId, String originalUrl, String destinationUrl, String culture) {
		return this.settings.redirects.add(Objects.requireNonNull(documentId, "documentId"),
				Objects.requireNonNull(originalUrl, "originalUrl"),
				Objects.requireNonNull(destinationUrl, "destinationUrl"), culture);
	}

	/** Whether URL tracking is on, as {@code POST /redirect-management/status} last set it. */
	public boolean redirectTrackingEnabled() {
		return this.settings.redirects.enabled();
	}

	/**
	 * Puts the settings back as on a fresh site: the built-in data types, {@code en-US} as the only language, URL
	 * tracking on, and no document types, templates, dictionary items, segments, tags, relations or redirects.
	 */
	public void clearSettings() {
		this.settings.reset();
	}

	// server information, webhooks, health checks, indexes and searchers

	/**
	 * The Umbraco version {@code /server/information} reports ({@code 16.0.0} by default): a semantic version such
	 * as {@code 16.1.0} or {@code 16.2.0-rc}; the assembly version is its {@code major.minor.patch}.
	 */
	public void setVersion(String version) {
		this.server.setVersion(Objects.requireNonNull(version, "version"));
	}

	/**
	 * What {@code /server/upgrade-check} reports; by default {@code None} with an empty comment and URL, as an
	 * up-to-date site answers.
	 * @param type Umbraco's upgrade type, e.g. {@code None}, {@code Minor}, {@code Major}, {@code Critical}
	 * @param url where to read about it ({@code ?version=} is appended as Umbraco does), or empty
	 */
	public void setUpgradeCheck(String type, String comment, String url) {
		this.server.setUpgradeCheck(new ServerResources.UpgradeCheck(Objects.requireNonNull(type, "type"),
				Objects.requireNonNull(comment, "comment"), Objects.requireNonNull(url, "url")));
	}

	/** Puts the version and upgrade check back to their defaults. */
	public void resetServerInformation() {
		this.server.resetInformation();
	}

	/**
	 * Adds an enabled webhook for every content type, listening to the given event aliases (e.g.
	 * {@code Umbraco.ContentPublish}), and returns its id.
	 */
	public UUID addWebhook(String url, String... eventAliases) {
		Objects.requireNonNull(url, "url");
		if (eventAliases.length == 0) {
			throw new IllegalArgumentException("A webhook needs at least one event, as in Umbraco");
		}
		UUID id = UUID.randomUUID();
		this.webhooks.add(new WebhookStore.Webhook(id, null, null, url, true, List.of(eventAliases), List.of(),
				Map.of()));
		return id;
	}

	/** Webhooks the server holds. */
	public int webhookCount() {
		return this.webhooks.count();
	}

	/** Whether a webhook with this id exists. */
	public boolean hasWebhook(UUID id) {
		return this.webhooks.find(id).isPresent();
	}

	/**
	 * Records a delivery of {@code eventAlias} to a webhook, answered with {@code httpStatus}, as the webhook log
	 * ({@code /webhook/logs}) then shows it; the fake never calls webhooks itself.
	 * @return the log entry's key
	 * @throws IllegalArgumentException if the webhook does not exist
	 */
	public UUID addWebhookLog(UUID webhookId, String eventAlias, int httpStatus) {
		return this.webhooks.addDelivery(Objects.requireNonNull(webhookId, "webhookId"),
				Objects.requireNonNull(eventAlias, "eventAlias"), httpStatus, this.clock.instant());
	}

	/** Removes every webhook and webhook log entry. */
	public void clearWebhooks() {
		this.webhooks.clear();
	}

	/**
	 * Makes a health check (see {@link BuiltInHealthChecks}) report one result, e.g. {@code Error}, when its group
	 * is checked; a failing check offers its actions, and running one mends it.
	 * @param resultType {@code Success}, {@code Warning}, {@code Error} or {@code Info}
	 */
	public void setHealthCheckResult(UUID checkId, String resultType, String message) {
		this.healthChecks.setResult(Objects.requireNonNull(checkId, "checkId"),
				Objects.requireNonNull(resultType, "resultType"), Objects.requireNonNull(message, "message"));
	}

	/** Makes every health check pass again. */
	public void resetHealthChecks() {
		this.healthChecks.reset();
	}

	/**
	 * Adds an Examine index besides the built-in {@code ExternalIndex}, {@code InternalIndex} and
	 * {@code MembersIndex}; one that cannot be rebuilt answers a rebuild with 400, as Umbraco does for an index whose
	 * populator it cannot validate.
	 */
	public void addIndex(String indexName, boolean canRebuild) {
		this.examine.addIndex(Objects.requireNonNull(indexName, "indexName"), canRebuild);
	}

	/**
	 * Puts a document in an index (replacing one with the same id), so {@code /indexer} counts it and
	 * {@code /searcher/{name}/query} finds it, e.g. {@code addIndexDocument("ExternalIndex", "1057",
	 * Map.of("nodeName", "Home", "__NodeTypeAlias", "home"))}.
	 */
	public void addIndexDocument(String indexName, String id, Map<String, String> fields) {
		this.examine.addDocument(Objects.requireNonNull(indexName, "indexName"), Objects.requireNonNull(id, "id"),
				Objects.requireNonNull(fields, "fields"));
	}

	/** Documents in an index. */
	public int indexDocumentCount(String indexName) {
		return this.examine.documentCount(Objects.requireNonNull(indexName, "indexName"));
	}

	/** Rebuilds of an index accepted through {@code POST /indexer/{indexName}/rebuild}. */
	public int indexRebuilds(String indexName) {
		return this.examine.rebuilds(Objects.requireNonNull(indexName, "indexName"));
	}

	/**
	 * Holds an index in the middle of a rebuild (health {@code Rebuilding}, no counts, and a further rebuild
	 * answers 409), or ends that state.
	 */
	public void setIndexRebuilding(String indexName, boolean rebuilding) {
		this.examine.setRebuilding(Objects.requireNonNull(indexName, "indexName"), rebuilding);
	}

	/**
	 * Registers a searcher, listed by {@code /searcher} and queried by name, over the given indexes (all when none
	 * are named). A default Umbraco site registers none: its indexes are queried by their own names.
	 */
	public void addSearcher(String name, String... indexNames) {
		this.examine.addSearcher(Objects.requireNonNull(name, "name"), List.of(indexNames));
	}

	/** Puts Examine back as on a fresh site: the three built-in indexes, empty, and no registered searcher. */
	public void resetExamine() {
		this.examine.reset();
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

	/**
	 * The next {@code count} token requests answer {@code status} with a ProblemDetails body instead of a token or an
	 * OAuth error, as an Umbraco whose token endpoint crashed (500) or a proxy in front of it (502, 503) would.
	 */
	public void failTokenRequestsNext(int count, int status) {
		this.faults.failTokenNext(count, Dispatcher.checkFailureStatus(status));
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
