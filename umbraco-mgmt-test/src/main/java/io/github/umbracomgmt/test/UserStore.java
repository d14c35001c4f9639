package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The users the fake knows: the API user behind the client credentials, always listed
 * first, then other users in the order they were added, so paging is stable from one
 * request to the next.
 */
final class UserStore {

	private final Map<UUID, UserSeed> others = new LinkedHashMap<>();

	private UserSeed current;

	UserStore(UserSeed current) {
		this.current = Objects.requireNonNull(current, "current");
	}

	synchronized UserSeed current() {
		return this.current;
	}

	synchronized void replaceCurrent(UserSeed user) {
		Objects.requireNonNull(user, "user");
		this.others.remove(user.getId());
		this.current = user;
	}

	synchronized void add(UserSeed user) {
		if (user.getId().equals(this.current.getId())) {
			throw new IllegalArgumentException("User " + user.getId() + " is the current API user already");
		}
		this.others.put(user.getId(), user);
	}

	/**
	 * Looks up by the seed's id at call time, since a test may change an id after adding
	 * the seed.
	 */
	synchronized Optional<UserSeed> find(UUID id) {
		return all().stream().filter(user -> user.getId().equals(id)).findFirst();
	}

	synchronized List<UserSeed> all() {
		List<UserSeed> all = new ArrayList<>(this.others.size() + 1);
		all.add(this.current);
		all.addAll(this.others.values());
		return all;
	}

	synchronized void clearOthers() {
		this.others.clear();
	}

	/**
	 * Removes a user other than the API user.
	 * @return whether a user was removed
	 */
	synchronized boolean remove(UUID id) {
		return this.others.values().removeIf(user -> user.getId().equals(id));
	}

	/**
	 * Whether a user other than {@code except} already has this user name, compared as
	 * Umbraco does (ignoring case).
	 */
	synchronized boolean userNameTaken(String userName, UUID except) {
		return all().stream()
			.anyMatch(user -> !user.getId().equals(except) && user.getUserName().equalsIgnoreCase(userName));
	}

	/** Whether a user other than {@code except} already has this email, ignoring case. */
	synchronized boolean emailTaken(String email, UUID except) {
		return all().stream().anyMatch(user -> !user.getId().equals(except) && user.getEmail().equalsIgnoreCase(email));
	}

}
