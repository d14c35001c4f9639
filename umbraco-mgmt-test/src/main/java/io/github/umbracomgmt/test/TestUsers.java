package io.github.umbracomgmt.test;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The users of an {@link UmbracoTestServer}: the API user behind the client credentials,
 * other users, their client credentials, and user groups, e.g.
 * {@code umbraco.users().add("Grace Hopper", "grace@example.com")}.
 *
 * <p>
 * What the methods add is what clients then see over HTTP; what they read is what clients
 * left.
 */
public final class TestUsers {

	private final UserStore users;

	private final UserAccounts accounts;

	private final Clock clock;

	TestUsers(UserStore users, UserAccounts accounts, Clock clock) {
		this.users = users;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The API user behind the client credentials; changes to it show in the next
	 * response.
	 */
	public UserSeed current() {
		return this.users.current();
	}

	/**
	 * Renames the API user and sets its email (and user name, since Umbraco's user name
	 * is the email).
	 */
	public void setCurrent(String name, String email) {
		this.users.current().setName(name).setEmail(email).setUserName(email).setUpdateDate(this.clock.instant());
	}

	/** Replaces the API user entirely, e.g. with one whose id a fixture fixes. */
	public void setCurrent(UserSeed user) {
		this.users.replaceCurrent(user);
	}

	/** Adds an active user of kind {@code Default} and returns its id. */
	public UUID add(String name, String email) {
		return add(new UserSeed(name, email, UserSeed.KIND_DEFAULT, this.clock.instant()));
	}

	/** Adds a user shaped by the test and returns its id. */
	public UUID add(UserSeed user) {
		this.users.add(Objects.requireNonNull(user, "user"));
		return user.getId();
	}

	/** A user by id (the API user included), to change it after adding. */
	public Optional<UserSeed> find(UUID id) {
		return this.users.find(id);
	}

	/**
	 * Removes every user except the API user, with the client credentials of the removed
	 * API users.
	 */
	public void clear() {
		this.accounts.clearOthers();
	}

	/**
	 * Adds an active API user (kind {@code Api}) in the built-in editors group and
	 * returns its id; give it credentials with
	 * {@link #addClientCredentials(UUID, String, String)}.
	 */
	public UUID addApiUser(String name, String email) {
		UserSeed user = new UserSeed(Objects.requireNonNull(name, "name"), Objects.requireNonNull(email, "email"),
				UserSeed.KIND_API, this.clock.instant());
		this.accounts.setGroups(user, List.of(UserGroupIds.EDITOR));
		return add(user);
	}

	/**
	 * Gives an API user client credentials as {@code POST /user/{id}/client-credentials}
	 * does: the token endpoint accepts them, their tokens act as that user, and disabling
	 * or deleting the user ends both.
	 * @param clientId the client id, with or without the {@code umbraco-back-office-}
	 * prefix (added when missing)
	 * @throws IllegalArgumentException when Umbraco would refuse them: an invalid or
	 * taken client id, an empty secret, or a user that is not an API user
	 */
	public void addClientCredentials(UUID userId, String clientId, String clientSecret) {
		UserAccounts.CredentialsOutcome outcome = this.accounts.addCredentials(Objects.requireNonNull(userId, "userId"),
				Objects.requireNonNull(clientId, "clientId"), Objects.requireNonNull(clientSecret, "clientSecret"));
		if (outcome != UserAccounts.CredentialsOutcome.SUCCESS) {
			throw new IllegalArgumentException(
					"Umbraco refuses client id '" + clientId + "' for user " + userId + ": " + outcome);
		}
	}

	/**
	 * The client ids of a user's credentials; for the API user, those registered without
	 * an owner too.
	 */
	public List<String> clientCredentials(UUID userId) {
		return this.accounts.credentials(Objects.requireNonNull(userId, "userId"));
	}

	/**
	 * Disables a user as {@code POST /user/disable} does: its client credentials stop
	 * working and the tokens issued for them are revoked (they stay revoked if the user
	 * is enabled again).
	 * @throws IllegalArgumentException when no user has this id
	 */
	public void disable(UUID id) {
		this.accounts.disable(this.users.find(Objects.requireNonNull(id, "id"))
			.orElseThrow(() -> new IllegalArgumentException("No user has the id " + id)));
	}

	/**
	 * Adds a user group with no sections or permissions and returns its id.
	 * @throws IllegalArgumentException when another group has this alias
	 */
	public UUID addGroup(String alias, String name) {
		UUID id = UUID.randomUUID();
		try {
			this.accounts.groups()
				.save(UserGroupStore.plain(id, Objects.requireNonNull(alias, "alias"),
						Objects.requireNonNull(name, "name")), true);
		}
		catch (ResponseException ex) {
			throw ex.refusal();
		}
		return id;
	}

	/** A user group by id, built-ins ({@link UserGroupIds}) included. */
	public Optional<UserGroupInfo> group(UUID id) {
		return this.accounts.groups().find(id).map(UserGroupStore.UserGroup::info);
	}

	/**
	 * Back to Umbraco's five built-in user groups; users lose the groups that are gone.
	 */
	public void clearGroups() {
		this.accounts.resetGroups();
	}

}
