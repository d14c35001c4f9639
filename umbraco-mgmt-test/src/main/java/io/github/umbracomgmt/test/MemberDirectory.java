package io.github.umbracomgmt.test;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Members, member types and member groups, kept together under one lock because they
 * depend on each other: a member needs its type and groups to exist, deleting a type
 * deletes its members (as Umbraco does) and deleting a group takes it off every member.
 * Entries are immutable records replaced whole, in creation order so paging is stable.
 */
final class MemberDirectory {

	static final UUID TEXTSTRING = UUID.fromString("0cc0eba1-9960-42c9-bf9b-60e150b429ae");

	static final UUID TEXTAREA = UUID.fromString("c6bac0dd-4ab9-45b1-8e30-e4b619ee5da3");

	private static final UUID MEMBERSHIP_CONTAINER = UUID.fromString("0756729d-d665-46e3-b84a-37aceaa614f8");

	private static final UUID COMMENTS_PROPERTY = UUID.fromString("70f24c26-1c0e-4053-bd8e-e9e6e4ec4c01");

	/**
	 * Editors of the data types a fresh Umbraco has; values of other data types report a
	 * label editor.
	 */
	private static final Map<UUID, String> EDITORS = Map.of(TEXTSTRING, "Umbraco.TextBox", TEXTAREA, "Umbraco.TextArea",
			UUID.fromString("ca90c950-0aff-4e72-b976-a30b1ac57dad"), "Umbraco.RichText",
			UUID.fromString("92897bc6-a5f3-4ffe-ae27-f2e7e33dda49"), "Umbraco.TrueFalse",
			UUID.fromString("2e6d3631-066e-44b8-aec4-96f09099b2b5"), "Umbraco.Integer",
			UUID.fromString("fd1e0da5-5606-4862-b679-5d0cf3a52a59"), "Umbraco.ContentPicker",
			UUID.fromString("ad9f0cf2-bda2-45d5-9ea1-a63cfc873fd3"), "Umbraco.MediaPicker3");

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/**
	 * A member type.
	 *
	 * @param properties {@code MemberTypePropertyTypeResponseModel} entries, complete and
	 * never changed once stored
	 * @param containers {@code MemberTypePropertyTypeContainerResponseModel} entries
	 * @param compositions {@code MemberTypeCompositionModel} entries
	 */
	record MemberType(UUID id, String alias, String name, String description, String icon, boolean allowedAsRoot,
			boolean variesByCulture, boolean variesBySegment, UUID collection, boolean isElement, ArrayNode properties,
			ArrayNode containers, ArrayNode compositions, UUID parentId) implements FolderedStore.Entry {

		List<String> propertyAliases() {
			List<String> aliases = new ArrayList<>();
			this.properties.forEach(property -> aliases.add(property.get("alias").stringValue()));
			return aliases;
		}

		List<UUID> compositionIds() {
			List<UUID> ids = new ArrayList<>();
			this.compositions.forEach(
					composition -> ids.add(UUID.fromString(composition.get("memberType").get("id").stringValue())));
			return ids;
		}

		MemberTypeInfo info() {
			return new MemberTypeInfo(this.id, this.alias, this.name, this.icon, propertyAliases());
		}

	}

	/** A member group. */
	record MemberGroup(UUID id, String name) {

		MemberGroupInfo info() {
			return new MemberGroupInfo(this.id, this.name);
		}

	}

	/** One property value; {@code value} is never changed once stored. */
	record Value(String alias, String culture, String segment, JsonNode value) {
	}

	/** A member; Umbraco members are invariant, so one name. */
	record Member(UUID id, String email, String username, UUID memberTypeId, String name, List<Value> values,
			Set<UUID> groups, boolean approved, boolean lockedOut, boolean twoFactorEnabled, int failedPasswordAttempts,
			Instant lastLoginDate, Instant lastLockoutDate, Instant lastPasswordChangeDate, Instant createDate,
			Instant updateDate) {

		Member {
			values = List.copyOf(values);
			groups = Collections.unmodifiableSet(new LinkedHashSet<>(groups));
		}

		MemberInfo info() {
			Map<String, Object> plain = new LinkedHashMap<>();
			for (Value value : this.values) {
				if (value.culture() == null && value.segment() == null) {
					plain.put(value.alias(),
							(value.value() != null) ? MAPPER.treeToValue(value.value(), Object.class) : null);
				}
			}
			return new MemberInfo(this.id, this.email, this.username, this.name, this.memberTypeId, this.groups,
					this.approved, this.lockedOut, plain, this.createDate, this.updateDate);
		}

	}

	/** Member types and, since Umbraco 17.3, the folders they sit in. */
	final FolderedStore<MemberType> types = new FolderedStore<>();

	private final Map<UUID, MemberGroup> groups = new LinkedHashMap<>();

	private final Map<UUID, Member> members = new LinkedHashMap<>();

	private final Clock clock;

	MemberDirectory(Clock clock) {
		this.clock = clock;
		seedBuiltIns();
	}

	Instant now() {
		return this.clock.instant();
	}

	/** Back to a fresh site: no members or groups, the built-in member type only. */
	synchronized void reset() {
		this.members.clear();
		this.groups.clear();
		this.types.clear();
		seedBuiltIns();
	}

	// member types

	synchronized List<MemberType> types() {
		return this.types.all();
	}

	synchronized Optional<MemberType> type(UUID id) {
		return this.types.find(id);
	}

	/**
	 * Adds or replaces a member type after the checks that need the other types: a taken
	 * id, a taken alias, compositions.
	 */
	synchronized void saveType(MemberType type, boolean create) {
		if (create && this.types.idTaken(type.id())) {
			throw Replies.fail(409, "Duplicate id", "A member type with the id " + type.id() + " already exists.",
					"DuplicateId");
		}
		if (!this.types.isValidParent(type.parentId())) {
			throw Replies.fail(400, "Parent not found", "The parent folder " + type.parentId() + " does not exist.",
					"ParentNotFound");
		}
		boolean aliasTaken = this.types.all()
			.stream()
			.anyMatch(other -> !other.id().equals(type.id()) && other.alias().equalsIgnoreCase(type.alias()));
		if (aliasTaken) {
			throw Replies.fail(400, "Duplicate alias", "The alias '" + type.alias() + "' is already in use.",
					"DuplicateAlias");
		}
		for (UUID composition : type.compositionIds()) {
			if (composition.equals(type.id()) || this.types.find(composition).isEmpty()) {
				throw Replies.fail(400, "Invalid composition",
						"The composition " + composition + " is not an existing member type.", "InvalidComposition");
			}
		}
		this.types.put(type);
	}

	/**
	 * Removes a member type with its members, as Umbraco deletes the content of a deleted
	 * type.
	 */
	synchronized boolean removeType(UUID id) {
		if (!this.types.remove(id)) {
			return false;
		}
		this.members.values().removeIf(member -> member.memberTypeId().equals(id));
		return true;
	}

	/**
	 * Every property alias a member of this type may have a value for: its own and its
	 * compositions'.
	 */
	synchronized Map<String, UUID> propertyDataTypes(UUID typeId) {
		Map<String, UUID> dataTypes = new LinkedHashMap<>();
		collectProperties(typeId, dataTypes, new LinkedHashSet<>());
		return dataTypes;
	}

	private void collectProperties(UUID typeId, Map<String, UUID> dataTypes, Set<UUID> visited) {
		MemberType type = this.types.find(typeId).orElse(null);
		if (type == null || !visited.add(typeId)) {
			return;
		}
		for (JsonNode property : type.properties()) {
			dataTypes.put(property.get("alias").stringValue(),
					UUID.fromString(property.get("dataType").get("id").stringValue()));
		}
		type.compositionIds().forEach(composition -> collectProperties(composition, dataTypes, visited));
	}

	static String editorAlias(UUID dataTypeId) {
		return EDITORS.getOrDefault(dataTypeId, "Umbraco.Label");
	}

	// member groups

	synchronized List<MemberGroup> groups() {
		return new ArrayList<>(this.groups.values());
	}

	synchronized Optional<MemberGroup> group(UUID id) {
		return Optional.ofNullable(this.groups.get(id));
	}

	synchronized Optional<MemberGroup> groupByName(String name) {
		return this.groups.values().stream().filter(group -> group.name().equalsIgnoreCase(name)).findFirst();
	}

	synchronized void saveGroup(MemberGroup group, boolean create) {
		if (create && this.groups.containsKey(group.id())) {
			throw Replies.fail(409, "Duplicate key", "Another group with the same key already exists.", "DuplicateKey");
		}
		if (groupByName(group.name()).filter(other -> !other.id().equals(group.id())).isPresent()) {
			throw Replies.fail(400, "Duplicate name", "Another group with the same name already exists.",
					"DuplicateName");
		}
		this.groups.put(group.id(), group);
	}

	/** Removes a member group and takes it off every member. */
	synchronized boolean removeGroup(UUID id) {
		if (this.groups.remove(id) == null) {
			return false;
		}
		this.members.replaceAll((memberId, member) -> member.groups().contains(id) ? withoutGroup(member, id) : member);
		return true;
	}

	private static Member withoutGroup(Member member, UUID groupId) {
		Set<UUID> remaining = new LinkedHashSet<>(member.groups());
		remaining.remove(groupId);
		return new Member(member.id(), member.email(), member.username(), member.memberTypeId(), member.name(),
				member.values(), remaining, member.approved(), member.lockedOut(), member.twoFactorEnabled(),
				member.failedPasswordAttempts(), member.lastLoginDate(), member.lastLockoutDate(),
				member.lastPasswordChangeDate(), member.createDate(), member.updateDate());
	}

	// members

	synchronized List<Member> members() {
		return new ArrayList<>(this.members.values());
	}

	synchronized Optional<Member> member(UUID id) {
		return Optional.ofNullable(this.members.get(id));
	}

	/**
	 * Checks a member as Umbraco's member editing service does (type, groups, property
	 * aliases, unique user name and email) and, unless {@code dryRun}, stores it.
	 */
	synchronized void saveMember(Member member, boolean create, boolean dryRun) {
		if (create && this.members.containsKey(member.id())) {
			throw Replies.fail(409, "Duplicate id", "A member with the id " + member.id() + " already exists.",
					"DuplicateId");
		}
		if (this.types.find(member.memberTypeId()).isEmpty()) {
			throw Replies.fail(404, "The requested member type could not be found",
					"No member type has the id " + member.memberTypeId() + ".", "MemberTypeNotFound");
		}
		if (!this.groups.keySet().containsAll(member.groups())) {
			throw Replies.fail(400, "Could not update role assignments for the member",
					"One or more member groups do not exist.", "RoleAssignmentFailed");
		}
		Map<String, UUID> properties = propertyDataTypes(member.memberTypeId());
		for (Value value : member.values()) {
			if (!properties.containsKey(value.alias())) {
				throw Replies.fail(400, "Property type not found",
						"The member type has no property with the alias '" + value.alias() + "'.",
						"PropertyTypeNotFound");
			}
		}
		for (Member other : this.members.values()) {
			if (other.id().equals(member.id())) {
				continue;
			}
			if (other.username().equalsIgnoreCase(member.username())) {
				throw Replies.fail(400, "Duplicate username detected",
						"The supplied username is already in use by another member.", "DuplicateUsername");
			}
			if (other.email().equalsIgnoreCase(member.email())) {
				throw Replies.fail(400, "Duplicate email detected",
						"The supplied email is already in use by another member.", "DuplicateEmail");
			}
		}
		if (!dryRun) {
			this.members.put(member.id(), member);
		}
	}

	synchronized boolean removeMember(UUID id) {
		return this.members.remove(id) != null;
	}

	/**
	 * A property entry in {@code MemberTypePropertyTypeResponseModel} form with Umbraco's
	 * defaults.
	 */
	static ObjectNode property(UUID id, UUID container, int sortOrder, String alias, String name, UUID dataType) {
		ObjectNode node = Json.propertyType(id, container, sortOrder, alias, name, dataType);
		node.put("isSensitive", false);
		ObjectNode visibility = node.putObject("visibility");
		visibility.put("memberCanView", false);
		visibility.put("memberCanEdit", false);
		return node;
	}

	/** A member type with text properties in one group, as a test seeds it. */
	static MemberType simpleType(UUID id, String alias, String name, List<String> propertyAliases) {
		ArrayNode properties = Json.array();
		ArrayNode containers = Json.array();
		if (!propertyAliases.isEmpty()) {
			UUID container = UUID.randomUUID();
			containers.add(Json.groupContainer(container, "Content", 0));
			for (int i = 0; i < propertyAliases.size(); i++) {
				properties.add(property(UUID.randomUUID(), container, i, propertyAliases.get(i), propertyAliases.get(i),
						TEXTSTRING));
			}
		}
		return new MemberType(id, alias, name, null, "icon-user", false, false, false, null, false, properties,
				containers, Json.array(), null);
	}

	private void seedBuiltIns() {
		ArrayNode properties = Json.array();
		properties
			.add(property(COMMENTS_PROPERTY, MEMBERSHIP_CONTAINER, 0, "umbracoMemberComments", "Comments", TEXTAREA));
		ArrayNode containers = Json.array();
		containers.add(Json.groupContainer(MEMBERSHIP_CONTAINER, "Membership", 1));
		this.types.put(new MemberType(MemberTypeIds.MEMBER, "Member", "Member", null, "icon-user", false, false, false,
				null, false, properties, containers, Json.array(), null));
	}

}
