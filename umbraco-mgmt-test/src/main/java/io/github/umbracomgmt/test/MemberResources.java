package io.github.umbracomgmt.test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Member} operations: create, read, update and delete, their validate-only
 * variants, the configuration, the filtered list, items and item search. Members point at
 * their member type by id and at member groups by id, as
 * {@code MemberResponseModel.groups} does; passwords are checked against Umbraco's
 * default rule and never kept.
 */
final class MemberResources implements ResourceGroup {

	/** Umbraco's default {@code MemberPassword:RequiredLength}. */
	private static final int MINIMUM_PASSWORD_LENGTH = 10;

	private static final Set<String> DIRECTIONS = Set.of("Ascending", "Descending");

	private final MemberDirectory directory;

	MemberResources(MemberDirectory directory) {
		this.directory = directory;
	}

	@Override
	public void registerRoutes(Router router) {
		router.get("/member/configuration", (request, variables) -> ApiResponse.json(200, Json.object()));
		router.get("/member/{id:uuid}",
				(request, variables) -> ApiResponse.json(200, response(require(id(variables)))));
		router.post("/member", (request, variables) -> {
			MemberDirectory.Member member = readCreate(request);
			this.directory.saveMember(member, true, false);
			return Replies.created("/member/" + member.id(), member.id(), "Member " + member.name() + " was created");
		});
		router.post("/member/validate", (request, variables) -> {
			this.directory.saveMember(readCreate(request), true, true);
			return ApiResponse.empty(200);
		});
		router.put("/member/{id:uuid}", (request, variables) -> {
			MemberDirectory.Member member = readUpdate(request, require(id(variables)));
			this.directory.saveMember(member, false, false);
			return Replies.ok("Member " + member.name() + " was saved");
		});
		router.put("/member/{id:uuid}/validate", (request, variables) -> {
			this.directory.saveMember(readUpdate(request, require(id(variables))), false, true);
			return ApiResponse.empty(200);
		});
		router.delete("/member/{id:uuid}", (request, variables) -> {
			MemberDirectory.Member member = require(id(variables));
			this.directory.removeMember(member.id());
			return Replies.ok("Member " + member.name() + " was deleted");
		});
		router.get("/filter/member", this::filter);
		router.get("/item/member", (request, variables) -> Replies.items(QueryParams.uuids(request, "id"),
				this.directory::member, this::item));
		router.get("/item/member/search", (request, variables) -> {
			Paging paging = Paging.from(request);
			String query = QueryParams.string(request, "query");
			List<UUID> allowedTypes = QueryParams.uuids(request, "allowedMemberTypes");
			List<MemberDirectory.Member> matches = this.directory.members()
				.stream()
				.filter(member -> allowedTypes.isEmpty() || allowedTypes.contains(member.memberTypeId()))
				.filter(member -> matches(member, query))
				.toList();
			return ApiResponse.json(200, paging.page(matches, this::item));
		});
	}

	private ApiResponse filter(ApiRequest request, Map<String, String> variables) {
		Paging paging = Paging.from(request);
		UUID memberTypeId = QueryParams.uuid(request, "memberTypeId");
		if (memberTypeId != null && this.directory.type(memberTypeId).isEmpty()) {
			throw Replies.fail(404, "The requested member type could not be found",
					"No member type has the id " + memberTypeId + ".", "MemberTypeNotFound");
		}
		String groupName = QueryParams.string(request, "memberGroupName");
		UUID groupId = (groupName != null)
				? this.directory.groupByName(groupName).map(MemberDirectory.MemberGroup::id).orElse(null) : null;
		Boolean approved = QueryParams.optionalBool(request, "isApproved");
		Boolean lockedOut = QueryParams.optionalBool(request, "isLockedOut");
		String text = QueryParams.string(request, "filter");
		String orderBy = QueryParams.string(request, "orderBy");
		String direction = QueryParams.enumValue(request, "orderDirection", DIRECTIONS);
		Comparator<MemberDirectory.Member> order = order((orderBy != null) ? orderBy : "username");
		if ("Descending".equals(direction)) {
			order = order.reversed();
		}
		List<MemberDirectory.Member> matches = this.directory.members()
			.stream()
			.filter(member -> memberTypeId == null || member.memberTypeId().equals(memberTypeId))
			.filter(member -> groupName == null || (groupId != null && member.groups().contains(groupId)))
			.filter(member -> approved == null || member.approved() == approved)
			.filter(member -> lockedOut == null || member.lockedOut() == lockedOut)
			.filter(member -> matches(member, text))
			.sorted(order)
			.toList();
		return ApiResponse.json(200, paging.page(matches, this::response));
	}

	private static boolean matches(MemberDirectory.Member member, String text) {
		return text == null || QueryParams.contains(member.name(), text)
				|| QueryParams.contains(member.username(), text) || QueryParams.contains(member.email(), text);
	}

	/**
	 * Umbraco orders by a member field named in the query; names it does not know fall
	 * back to the user name.
	 */
	private static Comparator<MemberDirectory.Member> order(String orderBy) {
		return switch (orderBy.toLowerCase(Locale.ROOT)) {
			case "email" -> text(MemberDirectory.Member::email);
			case "name" -> text(MemberDirectory.Member::name);
			case "createdate" -> Comparator.comparing(MemberDirectory.Member::createDate);
			case "updatedate" -> Comparator.comparing(MemberDirectory.Member::updateDate);
			case "lastlogindate" -> Comparator.comparing(MemberDirectory.Member::lastLoginDate,
					Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));
			default -> text(MemberDirectory.Member::username);
		};
	}

	private static Comparator<MemberDirectory.Member> text(Function<MemberDirectory.Member, String> field) {
		return Comparator.comparing(member -> field.apply(member).toLowerCase(Locale.ROOT));
	}

	/** Reads {@code CreateMemberRequestModel}. */
	private MemberDirectory.Member readCreate(ApiRequest request) {
		JsonBody body = JsonBody.people(request);
		List<MemberDirectory.Value> values = values(body);
		String name = name(body);
		UUID id = body.optionalUuid("id");
		String email = email(body);
		String username = body.requiredString("username", "InvalidUsername");
		checkPassword(body.requiredString("password", "InvalidPassword"));
		UUID memberType = body.requiredReference("memberType");
		Set<UUID> groups = body.optionalUuidStrings("groups");
		boolean approved = body.requiredBoolean("isApproved");
		Instant now = this.directory.now();
		return new MemberDirectory.Member((id != null) ? id : UUID.randomUUID(), email, username, memberType, name,
				values, (groups != null) ? groups : Set.of(), approved, false, false, 0, null, null, now, now, now);
	}

	/**
	 * Reads {@code UpdateMemberRequestModel} onto the current member; {@code groups}
	 * {@code null} keeps them.
	 */
	private MemberDirectory.Member readUpdate(ApiRequest request, MemberDirectory.Member current) {
		JsonBody body = JsonBody.people(request);
		List<MemberDirectory.Value> values = values(body);
		String name = name(body);
		String email = email(body);
		String username = body.requiredString("username", "InvalidUsername");
		String newPassword = body.optionalString("newPassword");
		if (newPassword != null) {
			checkPassword(newPassword);
		}
		Set<UUID> groups = body.optionalUuidStrings("groups");
		boolean approved = body.requiredBoolean("isApproved");
		boolean lockedOut = body.requiredBoolean("isLockedOut");
		boolean twoFactor = body.requiredBoolean("isTwoFactorEnabled");
		Instant now = this.directory.now();
		return new MemberDirectory.Member(current.id(), email, username, current.memberTypeId(), name, values,
				(groups != null) ? groups : current.groups(), approved, lockedOut,
				// Two-factor authentication can only be turned off here; members set it
				// up themselves.
				current.twoFactorEnabled() && twoFactor, lockedOut ? current.failedPasswordAttempts() : 0,
				current.lastLoginDate(), (lockedOut && !current.lockedOut()) ? now : current.lastLockoutDate(),
				(newPassword != null) ? now : current.lastPasswordChangeDate(), current.createDate(), now);
	}

	private static List<MemberDirectory.Value> values(JsonBody body) {
		List<MemberDirectory.Value> values = new ArrayList<>();
		for (JsonBody entry : body.requiredObjects("values")) {
			JsonNode value = entry.node().get("value");
			values.add(new MemberDirectory.Value(entry.requiredString("alias"), entry.optionalString("culture"),
					entry.optionalString("segment"), (value != null) ? value.deepCopy() : null));
		}
		return values;
	}

	/** Members are invariant: the name is the one variant's. */
	private static String name(JsonBody body) {
		List<JsonBody> variants = body.requiredObjects("variants");
		if (variants.isEmpty()) {
			throw Replies.fail(400, "Invalid name supplied", "A member needs a variant with a name.", "InvalidName");
		}
		return variants.get(0).requiredString("name", "InvalidName");
	}

	private static String email(JsonBody body) {
		String email = body.requiredString("email", "InvalidEmail");
		if (!email.contains("@")) {
			throw Replies.fail(400, "Invalid email supplied", "The email '" + email + "' is invalid.", "InvalidEmail");
		}
		return email;
	}

	private static void checkPassword(String password) {
		if (password.length() < MINIMUM_PASSWORD_LENGTH) {
			throw Replies.fail(400, "Invalid password supplied",
					"The password did not meet the complexity requirements.", "InvalidPassword");
		}
	}

	private ObjectNode response(MemberDirectory.Member member) {
		return MemberJson.member(member, this.directory.type(member.memberTypeId()).orElse(null),
				this.directory.propertyDataTypes(member.memberTypeId()));
	}

	private ObjectNode item(MemberDirectory.Member member) {
		return MemberJson.memberItem(member, this.directory.type(member.memberTypeId()).orElse(null));
	}

	private MemberDirectory.Member require(UUID id) {
		return this.directory.member(id)
			.orElseThrow(() -> Replies.fail(404, "The requested member could not be found",
					"The specified member was not found.", "MemberNotFound"));
	}

	private static UUID id(Map<String, String> variables) {
		return Router.id(variables);
	}

}
