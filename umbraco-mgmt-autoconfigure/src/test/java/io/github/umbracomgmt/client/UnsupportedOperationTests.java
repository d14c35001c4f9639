package io.github.umbracomgmt.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

import io.github.umbracomgmt.client.model.ElementResponse;
import io.github.umbracomgmt.client.model.PatchDocumentRequest;
import io.github.umbracomgmt.error.UmbracoNotFoundException;
import io.github.umbracomgmt.error.UmbracoUnsupportedOperationException;
import io.github.umbracomgmt.http.UmbracoCalls;
import io.github.umbracomgmt.http.UmbracoErrorMapper;
import io.github.umbracomgmt.http.UmbracoExchangeAdapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A 404 without ProblemDetails to an operation the server's version does not have becomes
 * {@link UmbracoUnsupportedOperationException}, naming both versions; the server's
 * version is asked for once, only when such a 404 needs it. The server here is a small
 * HTTP server that answers as an Umbraco 17.3 does to routes it lacks;
 * {@code Umbraco17ModeClientTests} does the same against the test kit in 17.3 mode. The
 * starter's clients are its generated implementations; an HTTP interface of the
 * application's own, from the proxy factory, is explained the same way.
 */
class UnsupportedOperationTests {

	private static final String API = "/umbraco/management/api/v1";

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private HttpServer server;

	private UmbracoCalls calls;

	@BeforeEach
	void startUmbraco17() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::answerAs17);
		this.server.start();
		WebClient webClient = WebClient.builder()
			.baseUrl("http://127.0.0.1:" + this.server.getAddress().getPort())
			.defaultStatusHandler(HttpStatusCode::isError, UmbracoErrorMapper::toException)
			.build();
		this.calls = new UmbracoCalls(webClient);
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	private void answerAs17(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		this.requests.add(exchange.getRequestMethod() + " " + path);
		if (path.equals(API + "/server/information")) {
			respond(exchange, 200,
					"""
							{"version":"17.3.2","assemblyVersion":"17.3.2","baseUtcOffset":"00:00:00","runtimeMode":"Production"}""");
		}
		else if (path.startsWith(API + "/document/")) {
			// a route 17 has, for an item it does not have: ProblemDetails
			respond(exchange, 404, """
					{"title":"The document could not be found","status":404,"operationStatus":"NotFound"}""");
		}
		else {
			// a route 17 lacks: no body
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		}
	}

	private static void respond(HttpExchange exchange, int status, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	@Test
	void anOperationNewerThanTheServerNamesBothVersions() {
		UmbracoElementClient elements = this.calls.client(UmbracoElementClient.class);
		assertThatExceptionOfType(UmbracoUnsupportedOperationException.class)
			.isThrownBy(() -> elements.getElementById(UUID.randomUUID()).block())
			.isInstanceOf(UmbracoNotFoundException.class)
			.satisfies((ex) -> {
				assertThat(ex.getOperationId()).isEqualTo("GetElementById");
				assertThat(ex.getSince()).isEqualTo("18.0");
				assertThat(ex.getServerVersion()).isEqualTo("17.3.2");
				assertThat(ex.getStatusCode().value()).isEqualTo(404);
			})
			.withMessageContaining("Umbraco 17.3.2")
			.withMessageContaining("GetElementById")
			.withMessageContaining("introduced in Umbraco 18.0");
	}

	@Test
	void theServerVersionIsAskedForOnceAndOnlyWhenA404NeedsIt() {
		UmbracoDocumentClient documents = this.calls.client(UmbracoDocumentClient.class);
		UmbracoElementClient elements = this.calls.client(UmbracoElementClient.class);
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> documents.getDocumentById(UUID.randomUUID()).block())
			.isNotInstanceOf(UmbracoUnsupportedOperationException.class);
		assertThat(this.requests).noneMatch((request) -> request.endsWith("/server/information"));
		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(UmbracoUnsupportedOperationException.class)
				.isThrownBy(() -> elements.getElementById(UUID.randomUUID()).block());
		}
		assertThat(this.requests).filteredOn((request) -> request.endsWith("/server/information")).hasSize(1);
	}

	@Test
	void aNotFoundWithProblemDetailsStaysANotFound() {
		UmbracoDocumentClient documents = this.calls.client(UmbracoDocumentClient.class);
		// patch is an 18.0 operation, but a 404 with ProblemDetails names a missing item,
		// not a missing route
		assertThatExceptionOfType(UmbracoNotFoundException.class).isThrownBy(
				() -> documents.patchDocumentByIdPatch(UUID.randomUUID(), new PatchDocumentRequest(List.of())).block())
			.isNotInstanceOf(UmbracoUnsupportedOperationException.class);
	}

	@Test
	void anInterfaceOfTheApplicationsOwnIsExplainedAlikeAndSharesTheServerVersion() {
		HttpServiceProxyFactory proxies = UmbracoExchangeAdapter.proxyFactory(this.calls);
		ElementsOfMyOwn mine = proxies.createClient(ElementsOfMyOwn.class);
		assertThatExceptionOfType(UmbracoUnsupportedOperationException.class)
			.isThrownBy(() -> mine.element(UUID.randomUUID()).block())
			.satisfies((ex) -> assertThat(ex.getOperationId()).isEqualTo("GetElementById"));
		assertThatExceptionOfType(UmbracoUnsupportedOperationException.class)
			.isThrownBy(() -> this.calls.client(UmbracoElementClient.class).getElementById(UUID.randomUUID()).block());
		assertThat(this.requests).filteredOn((request) -> request.endsWith("/server/information")).hasSize(1);
	}

	@Test
	void anOperationTheServerHasKeepsAPlain404() {
		UmbracoDataTypeClient dataTypes = this.calls.client(UmbracoDataTypeClient.class);
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> dataTypes.getDataTypeById(UUID.randomUUID()).block())
			.isNotInstanceOf(UmbracoUnsupportedOperationException.class);
	}

	/** An HTTP interface of an application's own, for an operation 17 lacks. */
	interface ElementsOfMyOwn {

		@UmbracoOperation(id = "GetElementById", since = "18.0")
		@GetExchange("/umbraco/management/api/v1/element/{id}")
		Mono<ElementResponse> element(@PathVariable UUID id);

	}

}
