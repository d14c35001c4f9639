package io.github.umbracomgmt.test;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The members of an {@link UmbracoTestServer}, with their member types and member groups,
 * e.g. {@code umbraco.members().addType("customer", "Customer", "bio")}.
 *
 * <p>
 * What the methods add is what clients then see over HTTP; what they read is what clients
 * left.
 */
public final class TestMembers {

	private final MemberDirectory members;

	private final Clock clock;

	TestMembers(MemberDirectory members, Clock clock) {
		this.members = members;
		this.clock = clock;
	}

	/**
	 * Adds a member type at the root with one Textstring property per alias (in a group
	 * named {@code Content}) and returns its id.
	 * @throws IllegalArgumentException when another member type has this alias
	 */
	public UUID addType(String alias, String name, String... propertyAliases) {
		UUID id = UUID.randomUUID();
		try {
			this.members.saveType(MemberDirectory.simpleType(id, Objects.requireNonNull(alias, "alias"),
					Objects.requireNonNull(name, "name"), List.of(propertyAliases)), true);
		}
		catch (ResponseException ex) {
			throw ex.refusal();
		}
		return id;
	}

	/** A member type by id, the built-in {@link MemberTypeIds#MEMBER} included. */
	public Optional<MemberTypeInfo> type(UUID id) {
		return this.members.type(id).map(MemberDirectory.MemberType::info);
	}

	/**
	 * Adds a member group and returns its id.
	 * @throws IllegalArgumentException when another member group has this name
	 */
	public UUID addGroup(String name) {
		UUID id = UUID.randomUUID();
		try {
			this.members.saveGroup(new MemberDirectory.MemberGroup(id, Objects.requireNonNull(name, "name")), true);
		}
		catch (ResponseException ex) {
			throw ex.refusal();
		}
		return id;
	}

	/** A member group by id. */
	public Optional<MemberGroupInfo> group(UUID id) {
		return this.members.group(id).map(MemberDirectory.MemberGroup::info);
	}

	/**
	 * Adds an approved member with no property values or groups and returns its id.
	 * @throws IllegalArgumentException when the member type does not exist or the user
	 * name or email is taken
	 */
	public UUID add(String username, String email, String name, UUID memberTypeId) {
		Instant now = this.clock.instant();
		MemberDirectory.Member member = new MemberDirectory.Member(UUID.randomUUID(),
				Objects.requireNonNull(email, "email"), Objects.requireNonNull(username, "username"),
				Objects.requireNonNull(memberTypeId, "memberTypeId"), Objects.requireNonNull(name, "name"), List.of(),
				Set.of(), true, false, false, 0, null, null, now, now, now);
		try {
			this.members.saveMember(member, true, false);
		}
		catch (ResponseException ex) {
			throw ex.refusal();
		}
		return member.id();
	}

	/** A member by id, as clients left it. */
	public Optional<MemberInfo> find(UUID id) {
		return this.members.member(id).map(MemberDirectory.Member::info);
	}

	/** Members the server holds. */
	public int count() {
		return this.members.members().size();
	}

	/**
	 * Removes every member, member group and member type except the built-in
	 * {@link MemberTypeIds#MEMBER}.
	 */
	public void clear() {
		this.members.reset();
	}

}
