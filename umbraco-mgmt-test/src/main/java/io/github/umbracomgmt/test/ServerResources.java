package io.github.umbracomgmt.test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Server} operations: the probes clients use as health checks
 * ({@code /server/status}, {@code /server/information}), the back-office configuration,
 * troubleshooting information and the upgrade check. {@code /server/status} and
 * {@code /server/configuration} are anonymous in Umbraco (their OpenAPI operations have
 * no security requirement), so they answer without a token here too.
 */
final class ServerResources implements ResourceGroup {

	/**
	 * The Umbraco version the fake is by default: the newest whose OpenAPI document its
	 * answers follow.
	 */
	static final String NEWEST = "18.1";

	private volatile String serverStatus = "Run";

	/**
	 * The version the server started as, which {@link #resetInformation()} returns to.
	 */
	private final ApiVersion initialVersion;

	private volatile ApiVersion version;

	private volatile UpgradeCheck upgradeCheck = UpgradeCheck.NONE;

	/**
	 * What {@code /server/upgrade-check} reports.
	 *
	 * @param url where to read about the upgrade, empty when there is none
	 */
	record UpgradeCheck(String type, String comment, String url) {

		/**
		 * What Umbraco answers when the site is up to date (and what it answers offline).
		 */
		static final UpgradeCheck NONE = new UpgradeCheck("None", "", "");

	}

	ServerResources(ApiVersion version) {
		this.initialVersion = version;
		this.version = version;
	}

	void setServerStatus(String serverStatus) {
		this.serverStatus = serverStatus;
	}

	/**
	 * Sets the version ({@code 17.3}, {@code 18.1.0}, {@code 18.1.0-rc}): what
	 * {@code /server/information} reports, and which operations exist. The assembly
	 * version ({@code major.minor.patch}) follows as in Umbraco's builds.
	 */
	void setVersion(ApiVersion version) {
		this.version = Objects.requireNonNull(version, "version");
	}

	ApiVersion version() {
		return this.version;
	}

	void setUpgradeCheck(UpgradeCheck upgradeCheck) {
		this.upgradeCheck = Objects.requireNonNull(upgradeCheck, "upgradeCheck");
	}

	/**
	 * Puts version and upgrade check back as they started; the status has its own public
	 * reset.
	 */
	void resetInformation() {
		this.version = this.initialVersion;
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
			ApiVersion current = this.version;
			body.put("version", current.semantic());
			body.put("assemblyVersion", current.assembly());
			body.put("baseUtcOffset", "00:00:00");
			body.put("runtimeMode", "Production");
			return ApiResponse.json(200, body);
		});
		router.add("GET", "/server/configuration", Router.Access.ANONYMOUS, (request, variables) -> {
			// Umbraco's defaults: password reset allowed, a weekly version check, no
			// external-only login.
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
			body.put("url", check.url().isBlank() ? "" : check.url() + "?version=" + this.version.assembly());
			return ApiResponse.json(200, body);
		});
	}

	/**
	 * The keys Umbraco's {@code SystemTroubleshootingInformationService} reports, with a
	 * plausible Linux host.
	 */
	private ObjectNode troubleshooting() {
		Map<String, String> information = new LinkedHashMap<>();
		information.put("Server OS", "Linux");
		information.put("Server Framework", ".NET 9.0.0");
		information.put("Default Language", "en-US");
		information.put("Umbraco Version", withoutBuild(this.version.semantic()));
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

	/**
	 * Drops {@code +build} metadata but keeps a pre-release label, as Umbraco's
	 * troubleshooting page does.
	 */
	private static String withoutBuild(String version) {
		int plus = version.indexOf('+');
		return (plus >= 0) ? version.substring(0, plus) : version;
	}

}
