package io.github.umbracomgmt.test;

import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Server} probes clients use as health checks. {@code /server/status} is anonymous in Umbraco (its
 * OpenAPI operation has no security requirement), so it answers without a token here too.
 */
final class ServerResources implements ResourceGroup {

	/** The Umbraco version the fake claims to be: the era of the OpenAPI document its models follow. */
	static final String VERSION = "16.0.0";

	private volatile String serverStatus = "Run";

	void setServerStatus(String serverStatus) {
		this.serverStatus = serverStatus;
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
			body.put("version", VERSION);
			body.put("assemblyVersion", VERSION);
			body.put("baseUtcOffset", "00:00:00");
			body.put("runtimeMode", "Production");
			return ApiResponse.json(200, body);
		});
	}
}
