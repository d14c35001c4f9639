package io.github.umbracomgmt.test;

import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static io.github.umbracomgmt.test.UmbracoHttp.CURRENT_USER_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ServerLifecycleTests {

	@Test
	void listensOnLoopbackAtARandomPort() {
		try (UmbracoTestServer server = UmbracoTestServer.start()) {
			assertThat(server.port()).isPositive();
			assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
			assertThat(server.clientId()).isEqualTo(UmbracoTestServer.DEFAULT_CLIENT_ID);
			assertThat(server.clientSecret()).isEqualTo(UmbracoTestServer.DEFAULT_CLIENT_SECRET);
		}
	}

	@Test
	void givesThePropertiesThatPointASiteAtIt() {
		try (UmbracoTestServer server = UmbracoTestServer.builder().clientSecret("blog-secret").start()) {
			assertThat(server.properties()).containsExactly(
					java.util.Map.entry("umbraco.management.base-url", server.baseUrl()),
					java.util.Map.entry("umbraco.management.client-id", UmbracoTestServer.DEFAULT_CLIENT_ID),
					java.util.Map.entry("umbraco.management.client-secret", "blog-secret"));
			assertThat(server.propertyValues("umbraco.management.sites.blog")).containsExactly(
					"umbraco.management.sites.blog.base-url=" + server.baseUrl(),
					"umbraco.management.sites.blog.client-id=" + UmbracoTestServer.DEFAULT_CLIENT_ID,
					"umbraco.management.sites.blog.client-secret=blog-secret");
		}
	}

	@Test
	void listensOnTheRequestedPort() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		try (UmbracoTestServer server = UmbracoTestServer.builder().port(port).start()) {
			assertThat(server.port()).isEqualTo(port);
			assertThat(new UmbracoHttp(server).get("/umbraco/management/api/v1/server/status", null).statusCode())
				.isEqualTo(200);
		}
	}

	@Test
	void stopRefusesConnectionsAndRestartServesTheSameDataOnTheSamePort() {
		try (UmbracoTestServer server = UmbracoTestServer.start()) {
			UmbracoHttp http = new UmbracoHttp(server);
			String token = http.token();
			int port = server.port();

			server.stop();
			assertThatExceptionOfType(UncheckedIOException.class)
				.isThrownBy(() -> http.get("/umbraco/management/api/v1/server/status", null));

			server.restart();
			assertThat(server.port()).isEqualTo(port);
			assertThat(http.get("/umbraco/management/api/v1/user/current", token).statusCode())
				.as("the token issued before the stop")
				.isEqualTo(200);
		}
	}

	@Test
	void closeStopsServingAndIsIdempotent() {
		UmbracoTestServer server = UmbracoTestServer.start();
		UmbracoHttp http = new UmbracoHttp(server);

		server.close();
		server.close();

		assertThatExceptionOfType(UncheckedIOException.class)
			.isThrownBy(() -> http.get("/umbraco/management/api/v1/server/status", null));
	}

	@Test
	void stopRefusesConnectionsAndRestartServesAgainOnTheSamePortWithTheSameData() {
		try (UmbracoTestServer server = UmbracoTestServer.start()) {
			UmbracoHttp http = new UmbracoHttp(server);
			String token = http.token();
			server.users().setCurrent("Grace Hopper", "grace@example.com");
			int port = server.port();

			server.stop();
			server.stop();

			assertThat(server.isRunning()).isFalse();
			assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> http.get(CURRENT_USER_PATH, token));

			server.restart();
			server.restart();

			assertThat(server.isRunning()).isTrue();
			assertThat(server.port()).isEqualTo(port);
			HttpResponse<String> response = http.get(CURRENT_USER_PATH, token);
			assertThat(response.statusCode()).as("the token issued before the stop still works").isEqualTo(200);
			assertThat(response.body()).contains("Grace Hopper");
			assertThat(server.tokenRequests()).isEqualTo(1);
		}
	}

	@Test
	void cannotRestartOnceClosed() {
		UmbracoTestServer server = UmbracoTestServer.start();
		server.close();

		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(server::restart);
		assertThat(server.isRunning()).isFalse();
	}

	@Test
	void pathsOutsideTheManagementApiAreNotFound() {
		try (UmbracoTestServer server = UmbracoTestServer.start()) {
			HttpResponse<String> response = new UmbracoHttp(server).get("/umbraco/delivery/api/v2/content", null);

			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(server.apiRequests()).isZero();
			assertThat(server.requests()).hasSize(1);
		}
	}

	@Test
	void servesManyConcurrentCallers() {
		try (UmbracoTestServer server = UmbracoTestServer.start()) {
			UmbracoHttp http = new UmbracoHttp(server);
			String token = http.token();

			List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, 200)
				.mapToObj(i -> http.client()
					.sendAsync(http.getRequest(CURRENT_USER_PATH, token), HttpResponse.BodyHandlers.ofString()))
				.toList();

			assertThat(calls).allSatisfy(call -> assertThat(call.join().statusCode()).isEqualTo(200));
			assertThat(server.apiRequests("GET", CURRENT_USER_PATH)).isEqualTo(200);
			assertThat(server.requests()).hasSize(201);
		}
	}

}
