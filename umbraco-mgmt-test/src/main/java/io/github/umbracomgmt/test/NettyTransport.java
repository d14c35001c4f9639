package io.github.umbracomgmt.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;

/**
 * Carries requests between real HTTP on 127.0.0.1 and the {@link Dispatcher}.
 *
 * <p>
 * The server runs on event loops of its own: Spring contexts dispose reactor-netty's
 * global resources when they close, and a fake server shared by several test contexts
 * must survive that.
 */
final class NettyTransport implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(NettyTransport.class);

	private final LoopResources loops;

	private final DisposableServer server;

	private final Function<ApiRequest, Dispatcher.Outcome> dispatcher;

	private final int port;

	NettyTransport(int port, Function<ApiRequest, Dispatcher.Outcome> dispatcher) {
		this.dispatcher = dispatcher;
		this.loops = LoopResources.create("umbraco-test-server", 1, 2, true, false);
		try {
			this.server = HttpServer.create()
				.runOn(this.loops)
				.host("127.0.0.1")
				.port(port)
				.handle(this::handle)
				.bindNow(Duration.ofSeconds(10));
			this.port = this.server.port();
		}
		catch (RuntimeException ex) {
			this.loops.disposeLater(Duration.ZERO, Duration.ofSeconds(5)).block();
			throw ex;
		}
	}

	/**
	 * The bound port, still known after {@link #close()}, so the server can bind it
	 * again.
	 */
	int port() {
		return this.port;
	}

	@Override
	public void close() {
		this.server.disposeNow(Duration.ofSeconds(5));
		this.loops.disposeLater(Duration.ZERO, Duration.ofSeconds(5)).block();
	}

	private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		// Bytes first: multipart uploads carry binary parts that a String round trip
		// would corrupt.
		return request.receive()
			.aggregate()
			.asByteArray()
			.defaultIfEmpty(new byte[0])
			.map(bytes -> this.dispatcher
				.apply(new ApiRequest(toRecorded(request, new String(bytes, StandardCharsets.UTF_8)), bytes)))
			.onErrorResume(ex -> {
				// A bug in the fake, not a scenario: answer 500 so the test fails loudly
				// rather than hanging.
				logger.warn("Umbraco test server failed on {} {}: {}", request.method(), request.fullPath(),
						ex.toString());
				return Mono.just(new Dispatcher.Outcome.Respond(
						ApiResponse.problem(500, "The test server failed: " + ex.getClass().getSimpleName()),
						Duration.ZERO));
			})
			.flatMap(outcome -> {
				Mono<Void> send = send(request, response, outcome);
				return outcome.delay().isZero() ? send : Mono.delay(outcome.delay()).then(send);
			});
	}

	private static Mono<Void> send(HttpServerRequest request, HttpServerResponse response, Dispatcher.Outcome outcome) {
		if (outcome instanceof Dispatcher.Outcome.Respond respond) {
			ApiResponse api = respond.response();
			response.status(api.status());
			api.headers().forEach(response::header);
			response.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(api.body().length));
			return (api.body().length == 0) ? response.send().then()
					: response.sendByteArray(Mono.just(api.body())).then();
		}
		// SO_LINGER 0 turns the close into a TCP reset, what a crashed server or a cut
		// connection looks like.
		request.withConnection(connection -> {
			connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
			connection.channel().close();
		});
		return Mono.empty();
	}

	private static RecordedRequest toRecorded(HttpServerRequest request, String body) {
		String uri = request.uri();
		int question = uri.indexOf('?');
		String path = (question >= 0) ? uri.substring(0, question) : uri;
		String query = (question >= 0) ? uri.substring(question + 1) : null;
		return new RecordedRequest(request.method().name(), path, query, headers(request.requestHeaders()), body);
	}

	private static Map<String, List<String>> headers(HttpHeaders headers) {
		Map<String, List<String>> result = new LinkedHashMap<>();
		for (String name : headers.names()) {
			result.put(name, headers.getAll(name));
		}
		return result;
	}

}
