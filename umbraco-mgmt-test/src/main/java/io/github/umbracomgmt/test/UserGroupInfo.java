package io.github.umbracomgmt.test;

import java.util.List;
import java.util.UUID;

/**
 * A user group as the fake holds it at the moment it was read, for tests to assert on
 * what clients created or changed.
 *
 * @param id the group's id
 * @param alias the alias, e.g. {@code editor}
 * @param name the display name
 * @param icon the icon, or {@code null}
 * @param sections the back-office sections it opens, e.g. {@code Umb.Section.Content}
 * @param fallbackPermissions permission verbs applied where no node-specific permission
 * exists
 * @param deletable {@code false} for Umbraco's system groups ({@code admin},
 * {@code sensitiveData}, {@code translator})
 */
public record UserGroupInfo(UUID id, String alias, String name, String icon, List<String> sections,
		List<String> fallbackPermissions, boolean deletable) {

	/** Copies the lists, so the record stays a snapshot. */
	public UserGroupInfo {
		sections = List.copyOf(sections);
		fallbackPermissions = List.copyOf(fallbackPermissions);
	}
}
