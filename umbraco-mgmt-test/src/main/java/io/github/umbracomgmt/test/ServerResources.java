package io.github.umbracomgmt.test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Server} operations: the probes clients use as health checks ({@code /server/status},
 * {@code /server/information}), the back-office configuration, troubleshooting information and the upgrade check.
 * {@code /server/status} and {@code /server/configuration} are anonymous in Umbraco (their OpenAPI operations have no
 * security requirement), so they answer without a token here too.
 */
final class ServerResources implements ResourceGroup {

	/** The Umbraco version the fake claims to be by default: the era of the OpenAPI document its models follow. */
	static final String VERSION = "16.0.0";

	private static final Pattern SEMANTIC_VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+).*");

	private volatile String serverStatus = "Run";

	private volatile String version = VERSION;

	private volatile UpgradeCheck upgradeCheck = UpgradeCheck.NONE;

	/**
	 * What {@code /server/upgrade-check} reports.
	 * @param url where to read about the upgrade, empty when there is none
	 */
	record UpgradeCheck(String type, String comment, String url) {

		/** What Umbraco answers when the site is up to date (and what it answers offline). */
		static final UpgradeCheck NONE = new UpgradeCheck("None", "", "");

	}

	void setServerStatus(String serverStatus) {
		this.serverStatus = serverStatus;
	}

	/**
	 * Sets the semantic version ({@code 16.0.0}, {@code 16.1.0-rc}), from which the assembly version
	 * ({@code major.minor.patch}) follows as it does in Umbraco's builds.
	 */
	void setVersion(String version) {
		if (!SEMANTIC_VERSION.matcher(version).matches()) {
			throw new IllegalArgumentException("A version must look like 16.0.0, but was '" + version + "'");
		}
		this.version = version;
	}

	String version() {
		return this.version;
	}

	void setUpgradeCheck(UpgradeCheck upgradeCheck) {
		this.upgradeCheck = Objects.requireNonNull(upgradeCheck, "upgradeCheck");
	}

	/** Puts version and upgrade check back as they started; the status has its own public reset. */
	void resetInformation() {
		this.version = VERSION;
		this.upgradeCheck = UpgradeCheck.NONE;
	}

	@Override
	public void registerRoutes(Router router) {
		router.add("GET", "/server/status", Router.Access.ANONYMOUS, (request, variables) -> {
			ObjectNode body = Json.object();
			body.put("serverStatus", this.serverStatus);
			return ApiResponse.json(200, body);
		});
		router.get("/server/information", (request, variables) -> {
			ObjectNode body = Json.object();
			body.put("version", this.version);
			body.put("assemblyVersion", assemblyVersion(this.version));
			body.put("baseUtcOffset", "00:00:00");
			body.put("runtimeMode", "Production");
			return ApiResponse.json(200, body);
		});
		router.add("GET", "/server/configuration", Router.Access.ANONYMOUS, (request, variables) -> {
			// Umbraco's defaults: password reset allowed, a weekly version check, no external-only login.
			ObjectNode body = Json.object();
			body.put("allowPasswordReset", true);
			body.put("versionCheckPeriod", 7);
			body.put("allowLocalLogin", true);
			return ApiResponse.json(200, body);
		});
		router.get("/server/troubleshooting", (request, variables) -> ApiResponse.json(200, troubleshooting()));
		router.get("/server/upgrade-check", (request, variables) -> {
			UpgradeCheck check = this.upgradeCheck;
			ObjectNode body = Json.object();
			body.put("type", check.type());
			body.put("comment", check.comment());
			// Umbraco appends the running version so the page can tailor its advice.
			body.put("url", check.url().isBlank() ? "" : check.url() + "?version=" + assemblyVersion(this.version));
			return ApiResponse.json(200, body);
		});
	}

	/** The keys Umbraco's {@code SystemTroubleshootingInformationService} reports, with a plausible Linux host. */
	private ObjectNode troubleshooting() {
		Map<String, String> information = new LinkedHashMap<>();
		information.put("Server OS", "Linux");
		information.put("Server Framework", ".NET 9.0.0");
		information.put("Default Language", "en-US");
		information.put("Umbraco Version", withoutBuild(this.version));
		information.put("Current Culture", "en-US");
		information.put("Current UI Culture", "en-US");
		information.put("Current Webserver", "Kestrel");
		information.put("Models Builder Mode", "InMemoryAuto");
		information.put("Runtime Mode", "Production");
		information.put("Debug Mode", "False");
		information.put("Database Provider", "Microsoft.Data.Sqlite");
		information.put("Current Server Role", "Single");
		ObjectNode body = Json.object();
		ArrayNode items = body.putArray("items");
		information.forEach((name, data) -> items.addObject().put("name", name).put("data", data));
		return body;
	}

	private static String assemblyVersion(String version) {
		Matcher matcher = SEMANTIC_VERSION.matcher(version);
		return matcher.matches() ? matcher.group(1) + "." + matcher.group(2) + "." + matcher.group(3) : version;
	}

	/** Drops {@code +build} metadata but keeps a pre-release label, as Umbraco's troubleshooting page does. */
	private static String withoutBuild(String version) {
		int plus = version.indexOf('+');
		return (plus >= 0) ? version.substring(0, plus) : version;
	}
}
