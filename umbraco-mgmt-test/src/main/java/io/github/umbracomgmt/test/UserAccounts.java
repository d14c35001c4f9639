package io.github.umbracomgmt.test;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Umbraco's user service as far as the fake needs it: who a request acts as, and the user
 * changes that must keep users, user groups, client credentials and tokens consistent (a
 * disabled or deleted API user's credentials stop working and its tokens are revoked, as
 * Umbraco's {@code RevokeUserAuthenticationTokensNotificationHandler} does).
 *
 * <p>
 * Checks and changes run under one lock, so two concurrent creates cannot both take the
 * same user name.
 */
final class UserAccounts {

	private static final Pattern ISO_CODE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

	private final UserStore users;

	private final UserGroupStore groups;

	private final ClientRegistry clients;

	private final TokenStore tokens;

	private final Clock clock;

	private final Object lock = new Object();

	UserAccounts(UserStore users, UserGroupStore groups, ClientRegistry clients, TokenStore tokens, Clock clock) {
		this.users = users;
		this.groups = groups;
		this.clients = clients;
		this.tokens = tokens;
		this.clock = clock;
	}

	UserStore users() {
		return this.users;
	}

	UserGroupStore groups() {
		return this.groups;
	}

	ClientRegistry clients() {
		return this.clients;
	}

	/**
	 * The user a request acts as: the API user owning the client its bearer token was
	 * issued to. A token whose owner was deleted or can no longer sign in gets the
	 * {@code 401} Umbraco gives a token it no longer honours.
	 */
	UserSeed acting(ApiRequest request) {
		String authorization = request.header("Authorization").orElse("");
		if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return this.users.current();
		}
		return tokenOwner(authorization.substring(7).trim()).filter(UserSeed::canAuthenticate)
			.orElseThrow(() -> new ResponseException(Dispatcher.invalidToken()));
	}

	/**
	 * The user a token acts as: the owner of the client it was issued to, which for a
	 * client registered without an owner is the server's API user (as it is for a token
	 * of no known client). Empty when that owner was deleted.
	 */
	Optional<UserSeed> tokenOwner(String token) {
		Optional<UUID> owner = this.tokens.clientId(token).flatMap(this.clients::owner);
		return owner.isPresent() ? this.users.find(owner.get()) : Optional.of(this.users.current());
	}

	/**
	 * Whether a client's owner may sign in, so the token endpoint issues tokens for it:
	 * each client is judged by its own user, never by another API user's state.
	 */
	boolean clientCanAuthenticate(String clientId) {
		return this.clients.owner(clientId).flatMap(this.users::find).filter(UserSeed::canAuthenticate).isPresent();
	}

	/**
	 * Whether the client credentials of this owner still count: Umbraco only finds the
	 * user behind a client while it exists, is of kind {@code Api} and is approved.
	 */
	boolean canUseCredentials(UUID owner) {
		return this.users.find(owner)
			.filter(user -> UserSeed.KIND_API.equals(user.getKind()) && user.canAuthenticate())
			.isPresent();
	}

	/**
	 * Removes every user except the API user, with their client credentials and tokens.
	 */
	void clearOthers() {
		synchronized (this.lock) {
			UUID apiUser = this.users.current().getId();
			for (UserSeed user : this.users.all()) {
				if (!user.getId().equals(apiUser)) {
					this.clients.removeOwnedBy(user.getId()).forEach(this.tokens::revokeClient);
				}
			}
			this.users.clearOthers();
		}
	}

	/** Puts the built-in user groups back and takes removed groups off every user. */
	void resetGroups() {
		synchronized (this.lock) {
			this.groups.reset();
			for (UserSeed user : this.users.all()) {
				if (!user.getUserGroupIds().stream().allMatch(this.groups::exists)) {
					setGroups(user, user.getUserGroupIds());
				}
			}
		}
	}

	/**
	 * What a create or update asks for, as read from
	 * {@code CreateUserRequestModel}/{@code UpdateUserRequestModel}.
	 */
	record Fields(String email, String userName, String name, Set<UUID> userGroupIds) {
	}

	/** Creates a user after Umbraco's checks; {@code id} {@code null} picks one. */
	UserSeed create(UUID id, String kind, Fields fields) {
		synchronized (this.lock) {
			if (id != null && this.users.find(id).isPresent()) {
				throw Replies.fail(409, "Duplicate id", "A user with the id " + id + " already exists.", "DuplicateId");
			}
			validate(null, fields);
			UserSeed user = new UserSeed(fields.name(), fields.email(), kind, this.clock.instant())
				.setUserName(fields.userName())
				// An API user never logs in; a new back-office user shows as inactive
				// until its first login.
				.setState(UserSeed.KIND_API.equals(kind) ? UserSeed.STATE_ACTIVE : "Inactive");
			if (id != null) {
				user.setId(id);
			}
			applyGroups(user, fields.userGroupIds());
			this.users.add(user);
			return user;
		}
	}

	/**
	 * Updates the fields both the create and update models hold, after the same checks.
	 */
	void update(UserSeed user, Fields fields, String languageIsoCode) {
		synchronized (this.lock) {
			validate(user.getId(), fields);
			if (!ISO_CODE.matcher(languageIsoCode).matches()) {
				throw Replies.fail(400, "Invalid ISO code", "The specified ISO code is invalid.", "InvalidIsoCode");
			}
			user.setEmail(fields.email())
				.setUserName(fields.userName())
				.setName(fields.name())
				.setLanguageIsoCode(languageIsoCode);
			applyGroups(user, fields.userGroupIds());
			user.setUpdateDate(this.clock.instant());
		}
	}

	/** Replaces a user's groups, recomputing what Umbraco derives from them. */
	void setGroups(UserSeed user, Collection<UUID> groupIds) {
		synchronized (this.lock) {
			applyGroups(user, groupIds.stream().filter(this.groups::exists).toList());
			user.setUpdateDate(this.clock.instant());
		}
	}

	/** The user, or the {@code 404 UserNotFound} Umbraco sends. */
	UserSeed require(UUID id) {
		return this.users.find(id).orElseThrow(() -> notFound());
	}

	/**
	 * Deletes users after checking all of them, so a refused id leaves every user in
	 * place; their client credentials go with them and their tokens are revoked.
	 */
	void delete(Collection<UUID> ids, UserSeed actingUser, int notFoundStatus) {
		synchronized (this.lock) {
			for (UUID id : ids) {
				if (this.users.find(id).isEmpty()) {
					throw Replies.fail(notFoundStatus, "The user was not found", "The specified user was not found.",
							"UserNotFound");
				}
				if (id.equals(actingUser.getId())) {
					throw Replies.fail(400, "Cannot delete", "A user cannot delete itself.", "CannotDeleteSelf");
				}
				if (id.equals(this.users.current().getId())) {
					throw Replies.fail(400, "Cannot delete user",
							"The test server's own API user cannot be deleted; replace it with setCurrentUser instead.",
							"CannotDelete");
				}
			}
			for (UUID id : ids) {
				this.users.remove(id);
				this.clients.removeOwnedBy(id).forEach(this.tokens::revokeClient);
			}
		}
	}

	/**
	 * Disables users (not the acting one), revoking the tokens of their client
	 * credentials as Umbraco does.
	 */
	void disable(Collection<UUID> ids, UserSeed actingUser) {
		synchronized (this.lock) {
			List<UserSeed> targets = ids.stream().map(this::require).toList();
			if (targets.stream().anyMatch(user -> user.getId().equals(actingUser.getId()))) {
				throw Replies.fail(400, "Cannot disable", "A user cannot disable itself.", "CannotDisableSelf");
			}
			for (UserSeed user : targets) {
				disable(user);
			}
		}
	}

	/** Disables one user with no check, for tests. */
	void disable(UserSeed user) {
		synchronized (this.lock) {
			user.setState(UserSeed.STATE_DISABLED).setUpdateDate(this.clock.instant());
			this.clients.clientIds(user.getId()).forEach(this.tokens::revokeClient);
		}
	}

	/**
	 * Enables users; tokens revoked while they were disabled stay revoked, so their
	 * clients fetch new ones.
	 */
	void enable(Collection<UUID> ids) {
		synchronized (this.lock) {
			List<UserSeed> targets = ids.stream().map(this::require).toList();
			targets.forEach(user -> user.setState(UserSeed.STATE_ACTIVE).setUpdateDate(this.clock.instant()));
		}
	}

	/** Unlocks locked-out users and clears their failed attempts. */
	void unlock(Collection<UUID> ids) {
		synchronized (this.lock) {
			List<UserSeed> targets = ids.stream()
				.map(id -> this.users.find(id)
					.orElseThrow(() -> Replies.fail(400, "The user was not found", "The specified user was not found.",
							"UserNotFound")))
				.toList();
			for (UserSeed user : targets) {
				if (UserSeed.STATE_LOCKED_OUT.equals(user.getState())) {
					user.setState(UserSeed.STATE_ACTIVE);
				}
				user.setFailedLoginAttempts(0).setLastLockoutDate(null).setUpdateDate(this.clock.instant());
			}
		}
	}

	/**
	 * What adding client credentials to a user came to, with Umbraco's operation status
	 * names.
	 */
	enum CredentialsOutcome {

		SUCCESS, INVALID_CLIENT_ID, DUPLICATE_CLIENT_ID, INVALID_USER

	}

	/**
	 * Adds client credentials to an API user in Umbraco's order of checks: the client
	 * id's form, then whether it is taken, then whether the user exists and is of kind
	 * {@code Api}.
	 * @param clientId the id, with or without the {@code umbraco-back-office-} prefix
	 * (added when missing)
	 */
	CredentialsOutcome addCredentials(UUID userId, String clientId, String clientSecret) {
		String fullId = withPrefix(clientId);
		synchronized (this.lock) {
			if (!ClientRegistry.isValidClientId(fullId)) {
				return CredentialsOutcome.INVALID_CLIENT_ID;
			}
			if (this.clients.owner(fullId).isPresent()) {
				return CredentialsOutcome.DUPLICATE_CLIENT_ID;
			}
			Optional<UserSeed> user = this.users.find(userId);
			if (user.isEmpty() || !UserSeed.KIND_API.equals(user.get().getKind())) {
				return CredentialsOutcome.INVALID_USER;
			}
			return this.clients.add(fullId, clientSecret, userId) ? CredentialsOutcome.SUCCESS
					: CredentialsOutcome.DUPLICATE_CLIENT_ID;
		}
	}

	/**
	 * Removes a user's client credentials and revokes the tokens issued for them; unknown
	 * ids are ignored.
	 */
	void removeCredentials(UUID userId, String clientId) {
		String fullId = withPrefix(clientId);
		synchronized (this.lock) {
			if (this.clients.remove(fullId, userId)) {
				this.tokens.revokeClient(fullId);
			}
		}
	}

	/** The client ids a user's credentials use. */
	List<String> credentials(UUID userId) {
		return this.clients.clientIds(userId);
	}

	/**
	 * Umbraco's {@code EnsureStartsWith}: the prefix is added when the caller left it
	 * out.
	 */
	static String withPrefix(String clientId) {
		return clientId.startsWith(ClientRegistry.PREFIX) ? clientId : ClientRegistry.PREFIX + clientId;
	}

	static ResponseException notFound() {
		return Replies.fail(404, "The user was not found", "The specified user was not found.", "UserNotFound");
	}

	/**
	 * Umbraco's checks, in its order, with the default {@code UsernameIsEmail} setting.
	 */
	private void validate(UUID self, Fields fields) {
		if (!fields.email().contains("@")) {
			throw Replies.fail(400, "Invalid email", "The email is invalid", "InvalidEmail");
		}
		if (!fields.userName().equals(fields.email())) {
			throw Replies.fail(400, "Invalid Username", "The username must be the same as the email.",
					"UserNameIsNotEmail");
		}
		if (this.users.userNameTaken(fields.userName(), self)) {
			throw Replies.fail(400, "Duplicate Username", "The username is already in use.", "DuplicateUserName");
		}
		if (this.users.emailTaken(fields.email(), self)) {
			throw Replies.fail(400, "Duplicate Email", "The email is already in use.", "DuplicateEmail");
		}
		if (fields.userGroupIds().isEmpty()) {
			throw Replies.fail(400, "No User Group Specified", "A user group must be specified to create a user",
					"NoUserGroup");
		}
		if (!fields.userGroupIds().stream().allMatch(this.groups::exists)) {
			throw Replies.fail(404, "Missing User Group", "The specified user group was not found.",
					"MissingUserGroup");
		}
	}

	/**
	 * What Umbraco derives from group membership: admin flag, sections, fallback verbs
	 * and sensitive data access.
	 */
	private void applyGroups(UserSeed user, Collection<UUID> groupIds) {
		user.setUserGroupIds(groupIds)
			.setAdmin(groupIds.contains(UserGroupIds.ADMIN))
			.setAccessToSensitiveData(groupIds.contains(UserGroupIds.SENSITIVE_DATA))
			.setAllowedSections(this.groups.sections(groupIds))
			.setFallbackPermissions(this.groups.fallbackPermissions(groupIds));
	}

}
