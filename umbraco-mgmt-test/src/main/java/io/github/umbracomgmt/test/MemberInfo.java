package io.github.umbracomgmt.test;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A member as the fake holds it at the moment it was read, for tests to assert on what
 * clients created or changed. The password is never kept, so it is not here either.
 *
 * @param id the member's id
 * @param email the email
 * @param username the login name
 * @param name the display name (the invariant variant's name)
 * @param memberTypeId the id of its member type
 * @param groupIds the ids of the member groups it belongs to
 * @param approved whether it may log in
 * @param lockedOut whether it is locked out
 * @param values invariant property values by alias, as plain Java values ({@code String},
 * {@code Number}, {@code Boolean}, {@code List}, {@code Map} or {@code null}); may hold
 * {@code null} values
 * @param createDate when it was created
 * @param updateDate when it was last changed
 */
public record MemberInfo(UUID id, String email, String username, String name, UUID memberTypeId, Set<UUID> groupIds,
		boolean approved, boolean lockedOut, Map<String, Object> values, Instant createDate, Instant updateDate) {

	/** Copies the collections, so the record stays a snapshot. */
	public MemberInfo {
		groupIds = Set.copyOf(groupIds);
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}
}
