package io.github.umbracomgmt.test;

import java.util.UUID;

/**
 * A member group as the fake holds it at the moment it was read.
 *
 * @param id the member group's id, what members list in their {@code groups}
 * @param name the name, unique among member groups
 */
public record MemberGroupInfo(UUID id, String name) {
}
