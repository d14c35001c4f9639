package io.github.umbracomgmt.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.netty.resources.LoopResources;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.umbracomgmt.test.UmbracoTestServer;
import io.github.umbracomgmt.token.TestRegistrations;
import io.github.umbracomgmt.token.UmbracoTokenManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a cold burst, API requests must spread over the connector's event loops, not all
 * run on the loop that received the token response (issue #10: all pooled connections
 * were pinned to that one loop), and evenly.
 */
class ColdBurstEventLoopTests {

	private static final String USER_CURRENT = "/umbraco/management/api/v1/user/current";

	private static final int CALLS = 32;

	private UmbracoTestServer server;

	@BeforeEach
	void startServer() {
		this.server = UmbracoTestServer.start();
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void apiRequestsAfterAColdBurstGoOutOnMoreThanOneEventLoop() {
		// Reactor Netty's default loops number max(cores, 4): several even on a 2-core CI
		// machine
		assertThat(LoopResources.DEFAULT_IO_WORKER_COUNT).isGreaterThanOrEqualTo(2);
		Map<String, AtomicInteger> writers = new ConcurrentHashMap<>();
		ReactorClientHttpConnector reactor = new ReactorClientHttpConnector();
		// the request callback runs on the event loop of the connection that writes the
		// request
		ClientHttpConnector recording = (method, uri, callback) -> reactor.connect(method, uri, (request) -> {
			if (USER_CURRENT.equals(uri.getPath())) {
				writers.computeIfAbsent(Thread.currentThread().getName(), (name) -> new AtomicInteger())
					.incrementAndGet();
			}
			return callback.apply(request);
		});
		// every caller of the burst waits for the one token request, and every API
		// request is still open when the next one starts, so the burst opens many
		// connections (never one reused connection): deterministic
		this.server.setTokenLatency(Duration.ofMillis(300));
		this.server.setApiLatency(Duration.ofMillis(300));
		coldBurst(recording, CALLS);
		assertThat(this.server.apiRequests("GET", USER_CURRENT)).isEqualTo(CALLS);
		assertThat(writers.keySet()).allSatisfy((thread) -> assertThat(thread).startsWith("reactor-http-"));
		assertThat(writers).as("event loops that wrote the burst's API requests").hasSizeGreaterThan(1);
		// spread evenly over the connector's loops (the token's connection, reused by
		// one of the callers, may tip the balance by one)
		assertThat(writers.values().stream().mapToInt(AtomicInteger::get).max().getAsInt())
			.as("API requests written by the busiest event loop, of %d (%s)", CALLS, writers)
			.isLessThanOrEqualTo(CALLS * 6 / 10);
	}

	@Test
	void callersThatWaitedForTheTokenStartTheirRequestsOnTheConnectorsLoopsInTurnAndKeepThem() {
		Map<String, AtomicInteger> starters = new ConcurrentHashMap<>();
		AtomicInteger writtenElsewhere = new AtomicInteger();
		ReactorClientHttpConnector reactor = new ReactorClientHttpConnector();
		ClientHttpConnector recording = (method, uri, callback) -> {
			// the thread the caller's request starts on, resumed after the token came
			String starter = Thread.currentThread().getName();
			return reactor.connect(method, uri, (request) -> {
				if (USER_CURRENT.equals(uri.getPath())) {
					starters.computeIfAbsent(starter, (name) -> new AtomicInteger()).incrementAndGet();
					if (!starter.equals(Thread.currentThread().getName())) {
						writtenElsewhere.incrementAndGet();
					}
				}
				return callback.apply(request);
			});
		};
		// every API request is still open when the next one starts: each opens a
		// connection of its own, except one caller that may get the token's
		this.server.setTokenLatency(Duration.ofMillis(300));
		this.server.setApiLatency(Duration.ofMillis(300));
		coldBurst(recording, CALLS);
		int loops = Math.min(LoopResources.DEFAULT_IO_WORKER_COUNT, CALLS);
		assertThat(starters).as("threads the waiting callers started their API requests on").hasSize(loops);
		assertThat(starters.keySet()).allSatisfy((thread) -> assertThat(thread).startsWith("reactor-http-"));
		// one after the other, round-robin
		assertThat(starters.values())
			.allSatisfy((count) -> assertThat(count.get()).isBetween(CALLS / loops, (CALLS + loops - 1) / loops));
		// a connection opened from an event loop stays on it, whichever thread drains
		// the pool: the spread above is the spread of the connections
		assertThat(writtenElsewhere.get()).as("API requests written on another loop than the one they started on")
			.isLessThanOrEqualTo(1);
	}

	/**
	 * {@code calls} concurrent API calls from a cold start (no token yet) over the
	 * connector, for token and API requests alike; all of them share the one token
	 * request.
	 */
	private void coldBurst(ClientHttpConnector connector, int calls) {
		UmbracoTokenManager manager = UmbracoTokenManager
			.builder(TestRegistrations.of(this.server),
					UmbracoWebClients.tokenWebClient(WebClient.builder(), connector))
			.build();
		WebClient api = UmbracoWebClients.apiWebClient(WebClient.builder(), connector, this.server.baseUrl(), manager);
		Flux.range(0, calls)
			.flatMap((i) -> api.get().uri(USER_CURRENT).retrieve().toBodilessEntity(), calls)
			.blockLast(Duration.ofSeconds(30));
		assertThat(this.server.tokenRequests()).isEqualTo(1);
	}

}
