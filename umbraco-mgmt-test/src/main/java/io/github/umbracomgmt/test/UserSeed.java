package io.github.umbracomgmt.test;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A back-office user held by the fake server, from which it writes both
 * {@code UserResponseModel} and (for the API user) {@code CurrentUserResponseModel}.
 *
 * <p>
 * Mutable so a test can shape the data it needs
 * ({@code server.currentUser().setAdmin(true)}); the server reads it on every request, so
 * changes show up at once. Fields are volatile and collections are copied on the way in
 * and out, so a test thread may change a seed while the server's threads read it.
 * {@link #setKind(String) kind} and {@link #setState(String) state} are plain strings so
 * a test can also send values a newer Umbraco might add.
 *
 * <p>
 * Setters return {@code this} so a seed can be built in one expression.
 */
public final class UserSeed {

	/** Kind of the API user that client credentials belong to. */
	public static final String KIND_API = "Api";

	/** Kind of an ordinary back-office user. */
	public static final String KIND_DEFAULT = "Default";

	/**
	 * State of a user that may work; the only state in which an API user's credentials
	 * are honoured.
	 */
	public static final String STATE_ACTIVE = "Active";

	/**
	 * State of a disabled user: Umbraco stops honouring its client credentials and
	 * tokens.
	 */
	public static final String STATE_DISABLED = "Disabled";

	/**
	 * State of a locked-out user: treated like {@link #STATE_DISABLED} for credentials.
	 */
	public static final String STATE_LOCKED_OUT = "LockedOut";

	private volatile UUID id;

	private volatile String name;

	private volatile String email;

	private volatile String userName;

	private volatile String kind;

	private volatile String state = STATE_ACTIVE;

	private volatile boolean admin;

	private volatile String languageIsoCode = "en-US";

	private volatile Set<UUID> userGroupIds = Set.of();

	private volatile Set<UUID> documentStartNodeIds = Set.of();

	private volatile Set<UUID> mediaStartNodeIds = Set.of();

	private volatile boolean documentRootAccess = true;

	private volatile boolean mediaRootAccess = true;

	private volatile Set<UUID> elementStartNodeIds = Set.of();

	private volatile boolean elementRootAccess = true;

	private volatile List<String> avatarUrls = List.of();

	private volatile List<String> languages = List.of();

	private volatile boolean accessToAllLanguages = true;

	private volatile boolean accessToSensitiveData;

	private volatile Set<String> fallbackPermissions = Set.of();

	private volatile Set<String> allowedSections = Set.of();

	private volatile int failedLoginAttempts;

	private volatile Instant createDate;

	private volatile Instant updateDate;

	private volatile Instant lastLoginDate;

	private volatile Instant lastLockoutDate;

	private volatile Instant lastPasswordChangeDate;

	/**
	 * Creates an active user of the given kind with a random id; {@code userName} starts
	 * equal to {@code email} because Umbraco's default is "username is email".
	 * @param name display name
	 * @param email email, also the user name
	 * @param kind {@link #KIND_DEFAULT} or {@link #KIND_API}
	 * @param created create and update date
	 */
	public UserSeed(String name, String email, String kind, Instant created) {
		this.id = UUID.randomUUID();
		this.name = Objects.requireNonNull(name, "name");
		this.email = Objects.requireNonNull(email, "email");
		this.userName = email;
		this.kind = Objects.requireNonNull(kind, "kind");
		this.createDate = Objects.requireNonNull(created, "created");
		this.updateDate = created;
	}

	/**
	 * The API user a fresh server starts with: a member of the built-in editors group, so
	 * the data looks like what a real API user receives, without admin rights.
	 */
	static UserSeed defaultApiUser(Instant created) {
		return new UserSeed("Demo API User", "api@example.com", KIND_API, created)
			.setUserGroupIds(Set.of(UserGroupIds.EDITOR))
			.setAllowedSections(List.of("Umb.Section.Content", "Umb.Section.Media"))
			.setFallbackPermissions(List.of("Umb.Document.Read", "Umb.Document.Create", "Umb.Document.Update",
					"Umb.Document.Delete", "Umb.Document.Publish"));
	}

	/** The id, a UUID as every Umbraco entity key. */
	public UUID getId() {
		return this.id;
	}

	/** Sets the id, e.g. to match an id fixed in a test fixture. */
	public UserSeed setId(UUID id) {
		this.id = Objects.requireNonNull(id, "id");
		return this;
	}

	/** The display name. */
	public String getName() {
		return this.name;
	}

	/** Sets the display name. */
	public UserSeed setName(String name) {
		this.name = Objects.requireNonNull(name, "name");
		return this;
	}

	/** The email address. */
	public String getEmail() {
		return this.email;
	}

	/** Sets the email address; the user name is left alone. */
	public UserSeed setEmail(String email) {
		this.email = Objects.requireNonNull(email, "email");
		return this;
	}

	/** The login name. */
	public String getUserName() {
		return this.userName;
	}

	/** Sets the login name. */
	public UserSeed setUserName(String userName) {
		this.userName = Objects.requireNonNull(userName, "userName");
		return this;
	}

	/** {@code "Api"} or {@code "Default"} ({@code UserKindModel}). */
	public String getKind() {
		return this.kind;
	}

	/** Sets the kind; any string, so unknown future values can be tested. */
	public UserSeed setKind(String kind) {
		this.kind = Objects.requireNonNull(kind, "kind");
		return this;
	}

	/** The state ({@code UserStateModel}), {@code "Active"} by default. */
	public String getState() {
		return this.state;
	}

	/**
	 * Sets the state. For an API user, {@link #STATE_DISABLED} or
	 * {@link #STATE_LOCKED_OUT} makes the server reject its client credentials and every
	 * token issued for them, as Umbraco does; other API users' are not affected.
	 */
	public UserSeed setState(String state) {
		this.state = Objects.requireNonNull(state, "state");
		return this;
	}

	/** Whether the user belongs to the administrators group. */
	public boolean isAdmin() {
		return this.admin;
	}

	/** Sets whether the user is an administrator. */
	public UserSeed setAdmin(boolean admin) {
		this.admin = admin;
		return this;
	}

	/** The UI culture, {@code "en-US"} by default; may be {@code null}. */
	public String getLanguageIsoCode() {
		return this.languageIsoCode;
	}

	/** Sets the UI culture; {@code null} is allowed as in the OpenAPI model. */
	public UserSeed setLanguageIsoCode(String languageIsoCode) {
		this.languageIsoCode = languageIsoCode;
		return this;
	}

	/** Ids of the user's groups. */
	public Set<UUID> getUserGroupIds() {
		return this.userGroupIds;
	}

	/** Sets the ids of the user's groups (order kept). */
	public UserSeed setUserGroupIds(Collection<UUID> ids) {
		this.userGroupIds = copy(ids);
		return this;
	}

	/** Document start nodes. */
	public Set<UUID> getDocumentStartNodeIds() {
		return this.documentStartNodeIds;
	}

	/** Sets the document start nodes. */
	public UserSeed setDocumentStartNodeIds(Collection<UUID> ids) {
		this.documentStartNodeIds = copy(ids);
		return this;
	}

	/** Media start nodes. */
	public Set<UUID> getMediaStartNodeIds() {
		return this.mediaStartNodeIds;
	}

	/** Sets the media start nodes. */
	public UserSeed setMediaStartNodeIds(Collection<UUID> ids) {
		this.mediaStartNodeIds = copy(ids);
		return this;
	}

	/** Whether the user may reach the content root. */
	public boolean hasDocumentRootAccess() {
		return this.documentRootAccess;
	}

	/** Sets content root access. */
	public UserSeed setDocumentRootAccess(boolean access) {
		this.documentRootAccess = access;
		return this;
	}

	/** Whether the user may reach the media root. */
	public boolean hasMediaRootAccess() {
		return this.mediaRootAccess;
	}

	/** Sets media root access. */
	public UserSeed setMediaRootAccess(boolean access) {
		this.mediaRootAccess = access;
		return this;
	}

	/** Element library start folders (Umbraco 18). */
	public Set<UUID> getElementStartNodeIds() {
		return this.elementStartNodeIds;
	}

	/** Sets the element library start folders (Umbraco 18). */
	public UserSeed setElementStartNodeIds(Collection<UUID> ids) {
		this.elementStartNodeIds = copy(ids);
		return this;
	}

	/** Whether the user may reach the element library's root (Umbraco 18). */
	public boolean hasElementRootAccess() {
		return this.elementRootAccess;
	}

	/** Sets element library root access (Umbraco 18). */
	public UserSeed setElementRootAccess(boolean access) {
		this.elementRootAccess = access;
		return this;
	}

	/** Avatar URLs, empty by default. */
	public List<String> getAvatarUrls() {
		return this.avatarUrls;
	}

	/** Sets the avatar URLs. */
	public UserSeed setAvatarUrls(List<String> urls) {
		this.avatarUrls = List.copyOf(urls);
		return this;
	}

	/** Languages the user may edit when not allowed all of them. */
	public List<String> getLanguages() {
		return this.languages;
	}

	/** Sets the languages. */
	public UserSeed setLanguages(List<String> languages) {
		this.languages = List.copyOf(languages);
		return this;
	}

	/** Whether the user may edit every language, {@code true} by default. */
	public boolean hasAccessToAllLanguages() {
		return this.accessToAllLanguages;
	}

	/** Sets access to all languages. */
	public UserSeed setAccessToAllLanguages(boolean access) {
		this.accessToAllLanguages = access;
		return this;
	}

	/** Whether the user may see sensitive member data. */
	public boolean hasAccessToSensitiveData() {
		return this.accessToSensitiveData;
	}

	/** Sets access to sensitive data. */
	public UserSeed setAccessToSensitiveData(boolean access) {
		this.accessToSensitiveData = access;
		return this;
	}

	/**
	 * Permission verbs applied where no node-specific permission exists, e.g.
	 * {@code Umb.Document.Read}.
	 */
	public Set<String> getFallbackPermissions() {
		return this.fallbackPermissions;
	}

	/** Sets the fallback permission verbs (order kept). */
	public UserSeed setFallbackPermissions(Collection<String> permissions) {
		this.fallbackPermissions = copy(permissions);
		return this;
	}

	/** Back-office sections, e.g. {@code Umb.Section.Content}. */
	public Set<String> getAllowedSections() {
		return this.allowedSections;
	}

	/** Sets the allowed sections (order kept). */
	public UserSeed setAllowedSections(Collection<String> sections) {
		this.allowedSections = copy(sections);
		return this;
	}

	/** Failed login attempts. */
	public int getFailedLoginAttempts() {
		return this.failedLoginAttempts;
	}

	/** Sets failed login attempts. */
	public UserSeed setFailedLoginAttempts(int attempts) {
		this.failedLoginAttempts = attempts;
		return this;
	}

	/** When the user was created. */
	public Instant getCreateDate() {
		return this.createDate;
	}

	/** Sets when the user was created. */
	public UserSeed setCreateDate(Instant date) {
		this.createDate = Objects.requireNonNull(date, "date");
		return this;
	}

	/** When the user was last changed. */
	public Instant getUpdateDate() {
		return this.updateDate;
	}

	/** Sets when the user was last changed. */
	public UserSeed setUpdateDate(Instant date) {
		this.updateDate = Objects.requireNonNull(date, "date");
		return this;
	}

	/** Last login, or {@code null}: API users never log in. */
	public Instant getLastLoginDate() {
		return this.lastLoginDate;
	}

	/** Sets the last login; {@code null} allowed. */
	public UserSeed setLastLoginDate(Instant date) {
		this.lastLoginDate = date;
		return this;
	}

	/** Last lockout, or {@code null}. */
	public Instant getLastLockoutDate() {
		return this.lastLockoutDate;
	}

	/** Sets the last lockout; {@code null} allowed. */
	public UserSeed setLastLockoutDate(Instant date) {
		this.lastLockoutDate = date;
		return this;
	}

	/** Last password change, or {@code null}. */
	public Instant getLastPasswordChangeDate() {
		return this.lastPasswordChangeDate;
	}

	/** Sets the last password change; {@code null} allowed. */
	public UserSeed setLastPasswordChangeDate(Instant date) {
		this.lastPasswordChangeDate = date;
		return this;
	}

	/** Whether Umbraco would still honour this user's credentials and tokens. */
	boolean canAuthenticate() {
		String current = this.state;
		return !STATE_DISABLED.equals(current) && !STATE_LOCKED_OUT.equals(current);
	}

	private static <T> Set<T> copy(Collection<T> values) {
		return Collections.unmodifiableSet(new LinkedHashSet<>(values));
	}

	@Override
	public String toString() {
		return "UserSeed[id=" + this.id + ", name=" + this.name + ", kind=" + this.kind + ", state=" + this.state + "]";
	}

}
