package io.github.umbracomgmt.test;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import tools.jackson.databind.node.ArrayNode;

/**
 * The {@code User} operations: the current user and its configuration, users by id,
 * paged, filtered and as items, create, update and delete, disable, enable and unlock,
 * group assignment, and the API users' client credentials.
 */
final class UserResources implements ResourceGroup {

	private static final Set<String> KINDS = Set.of(UserSeed.KIND_DEFAULT, UserSeed.KIND_API);

	private static final Set<String> STATES = Set.of("Active", "Disabled", "LockedOut", "Invited", "Inactive", "All");

	private static final Set<String> ORDERS = Set.of("UserName", "Language", "Name", "Email", "Id", "CreateDate",
			"UpdateDate", "IsApproved", "IsLockedOut", "LastLoginDate");

	private static final Set<String> DIRECTIONS = Set.of("Ascending", "Descending");

	private final UserAccounts accounts;

	private final UserStore users;

	UserResources(UserAccounts accounts) {
		this.accounts = accounts;
		this.users = accounts.users();
	}

	@Override
	public void registerRoutes(Router router) {
		router.get("/user/current",
				(request, variables) -> ApiResponse.json(200, UserJson.currentUser(this.accounts.acting(request))));
		router.get("/user/current/configuration",
				(request, variables) -> ApiResponse.json(200, UserJson.currentUserConfiguration()));
		router.get("/user/configuration", (request, variables) -> ApiResponse.json(200, UserJson.configuration()));
		router.get("/user/{id:uuid}", this::userById);
		router.get("/user", (request, variables) -> Paging.respond(request, this.users.all(), UserJson::user));
		router.post("/user", this::create);
		router.delete("/user", this::deleteMany);
		router.put("/user/{id:uuid}", this::update);
		router.delete("/user/{id:uuid}", this::delete);
		router.get("/item/user", this::items);
		router.get("/filter/user", this::filter);
		router.post("/user/disable", (request, variables) -> {
			this.accounts.disable(userIds(request), this.accounts.acting(request));
			return Replies.ok("Users disabled");
		});
		router.post("/user/enable", (request, variables) -> {
			this.accounts.enable(userIds(request));
			return Replies.ok("Users enabled");
		});
		router.post("/user/unlock", (request, variables) -> {
			this.accounts.unlock(userIds(request));
			return Replies.ok("Users unlocked");
		});
		router.post("/user/set-user-groups", this::setUserGroups);
		router.post("/user/{id:uuid}/client-credentials", this::addCredentials);
		router.get("/user/{id:uuid}/client-credentials", (request, variables) -> {
			ArrayNode ids = Json.array();
			this.accounts.credentials(id(variables)).forEach(ids::add);
			return ApiResponse.json(200, ids);
		});
		router.delete("/user/{id:uuid}/client-credentials/{clientId}", (request, variables) -> {
			this.accounts.removeCredentials(id(variables), ApiRequest.decode(variables.get("clientId")));
			return ApiResponse.empty(200);
		});
	}

	private ApiResponse userById(ApiRequest request, Map<String, String> variables) {
		UUID id = id(variables);
		return this.users.find(id)
			.map(user -> ApiResponse.json(200, UserJson.user(user)))
			.orElseGet(() -> ApiResponse.problem(404, "The user was not found", "The specified user was not found.",
					"UserNotFound"));
	}

	private ApiResponse create(ApiRequest request, Map<String, String> variables) {
		JsonBody body = JsonBody.people(request);
		UserAccounts.Fields fields = fields(body);
		String kind = enumField(body, "kind", KINDS);
		UserSeed user = this.accounts.create(body.optionalUuid("id"), kind, fields);
		return Replies.created("/user/" + user.getId(), user.getId(), "User " + user.getName() + " was created");
	}

	private ApiResponse update(ApiRequest request, Map<String, String> variables) {
		UserSeed user = this.accounts.require(id(variables));
		JsonBody body = JsonBody.people(request);
		UserAccounts.Fields fields = fields(body);
		String languageIsoCode = body.requiredString("languageIsoCode", "InvalidIsoCode");
		Set<UUID> documentStartNodes = body.requiredReferences("documentStartNodeIds");
		Set<UUID> mediaStartNodes = body.requiredReferences("mediaStartNodeIds");
		boolean documentRootAccess = body.requiredBoolean("hasDocumentRootAccess");
		boolean mediaRootAccess = body.requiredBoolean("hasMediaRootAccess");
		// Umbraco 18 requires the element library's access too; a 17 client does not know
		// it, so it stays as it was.
		Set<UUID> elementStartNodes = body.has("elementStartNodeIds") ? body.requiredReferences("elementStartNodeIds")
				: user.getElementStartNodeIds();
		boolean elementRootAccess = body.optionalBoolean("hasElementRootAccess", user.hasElementRootAccess());
		this.accounts.update(user, fields, languageIsoCode);
		user.setDocumentStartNodeIds(documentStartNodes)
			.setMediaStartNodeIds(mediaStartNodes)
			.setDocumentRootAccess(documentRootAccess)
			.setMediaRootAccess(mediaRootAccess)
			.setElementStartNodeIds(elementStartNodes)
			.setElementRootAccess(elementRootAccess);
		return Replies.ok("User " + user.getName() + " was saved");
	}

	private ApiResponse delete(ApiRequest request, Map<String, String> variables) {
		this.accounts.delete(List.of(id(variables)), this.accounts.acting(request), 404);
		return Replies.ok("User deleted");
	}

	private ApiResponse deleteMany(ApiRequest request, Map<String, String> variables) {
		this.accounts.delete(userIds(request), this.accounts.acting(request), 400);
		return Replies.ok("Users deleted");
	}

	private ApiResponse setUserGroups(ApiRequest request, Map<String, String> variables) {
		JsonBody body = JsonBody.people(request);
		Set<UUID> userIds = body.requiredReferences("userIds");
		Set<UUID> groupIds = body.requiredReferences("userGroupIds");
		// Umbraco skips ids it does not know here; the operation has no error response.
		for (UUID userId : userIds) {
			this.users.find(userId).ifPresent(user -> this.accounts.setGroups(user, groupIds));
		}
		return Replies.ok("User groups were assigned");
	}

	private ApiResponse addCredentials(ApiRequest request, Map<String, String> variables) {
		JsonBody body = JsonBody.people(request);
		String clientId = body.requiredString("clientId");
		String clientSecret = body.requiredString("clientSecret");
		return switch (this.accounts.addCredentials(id(variables), clientId, clientSecret)) {
			case SUCCESS -> ApiResponse.empty(200);
			case INVALID_CLIENT_ID -> ApiResponse.problem(400, "Invalid client ID",
					"The specified client ID is invalid. A valid client ID is 'umbraco-back-office-' followed by 1 to 100 "
							+ "of [a-z], [A-Z], [0-9] and [-._~].",
					"InvalidClientId");
			case DUPLICATE_CLIENT_ID -> ApiResponse.problem(400, "Duplicate client ID",
					"The specified client ID is already in use. Choose another client ID.", "DuplicateClientId");
			case INVALID_USER -> ApiResponse.problem(400, "Invalid user",
					"The specified user does not support this operation. Possibly caused by a mismatched client ID or "
							+ "an inapplicable user type.",
					"InvalidUser");
		};
	}

	private ApiResponse items(ApiRequest request, Map<String, String> variables) {
		return Replies.items(QueryParams.uuids(request, "id"), this.users::find, UserJson::item);
	}

	private ApiResponse filter(ApiRequest request, Map<String, String> variables) {
		Paging paging = Paging.from(request);
		String text = QueryParams.string(request, "filter");
		List<UUID> groupIds = QueryParams.uuids(request, "userGroupIds");
		List<String> states = QueryParams.enumValues(request, "userStates", STATES);
		String orderBy = QueryParams.enumValue(request, "orderBy", ORDERS);
		String direction = QueryParams.enumValue(request, "orderDirection", DIRECTIONS);
		Comparator<UserSeed> order = order((orderBy != null) ? orderBy : "UserName");
		if ("Descending".equals(direction)) {
			order = order.reversed();
		}
		List<UserSeed> matches = this.users.all()
			.stream()
			.filter(user -> text == null || QueryParams.contains(user.getName(), text)
					|| QueryParams.contains(user.getUserName(), text) || QueryParams.contains(user.getEmail(), text))
			.filter(user -> groupIds.isEmpty() || groupIds.stream().anyMatch(user.getUserGroupIds()::contains))
			.filter(user -> states.isEmpty() || states.contains("All") || states.contains(user.getState()))
			.sorted(order)
			.toList();
		return ApiResponse.json(200, paging.page(matches, UserJson::user));
	}

	private static Comparator<UserSeed> order(String orderBy) {
		return switch (orderBy) {
			case "Name" -> text(UserSeed::getName);
			case "Email" -> text(UserSeed::getEmail);
			case "Language" -> text(user -> String.valueOf(user.getLanguageIsoCode()));
			case "Id" -> Comparator.comparing(UserSeed::getId);
			case "CreateDate" -> Comparator.comparing(UserSeed::getCreateDate);
			case "UpdateDate" -> Comparator.comparing(UserSeed::getUpdateDate);
			case "LastLoginDate" -> Comparator.comparing(UserSeed::getLastLoginDate,
					Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));
			case "IsApproved" -> Comparator.comparing(user -> !UserSeed.STATE_DISABLED.equals(user.getState()));
			case "IsLockedOut" -> Comparator.comparing(user -> UserSeed.STATE_LOCKED_OUT.equals(user.getState()));
			default -> text(UserSeed::getUserName);
		};
	}

	private static Comparator<UserSeed> text(Function<UserSeed, String> field) {
		return Comparator.comparing(user -> field.apply(user).toLowerCase(Locale.ROOT));
	}

	private static UserAccounts.Fields fields(JsonBody body) {
		return new UserAccounts.Fields(body.requiredString("email", "InvalidEmail"),
				body.requiredString("userName", "InvalidUserName"), body.requiredString("name"),
				body.requiredReferences("userGroupIds"));
	}

	/**
	 * A string enum field; System.Text.Json reads enum names ignoring case, and refuses
	 * others.
	 */
	private static String enumField(JsonBody body, String field, Set<String> allowed) {
		String value = body.requiredString(field);
		return allowed.stream()
			.filter(candidate -> candidate.equalsIgnoreCase(value))
			.findFirst()
			.orElseThrow(() -> body.invalid(field, "The " + field + " field must be one of " + allowed + "."));
	}

	/** The {@code userIds} of the disable, enable, unlock and delete-many models. */
	private static Set<UUID> userIds(ApiRequest request) {
		return JsonBody.people(request).requiredReferences("userIds");
	}

	private static UUID id(Map<String, String> variables) {
		return Router.id(variables);
	}

}
