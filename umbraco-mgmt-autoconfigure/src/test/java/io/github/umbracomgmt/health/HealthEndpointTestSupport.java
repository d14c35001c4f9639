package io.github.umbracomgmt.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;

import io.github.umbracomgmt.test.UmbracoTestServer;
import io.github.umbracomgmt.token.UmbracoTokenManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator's health endpoint of a whole application with the starter, asked over HTTP
 * as a load balancer or Kubernetes would: UP, then DOWN with the reason while the fake
 * Umbraco is stopped, then UP again once it is back. Subclasses run it in a WebFlux and
 * in an MVC application.
 */
abstract class HealthEndpointTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private Environment environment;

	@Autowired
	private UmbracoTokenManager tokenManager;

	/** The fake this application talks to. */
	abstract UmbracoTestServer server();

	static void umbraco(DynamicPropertyRegistry registry, UmbracoTestServer server) {
		registry.add("umbraco.management.base-url", server::baseUrl);
		registry.add("umbraco.management.client-id", server::clientId);
		registry.add("umbraco.management.client-secret", server::clientSecret);
	}

	@Test
	void reportsUpThenDownWhileUmbracoIsStoppedThenUpAgain() throws Exception {
		UmbracoTestServer server = server();
		server.setVersion("17.3.0");

		HttpResponse<String> up = health();
		assertThat(up.statusCode()).isEqualTo(200);
		JsonNode umbraco = umbraco(up);
		assertThat(umbraco.path("status").asText()).isEqualTo("UP");
		assertThat(umbraco.path("details").path("serverStatus").asText()).isEqualTo("Run");
		assertThat(umbraco.path("details").path("version").asText()).isEqualTo("17.3.0");

		server.stop();
		try {
			HttpResponse<String> down = health();
			assertThat(down.statusCode()).isEqualTo(503);
			JsonNode details = umbraco(down).path("details");
			assertThat(umbraco(down).path("status").asText()).isEqualTo("DOWN");
			assertThat(details.path("error").asText()).contains("/umbraco/management/api/v1/server/status");
			assertThat(details.path("version").asText()).as("the last version seen").isEqualTo("17.3.0");
			assertThat(down.body()).doesNotContain(server.clientSecret())
				.doesNotContain(this.tokenManager.getCachedToken().getTokenValue());
		}
		finally {
			server.restart();
		}

		HttpResponse<String> back = health();
		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(umbraco(back).path("status").asText()).isEqualTo("UP");
		assertThat(server.tokenRequests()).as("the cached token served every check").isEqualTo(1);
	}

	@Test
	void reportsOutOfServiceWhileUmbracoUpgrades() throws Exception {
		UmbracoTestServer server = server();
		server.setServerStatus("Upgrade");
		try {
			HttpResponse<String> upgrading = health();
			assertThat(upgrading.statusCode()).isEqualTo(503);
			assertThat(umbraco(upgrading).path("status").asText()).isEqualTo("OUT_OF_SERVICE");
			assertThat(umbraco(upgrading).path("details").path("serverStatus").asText()).isEqualTo("Upgrade");
		}
		finally {
			server.setServerStatus("Run");
		}
		assertThat(health().statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> health() throws Exception {
		String port = this.environment.getProperty("local.server.port");
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode umbraco(HttpResponse<String> response) {
		JsonNode umbraco = JSON.readTree(response.body()).path("components").path("umbraco");
		assertThat(umbraco.isMissingNode()).as("umbraco in %s", response.body()).isFalse();
		return umbraco;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

	}

}
