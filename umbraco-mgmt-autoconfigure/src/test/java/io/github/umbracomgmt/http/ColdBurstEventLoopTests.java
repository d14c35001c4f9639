package io.github.umbracomgmt.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import io.netty.util.NettyRuntime;
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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * After a cold burst, API requests must spread over the connector's event loops (as many
 * as there are processors), not all run on the loop that received the token response
 * (issue #10: all pooled connections were pinned to that one loop), and evenly.
 */
class ColdBurstEventLoopTests {

	private static final String USER_CURRENT = "/umbraco/management/api/v1/user/current";

	private static final int CALLS = 32;

	/**
	 * The loops the waiting callers are resumed on in turn: Reactor Netty's default loops
	 * number max(processors, 4), and the starter takes as many of them as can run at
	 * once.
	 */
	private static final int LOOPS = Math.min(Math.min(LoopResources.DEFAULT_IO_WORKER_COUNT, CALLS),
			NettyRuntime.availableProcessors());

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
		assumeTrue(LOOPS >= 2, "on one processor, the starter resumes waiting callers on one loop");
		Map<String, Long> writers = coldBurst().stream()
			.collect(Collectors.groupingBy(Request::writer, Collectors.counting()));
		assertThat(writers.keySet()).allSatisfy((thread) -> assertThat(thread).startsWith("reactor-http-"));
		assertThat(writers).as("event loops that wrote the burst's API requests").hasSizeGreaterThan(1);
		// spread evenly over the connector's loops (the token's connection, reused by
		// one of the callers, may tip the balance by one)
		assertThat(writers.values().stream().mapToLong(Long::longValue).max().getAsLong())
			.as("API requests written by the busiest event loop, of %d (%s)", CALLS, writers)
			.isLessThanOrEqualTo(CALLS * 6 / 10);
	}

	@Test
	void callersThatWaitedForTheTokenStartTheirRequestsOnTheConnectorsLoopsInTurnAndKeepThem() {
		List<Request> requests = coldBurst();
		Map<String, Long> starters = requests.stream()
			.collect(Collectors.groupingBy(Request::starter, Collectors.counting()));
		assertThat(starters).as("threads the waiting callers started their API requests on").hasSize(LOOPS);
		assertThat(starters.keySet()).allSatisfy((thread) -> assertThat(thread).startsWith("reactor-http-"));
		// one after the other, round-robin
		assertThat(starters.values()).allSatisfy(
				(count) -> assertThat(count).isBetween((long) CALLS / LOOPS, (long) (CALLS + LOOPS - 1) / LOOPS));
		// a connection opened from an event loop stays on it, whichever thread drains
		// the pool: the spread above is the spread of the connections
		assertThat(requests.stream().filter((request) -> !request.starter().equals(request.writer())))
			.as("API requests written on another loop than the one they started on")
			.hasSizeLessThanOrEqualTo(1);
	}

	/**
	 * {@link #CALLS} concurrent API calls from a cold start (no token yet), for token and
	 * API requests alike over one connector; all of them share the one token request.
	 * Every caller waits for that request, and every API request is still open when the
	 * next one starts, so the burst opens a connection per call (but for one caller that
	 * may get the token's): deterministic.
	 * @return each API request: the thread its caller started it on, and the event loop
	 * that wrote it
	 */
	private List<Request> coldBurst() {
		Queue<Request> requests = new ConcurrentLinkedQueue<>();
		ReactorClientHttpConnector reactor = new ReactorClientHttpConnector();
		ClientHttpConnector recording = (method, uri, callback) -> {
			// the caller's thread: resumed there after the token came
			String starter = Thread.currentThread().getName();
			// the request callback runs on the event loop of the connection that writes
			// the request
			return reactor.connect(method, uri, (request) -> {
				if (USER_CURRENT.equals(uri.getPath())) {
					requests.add(new Request(starter, Thread.currentThread().getName()));
				}
				return callback.apply(request);
			});
		};
		this.server.setTokenLatency(Duration.ofMillis(300));
		this.server.setApiLatency(Duration.ofMillis(300));
		UmbracoTokenManager manager = UmbracoTokenManager
			.builder(TestRegistrations.of(this.server),
					UmbracoWebClients.tokenWebClient(WebClient.builder(), recording))
			.build();
		WebClient api = UmbracoWebClients.apiWebClient(WebClient.builder(), recording, this.server.baseUrl(), manager);
		Flux.range(0, CALLS)
			.flatMap((i) -> api.get().uri(USER_CURRENT).retrieve().toBodilessEntity(), CALLS)
			.blockLast(Duration.ofSeconds(30));
		assertThat(this.server.tokenRequests()).isEqualTo(1);
		assertThat(this.server.apiRequests("GET", USER_CURRENT)).isEqualTo(CALLS);
		return List.copyOf(requests);
	}

	/**
	 * An API request of a burst: where its caller started it, and where it was written.
	 */
	private record Request(String starter, String writer) {
	}

}
