package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Health Check} operations: groups, the checks of a group, running a group's
 * checks and running a check's action.
 *
 * <p>
 * The fake knows a few of Umbraco's built-in checks, under their real ids and groups, and
 * they all pass until a test breaks one with {@link #setResult(UUID, String, String)}. A
 * broken check offers its fix actions, as Umbraco's data integrity check does, and
 * running one of them mends the check.
 */
final class HealthCheckResources implements ResourceGroup {

	/**
	 * A result a check reports.
	 *
	 * @param resultType {@code Success}, {@code Warning}, {@code Error} or {@code Info}
	 * @param readMoreLink {@code null} for none
	 */
	record Result(String message, String resultType, String readMoreLink) {
	}

	/**
	 * An action a failing check offers.
	 *
	 * @param healthy what the check reports once the action ran
	 */
	record Action(String alias, String name, Result healthy) {
	}

	/** A check: what it reports while healthy and the actions it offers while not. */
	record Check(UUID id, String group, String name, String description, List<Result> healthy, List<Action> actions) {
	}

	static final List<Check> CHECKS = List.of(
			new Check(BuiltInHealthChecks.NOTIFICATION_EMAIL, "Configuration", "Notification Email Settings",
					"If notifications are used, the 'from' email address should be specified and changed from the"
							+ " default value.",
					List.of(new Result("Notification email has been set to <strong>noreply@example.com</strong>.",
							"Success", null)),
					List.of()),
			new Check(BuiltInHealthChecks.DATA_INTEGRITY, "Data Integrity", "Database data integrity check",
					"Checks for various data integrity issues in the Umbraco database.",
					List.of(new Result("<p>All document paths are valid</p>", "Success", null),
							new Result("<p>All media paths are valid</p>", "Success", null)),
					List.of(new Action("fixContentPaths", "Fix content paths",
							new Result("<p>All document paths are valid</p>", "Success", null)),
							new Action("fixMediaPaths", "Fix media paths",
									new Result("<p>All media paths are valid</p>", "Success", null)))),
			new Check(BuiltInHealthChecks.HTTPS, "Security", "HTTPS Configuration",
					"Checks if your site is configured to work over HTTPS and if the Umbraco related configuration"
							+ " for that is correct.",
					List.of(new Result("You are currently viewing the site using HTTPS scheme.", "Success", null)),
					List.of()),
			new Check(BuiltInHealthChecks.SMTP, "Services", "SMTP Settings",
					"Checks that valid settings for sending emails are in place.",
					List.of(new Result(
							"SMTP settings are configured correctly and the service is operating as" + " expected.",
							"Success", null)),
					List.of()));

	/**
	 * Results a test forced on a check, which replace its healthy ones until an action or
	 * reset mends it.
	 */
	private final Map<UUID, Result> overrides = new ConcurrentHashMap<>();

	void setResult(UUID checkId, String resultType, String message) {
		check(checkId).orElseThrow(() -> new IllegalArgumentException("No health check with id " + checkId));
		if (!List.of("Success", "Warning", "Error", "Info").contains(resultType)) {
			throw new IllegalArgumentException(
					"resultType must be Success, Warning, Error or Info, but was '" + resultType + "'");
		}
		this.overrides.put(checkId, new Result(message, resultType, null));
	}

	void reset() {
		this.overrides.clear();
	}

	@Override
	public void registerRoutes(Router router) {
		router.get("/health-check-group", (request, variables) -> {
			List<String> names = List.copyOf(groups().keySet());
			return Paging.respond(request, names, name -> {
				ObjectNode node = Json.object();
				node.put("name", name);
				return node;
			});
		});
		router.get("/health-check-group/{name}", (request, variables) -> {
			Map.Entry<String, List<Check>> group = group(variables);
			ObjectNode node = Json.object();
			node.put("name", group.getKey());
			ArrayNode checks = node.putArray("checks");
			for (Check check : group.getValue()) {
				checks.addObject()
					.put("id", check.id().toString())
					.put("name", check.name())
					.put("description", check.description());
			}
			return ApiResponse.json(200, node);
		});
		router.post("/health-check-group/{name}/check", (request, variables) -> {
			Map.Entry<String, List<Check>> group = group(variables);
			ObjectNode node = Json.object();
			ArrayNode checks = node.putArray("checks");
			for (Check check : group.getValue()) {
				ObjectNode withResults = checks.addObject();
				withResults.put("id", check.id().toString());
				ArrayNode results = withResults.putArray("results");
				Result override = this.overrides.get(check.id());
				if (override == null) {
					check.healthy().forEach(result -> results.add(result(check, result, false)));
				}
				else {
					results.add(result(check, override, !"Success".equals(override.resultType())));
				}
			}
			return ApiResponse.json(200, node);
		});
		router.post("/health-check/execute-action", this::executeAction);
	}

	/**
	 * Reads {@code HealthCheckActionRequestModel} and runs the named action of the check
	 * it references.
	 */
	private ApiResponse executeAction(ApiRequest request, Map<String, String> variables) {
		JsonBody body = JsonBody.settings(request, "InvalidRequest");
		UUID checkId = body.requiredReference("healthCheck");
		body.requiredBoolean("valueRequired");
		String alias = body.optionalString("alias");
		Optional<Check> found = check(checkId);
		if (found.isEmpty()) {
			return ApiResponse.problem(400, "Health Check Not Found", "No health check found with id = " + checkId,
					"NotFound");
		}
		Check check = found.get();
		Action action = check.actions()
			.stream()
			.filter(candidate -> candidate.alias().equals(alias))
			.findFirst()
			.orElseThrow(() -> new ResponseException(ApiResponse.problem(400, "Action not supported",
					"The health check '" + check.name() + "' has no action with alias '" + alias + "'.",
					"InvalidRequest")));
		this.overrides.remove(check.id());
		return ApiResponse.json(200, result(check, action.healthy(), false));
	}

	/**
	 * {@code HealthCheckResultResponseModel}; actions are offered only while the check is
	 * failing.
	 */
	private static ObjectNode result(Check check, Result result, boolean withActions) {
		ObjectNode node = Json.object();
		node.put("message", result.message());
		node.put("resultType", result.resultType());
		ArrayNode actions = node.putArray("actions");
		if (withActions) {
			for (Action action : check.actions()) {
				ObjectNode model = actions.addObject();
				model.putObject("healthCheck").put("id", check.id().toString());
				model.put("alias", action.alias());
				model.put("name", action.name());
				model.putNull("description");
				model.put("valueRequired", false);
				model.putNull("providedValue");
				model.putNull("providedValueValidation");
				model.putNull("providedValueValidationRegex");
				model.putNull("actionParameters");
			}
		}
		node.put("readMoreLink", result.readMoreLink());
		return node;
	}

	/**
	 * Groups by name, ordered by name, each with its checks ordered by name, as Umbraco's
	 * factory groups them.
	 */
	private static Map<String, List<Check>> groups() {
		Map<String, List<Check>> groups = new TreeMap<>();
		for (Check check : CHECKS) {
			groups.computeIfAbsent(check.group(), key -> new ArrayList<>()).add(check);
		}
		groups.values().forEach(checks -> checks.sort(Comparator.comparing(Check::name)));
		return groups;
	}

	/**
	 * The group named in the path, matched as Umbraco does: trimmed and case-insensitive.
	 */
	private static Map.Entry<String, List<Check>> group(Map<String, String> variables) {
		String name = PathSegment.decode(variables.get("name")).trim();
		return groups().entrySet()
			.stream()
			.filter(entry -> entry.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new ResponseException(ApiResponse.problem(404, "Health Check Group Not Found",
					"No health check group found with name = " + name, "NotFound")));
	}

	private static Optional<Check> check(UUID id) {
		return CHECKS.stream().filter(check -> check.id().equals(id)).findFirst();
	}

}
