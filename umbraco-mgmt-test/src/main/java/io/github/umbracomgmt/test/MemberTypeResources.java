package io.github.umbracomgmt.test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Member Type} operations: create, read, update and delete, the configuration,
 * the root of the tree, items and item search. A fresh server holds Umbraco's built-in
 * {@code Member} type ({@link MemberTypeIds#MEMBER}).
 */
final class MemberTypeResources implements ResourceGroup {

	private static final Pattern ALIAS = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	/**
	 * Aliases a member type property may not take because members already have a field of
	 * that name.
	 */
	private static final List<String> RESERVED = List.of("comments", "email", "failedPasswordAttempts", "id",
			"isApproved", "isLockedOut", "key", "lastLockoutDate", "lastLoginDate", "lastPasswordChangeDate", "name",
			"password", "username");

	private final MemberDirectory directory;

	MemberTypeResources(MemberDirectory directory) {
		this.directory = directory;
	}

	@Override
	public void registerRoutes(Router router) {
		router.get("/member-type/configuration", (request, variables) -> {
			ObjectNode node = Json.object();
			Json.putStrings(node, "reservedFieldNames", RESERVED);
			return ApiResponse.json(200, node);
		});
		router.get("/member-type/{id:uuid}",
				(request, variables) -> ApiResponse.json(200, MemberJson.memberType(require(id(variables)))));
		router.post("/member-type", this::create);
		router.put("/member-type/{id:uuid}", this::update);
		router.delete("/member-type/{id:uuid}", (request, variables) -> {
			MemberDirectory.MemberType type = require(id(variables));
			this.directory.removeType(type.id());
			return Replies.ok("Member type " + type.name() + " was deleted");
		});
		// Folders and the tree (root, children, ancestors) as for the settings types,
		// since 17.3.
		new SettingsFolders<>("member-type", this.directory.types, MemberJson::memberTypeTreeItem)
			.registerRoutes(router);
		router.get("/item/member-type", (request, variables) -> Replies.items(QueryParams.uuids(request, "id"),
				this.directory::type, MemberJson::memberTypeItem));
		router.get("/item/member-type/search", (request, variables) -> {
			Paging paging = Paging.from(request);
			String query = QueryParams.string(request, "query");
			List<MemberDirectory.MemberType> matches = this.directory.types()
				.stream()
				.filter(type -> QueryParams.contains(type.name(), query) || QueryParams.contains(type.alias(), query))
				.toList();
			return ApiResponse.json(200, paging.page(matches, MemberJson::memberTypeItem));
		});
	}

	private ApiResponse create(ApiRequest request, Map<String, String> variables) {
		JsonBody body = JsonBody.people(request);
		UUID id = body.optionalUuid("id");
		MemberDirectory.MemberType type = read(body, (id != null) ? id : UUID.randomUUID(),
				body.optionalReference("parent"));
		this.directory.saveType(type, true);
		return Replies.created("/member-type/" + type.id(), type.id(), "Member type " + type.name() + " was created");
	}

	private ApiResponse update(ApiRequest request, Map<String, String> variables) {
		MemberDirectory.MemberType current = require(id(variables));
		MemberDirectory.MemberType type = read(JsonBody.people(request), current.id(), current.parentId());
		this.directory.saveType(type, false);
		return Replies.ok("Member type " + type.name() + " was saved");
	}

	/**
	 * Reads {@code CreateMemberTypeRequestModel}/{@code UpdateMemberTypeRequestModel}
	 * with the checks of one type alone.
	 */
	private static MemberDirectory.MemberType read(JsonBody body, UUID id, UUID parentId) {
		String alias = body.requiredString("alias", "InvalidAlias");
		if (!ALIAS.matcher(alias).matches()) {
			throw Replies.fail(400, "Invalid alias", "The alias '" + alias + "' is not a valid alias.", "InvalidAlias");
		}
		String name = body.requiredString("name", "NameCannotBeEmpty");
		if (name.length() > 255) {
			throw Replies.fail(400, "Name too long", "The name must be 255 characters or fewer.", "NameTooLong");
		}
		String icon = body.requiredString("icon");
		boolean allowedAsRoot = body.requiredBoolean("allowedAsRoot");
		boolean variesByCulture = body.requiredBoolean("variesByCulture");
		boolean variesBySegment = body.requiredBoolean("variesBySegment");
		boolean isElement = body.requiredBoolean("isElement");
		ArrayNode containers = containers(body);
		Set<String> containerIds = new HashSet<>();
		containers.forEach(container -> containerIds.add(container.get("id").stringValue()));
		ArrayNode properties = properties(body, alias, containerIds);
		return new MemberDirectory.MemberType(id, alias, name, body.optionalString("description"), icon, allowedAsRoot,
				variesByCulture, variesBySegment, body.optionalReference("collection"), isElement, properties,
				containers, compositions(body), parentId);
	}

	private static ArrayNode containers(JsonBody body) {
		List<JsonBody> entries = body.requiredObjects("containers");
		Set<UUID> ids = new HashSet<>();
		for (JsonBody entry : entries) {
			if (!ids.add(entry.requiredUuid("id"))) {
				throw Replies.fail(400, "Duplicate container", "Two containers have the same id.",
						"DuplicateContainer");
			}
		}
		ArrayNode containers = Json.array();
		for (JsonBody entry : entries) {
			UUID parent = entry.optionalReference("parent");
			if (parent != null && !ids.contains(parent)) {
				throw Replies.fail(400, "Missing container",
						"The parent container " + parent + " is not among the containers.", "MissingContainer");
			}
			ObjectNode container = Json.groupContainer(entry.requiredUuid("id"), entry.optionalString("name"),
					entry.requiredInt("sortOrder"));
			if (parent != null) {
				container.putObject("parent").put("id", parent.toString());
			}
			container.put("type", entry.requiredString("type"));
			containers.add(container);
		}
		return containers;
	}

	private static ArrayNode properties(JsonBody body, String typeAlias, Set<String> containerIds) {
		ArrayNode properties = Json.array();
		Set<String> aliases = new HashSet<>();
		for (JsonBody entry : body.requiredObjects("properties")) {
			String alias = entry.requiredString("alias", "InvalidPropertyTypeAlias");
			if (!ALIAS.matcher(alias).matches() || RESERVED.stream().anyMatch(alias::equalsIgnoreCase)) {
				throw Replies.fail(400, "Invalid property type alias",
						"The property alias '" + alias + "' is invalid or reserved.", "InvalidPropertyTypeAlias");
			}
			if (alias.equalsIgnoreCase(typeAlias)) {
				throw Replies.fail(400, "Invalid property type alias",
						"A property alias cannot equal the member type alias.",
						"PropertyTypeAliasCannotEqualContentTypeAlias");
			}
			if (!aliases.add(alias.toLowerCase(Locale.ROOT))) {
				throw Replies.fail(400, "Duplicate property type alias",
						"The property alias '" + alias + "' is used twice.", "DuplicatePropertyTypeAlias");
			}
			UUID container = entry.optionalReference("container");
			if (container != null && !containerIds.contains(container.toString())) {
				throw Replies.fail(400, "Missing container",
						"The container " + container + " is not among the containers.", "MissingContainer");
			}
			ObjectNode property = MemberDirectory.property(entry.requiredUuid("id"), container,
					entry.requiredInt("sortOrder"), alias, entry.requiredString("name"),
					entry.requiredReference("dataType"));
			property.put("description", entry.optionalString("description"));
			property.put("variesByCulture", entry.requiredBoolean("variesByCulture"));
			property.put("variesBySegment", entry.requiredBoolean("variesBySegment"));
			JsonBody validation = entry.requiredObject("validation");
			ObjectNode validationNode = property.putObject("validation");
			validationNode.put("mandatory", validation.requiredBoolean("mandatory"));
			validationNode.put("mandatoryMessage", validation.optionalString("mandatoryMessage"));
			validationNode.put("regEx", validation.optionalString("regEx"));
			validationNode.put("regExMessage", validation.optionalString("regExMessage"));
			property.putObject("appearance")
				.put("labelOnTop", entry.requiredObject("appearance").requiredBoolean("labelOnTop"));
			property.put("isSensitive", entry.requiredBoolean("isSensitive"));
			JsonBody visibility = entry.requiredObject("visibility");
			ObjectNode visibilityNode = property.putObject("visibility");
			visibilityNode.put("memberCanView", visibility.requiredBoolean("memberCanView"));
			visibilityNode.put("memberCanEdit", visibility.requiredBoolean("memberCanEdit"));
			properties.add(property);
		}
		return properties;
	}

	/**
	 * Member types have no parent, so only compositions; the referenced types are checked
	 * by the directory.
	 */
	private static ArrayNode compositions(JsonBody body) {
		ArrayNode compositions = Json.array();
		for (JsonBody entry : body.requiredObjects("compositions")) {
			UUID memberType = entry.requiredReference("memberType");
			String compositionType = entry.requiredString("compositionType");
			if (!compositionType.equals("Composition")) {
				throw Replies.fail(400, "Invalid inheritance", "Member types can only use compositions.",
						compositionType.equals("Inheritance") ? "InvalidInheritance" : JsonBody.INVALID_REQUEST);
			}
			ObjectNode composition = compositions.addObject();
			composition.putObject("memberType").put("id", memberType.toString());
			composition.put("compositionType", compositionType);
		}
		return compositions;
	}

	private MemberDirectory.MemberType require(UUID id) {
		return this.directory.type(id)
			.orElseThrow(() -> Replies.fail(404, "The member type could not be found",
					"The specified member type was not found.", "NotFound"));
	}

	private static UUID id(Map<String, String> variables) {
		return Router.id(variables);
	}

}
