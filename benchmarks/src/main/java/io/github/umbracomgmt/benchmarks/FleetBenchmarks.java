package io.github.umbracomgmt.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

import io.github.umbracomgmt.autoconfigure.UmbracoManagementAutoConfiguration;
import io.github.umbracomgmt.client.UmbracoUserClient;
import io.github.umbracomgmt.test.UmbracoTestServer;
import io.github.umbracomgmt.token.TokenMetrics;
import io.github.umbracomgmt.token.UmbracoTokenManager;

/**
 * A fleet of instances of one application (separate Spring contexts, each with its own
 * token manager, WebClient and Redis connection) sharing one token through
 * {@code umbraco.management.token-store=redis}, against one fake Umbraco (token endpoint
 * latency 50 ms, 20 s tokens, so a refresh comes every 16 s) and a real
 * {@code redis-server} that this class starts on a free loopback port:
 * <ol>
 * <li>every instance sends {@code cold} concurrent calls at once on a cold start, then
 * {@code concurrency} concurrent calls each without pause for {@code seconds}, across at
 * least one refresh;</li>
 * <li>the same with Redis killed 8 s into the sustained load (so the next refresh falls
 * while it is down) and started again, empty, 12 s later.</li>
 * </ol>
 * Reports token requests received by the fake, each instance's in-memory hit rate (calls
 * whose token came from the manager's memory without waiting), and failed calls. Run with
 * {@code mvn -q -Pbenchmarks -pl benchmarks -am spring-boot:run -Dbenchmark.mainClass=io.github.umbracomgmt.benchmarks.FleetBenchmarks};
 * system properties {@code instances}, {@code cold}, {@code concurrency}, {@code seconds}
 * change the sizes. Needs {@code redis-server} on the PATH
 * ({@code apt-get install -y redis-server}).
 */
public final class FleetBenchmarks {

	private FleetBenchmarks() {
	}

	public static void main(String[] args) throws Exception {
		int instances = Integer.getInteger("instances", 8);
		int cold = Integer.getInteger("cold", 200);
		int concurrency = Integer.getInteger("concurrency", 16);
		int seconds = Integer.getInteger("seconds", 20);
		int lifetime = Integer.getInteger("lifetime", 20);
		int outageSeconds = Integer.getInteger("outageSeconds", 50);
		System.out.printf("Machine: %d cores, Java %s, max heap %d MiB%n%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024));
		try (RedisProcess redis = RedisProcess.onFreePort()) {
			System.out.printf("### Fleet of %d instances sharing one token through Redis (%d s tokens, token endpoint"
					+ " latency 50 ms)%n%n", instances, lifetime);
			run("Redis up", redis, instances, cold, concurrency, seconds, lifetime, false);
			System.out.println();
			run("Redis killed 8 s into the sustained load, back 12 s later", redis, instances, cold, concurrency,
					outageSeconds, lifetime, true);
		}
	}

	private static void run(String name, RedisProcess redis, int size, int cold, int concurrency, int seconds,
			int lifetime, boolean outage) throws Exception {
		redis.start();
		redis.flushAll();
		try (UmbracoTestServer server = UmbracoTestServer.start()) {
			server.setTokenLatency(Duration.ofMillis(50));
			server.setTokenLifetime(Duration.ofSeconds(lifetime));
			List<Instance> fleet = new ArrayList<>();
			try {
				for (int i = 0; i < size; i++) {
					fleet.add(new Instance(server, redis.port(), i));
				}
				server.resetCounters();
				// 1. cold: every instance, all calls at once
				AtomicInteger coldFailures = new AtomicInteger();
				Flux.fromIterable(fleet)
					.flatMap((instance) -> Flux.range(0, cold).flatMap((i) -> instance.call(coldFailures), cold))
					.blockLast(Duration.ofMinutes(2));
				int coldRequests = server.tokenRequests();
				System.out.printf("**%s**%n%n", name);
				System.out.printf(
						"- cold start, %d instances x %d concurrent calls: %d token request(s), %d failed"
								+ " calls, %d distinct token(s) in the fleet%n",
						size, cold, coldRequests, coldFailures.get(), distinctTokens(fleet));
				// 2. sustained load across refreshes, optionally with Redis killed and
				// restarted meanwhile
				fleet.forEach(Instance::resetCounts);
				long start = System.nanoTime();
				long end = start + TimeUnit.SECONDS.toNanos(seconds);
				AtomicInteger failures = new AtomicInteger();
				int[] atKill = new int[1];
				int[] atRestart = new int[1];
				Thread chaos = null;
				if (outage) {
					chaos = new Thread(() -> {
						sleepUntil(start + TimeUnit.SECONDS.toNanos(8));
						atKill[0] = server.tokenRequests();
						redis.kill();
						sleepUntil(start + TimeUnit.SECONDS.toNanos(20));
						atRestart[0] = server.tokenRequests();
						redis.start();
					}, "redis-chaos");
					chaos.start();
				}
				// which tokens the fleet holds over the window: one new token per refresh
				// when it is shared
				Set<String> seen = ConcurrentHashMap.newKeySet();
				fleet.stream().map(Instance::currentToken).filter(Objects::nonNull).forEach(seen::add);
				int before = seen.size();
				Thread sampler = new Thread(() -> {
					while (System.nanoTime() < end) {
						fleet.forEach((instance) -> {
							String token = instance.currentToken();
							if (token != null) {
								seen.add(token);
							}
						});
						sleepUntil(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20));
					}
				}, "token-sampler");
				sampler.start();
				Flux.fromIterable(fleet)
					.flatMap((instance) -> Flux.range(0, Integer.MAX_VALUE)
						.takeWhile((i) -> System.nanoTime() < end)
						.flatMap((i) -> instance.call(failures), concurrency), size)
					.blockLast(Duration.ofSeconds(seconds + 120));
				if (chaos != null) {
					chaos.join();
				}
				sampler.join();
				int sustainedRequests = server.tokenRequests() - coldRequests;
				long calls = fleet.stream().mapToLong((instance) -> instance.calls.get()).sum();
				System.out.printf(
						"- sustained, %d s at %d concurrent calls per instance (%d calls): %d token"
								+ " request(s) for %d new token(s) held by the fleet, %d failed calls%n",
						seconds, concurrency, calls, sustainedRequests, seen.size() - before, failures.get());
				if (outage) {
					System.out.printf(
							"- token requests while Redis was down (8 s to 20 s): %d (%d instances);"
									+ " after it was back: %d%n",
							atRestart[0] - atKill[0], size, server.tokenRequests() - atRestart[0]);
				}
				System.out.printf("- distinct tokens in the fleet at the end: %d%n", distinctTokens(fleet));
				StringBuilder rates = new StringBuilder("- in-memory hit rate per instance:");
				for (Instance instance : fleet) {
					rates.append(String.format(" %.3f%%", 100.0 * instance.hitRate()));
				}
				System.out.println(rates);
			}
			finally {
				fleet.forEach(Instance::close);
			}
		}
	}

	private static long distinctTokens(List<Instance> fleet) {
		return fleet.stream().map(Instance::currentToken).filter(Objects::nonNull).distinct().count();
	}

	private static void sleepUntil(long nanoTime) {
		long wait = nanoTime - System.nanoTime();
		if (wait > 0) {
			try {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * One instance of the application: its own context, token manager, WebClient and
	 * Redis connection.
	 */
	private static final class Instance implements AutoCloseable {

		private final ConfigurableApplicationContext context;

		private final UmbracoUserClient client;

		private final CountingMetrics metrics = new CountingMetrics();

		private final AtomicLong calls = new AtomicLong();

		private final AtomicLong probes = new AtomicLong();

		private final ConnectionProvider connections;

		Instance(UmbracoTestServer server, int redisPort, int number) {
			// a pool of its own, as a separate process would have: Reactor Netty's global
			// pool (500 connections,
			// 1000 pending) would otherwise be shared by the whole fleet
			this.connections = ConnectionProvider.builder("fleet-instance-" + number)
				.maxConnections(500)
				.pendingAcquireMaxCount(1000)
				.build();
			ClientHttpConnectorBuilder<?> connector = ClientHttpConnectorBuilder.reactor()
				.withHttpClientFactory(() -> HttpClient.create(this.connections));
			this.context = new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE).initializers((ctx) -> {
				ctx.getBeanFactory().registerSingleton("fleetTokenMetrics", this.metrics);
				ctx.getBeanFactory().registerSingleton("fleetConnectorBuilder", connector);
			})
				.run("--spring.main.banner-mode=off", "--logging.level.root=WARN",
						"--umbraco.management.base-url=" + server.baseUrl(),
						"--umbraco.management.client-id=" + server.clientId(),
						"--umbraco.management.client-secret=" + server.clientSecret(),
						"--umbraco.management.token-store=redis", "--spring.data.redis.host=127.0.0.1",
						"--spring.data.redis.port=" + redisPort);
			this.client = this.context.getBean(UmbracoUserClient.class);
		}

		Mono<?> call(AtomicInteger failures) {
			return this.client.getCurrentUser()
				.doOnSubscribe((s) -> this.calls.incrementAndGet())
				.onErrorResume((ex) -> {
					if (failures.getAndIncrement() == 0) {
						System.out.println("  first failed call: " + ex);
					}
					return Mono.empty();
				});
		}

		String currentToken() {
			OAuth2AccessToken token = this.context.getBean(UmbracoTokenManager.class).getCachedToken();
			if (token == null) {
				return null;
			}
			// getCachedToken() counts a hit: not one of a call
			this.probes.incrementAndGet();
			return token.getTokenValue();
		}

		void resetCounts() {
			this.calls.set(0);
			this.probes.set(0);
			this.metrics.hits.set(0);
		}

		/**
		 * Calls whose token came from the manager's memory, without waiting for a token,
		 * over all calls.
		 */
		double hitRate() {
			long calls = this.calls.get();
			return (calls > 0) ? (double) (this.metrics.hits.get() - this.probes.get()) / calls : 0;
		}

		@Override
		public void close() {
			this.context.close();
			this.connections.dispose();
		}

	}

	/** Counts the calls served from the token manager's memory. */
	private static final class CountingMetrics implements TokenMetrics {

		private final AtomicLong hits = new AtomicLong();

		@Override
		public void cacheHit() {
			this.hits.incrementAndGet();
		}

	}

	/** A {@code redis-server} process on a free loopback port, without persistence. */
	private static final class RedisProcess implements AutoCloseable {

		private final int port;

		private Process process;

		private RedisProcess(int port) {
			this.port = port;
		}

		static RedisProcess onFreePort() {
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				RedisProcess redis = new RedisProcess(socket.getLocalPort());
				return redis;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		int port() {
			return this.port;
		}

		synchronized void start() {
			if (this.process != null && this.process.isAlive()) {
				return;
			}
			try {
				this.process = new ProcessBuilder(executable(), "--port", String.valueOf(this.port), "--bind",
						"127.0.0.1", "--save", "", "--appendonly", "no")
					.redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start();
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
				while (!accepts()) {
					if (!this.process.isAlive() || System.nanoTime() > deadline) {
						throw new IllegalStateException("redis-server did not start on port " + this.port);
					}
					TimeUnit.MILLISECONDS.sleep(20);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start redis-server", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		void flushAll() throws Exception {
			Process flush = new ProcessBuilder(new File(executable()).getParent() + "/redis-cli", "-p",
					String.valueOf(this.port), "flushall")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			flush.waitFor(10, TimeUnit.SECONDS);
		}

		synchronized void kill() {
			if (this.process != null) {
				this.process.destroyForcibly();
				try {
					this.process.waitFor(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				this.process = null;
			}
		}

		@Override
		public void close() {
			kill();
		}

		private boolean accepts() {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
				return true;
			}
			catch (IOException ex) {
				return false;
			}
		}

		private static String executable() {
			for (String directory : (System.getenv("PATH") + File.pathSeparator + "/usr/bin")
				.split(File.pathSeparator)) {
				File candidate = new File(directory, "redis-server");
				if (candidate.canExecute()) {
					return candidate.getAbsolutePath();
				}
			}
			throw new IllegalStateException("redis-server is not installed: apt-get install -y redis-server");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataRedisAutoConfiguration.class, UmbracoManagementAutoConfiguration.class })
	static class App {

	}

}
