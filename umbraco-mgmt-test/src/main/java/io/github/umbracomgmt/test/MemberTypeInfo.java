package io.github.umbracomgmt.test;

import java.util.List;
import java.util.UUID;

/**
 * A member type as the fake holds it at the moment it was read, for tests to assert on
 * what clients created or changed.
 *
 * @param id the member type's id
 * @param alias the alias, e.g. {@code Member}
 * @param name the display name
 * @param icon the icon, e.g. {@code icon-user}
 * @param propertyAliases the aliases of its own properties, in the order they were
 * defined
 */
public record MemberTypeInfo(UUID id, String alias, String name, String icon, List<String> propertyAliases) {

	/** Copies the list, so the record stays a snapshot. */
	public MemberTypeInfo {
		propertyAliases = List.copyOf(propertyAliases);
	}
}
