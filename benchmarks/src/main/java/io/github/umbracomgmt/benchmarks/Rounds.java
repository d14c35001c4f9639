package io.github.umbracomgmt.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.HttpResources;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

import io.github.umbracomgmt.autoconfigure.UmbracoManagementAutoConfiguration;
import io.github.umbracomgmt.client.UmbracoUserClient;
import io.github.umbracomgmt.client.model.CurrentUser;

/**
 * One measured round of a client, and the load and CPU helpers the runs share.
 */
final class Rounds {

	/** The interval of a round's series: calls completed per this many ms. */
	static final long SERIES_MS = Long.getLong("seriesMs", 1000);

	/**
	 * The unrecorded rounds a child JVM runs first ({@code -DwarmupRounds}); the first of
	 * them meets a cold JVM.
	 */
	static final int WARMUP_ROUNDS = Integer.getInteger("warmupRounds", 1);

	static final String USER_CURRENT = "/umbraco/management/api/v1/user/current";

	static final String TOKEN_PATH = "/umbraco/management/api/v1/security/back-office/token";

	/** The starter's typed client. */
	static final String TYPED = "typed";

	/**
	 * The starter's typed client as an HTTP interface proxy of its proxy factory, as the
	 * starter implemented it before its clients were generated: the baseline of
	 * {@code -Dparts=generated}.
	 */
	static final String PROXY = "proxy";

	/** A plain WebClient over the starter's connector, with a token it fetched itself. */
	static final String PLAIN = "plain";

	/**
	 * The starter's {@code umbracoWebClient} (token, retries, error mapping), without the
	 * typed proxy.
	 */
	static final String WEB_CLIENT = "webclient";

	/**
	 * A plain WebClient from Boot's {@code WebClient.Builder} (its codecs and
	 * customizers) over the starter's connector, with a token it fetched itself.
	 */
	static final String BOOT_PLAIN = "boot-plain";

	private Rounds() {
	}

	/** The target: a fake Umbraco (in the parent process) and its credentials. */
	record Target(String baseUrl, String clientId, String clientSecret) {

		static Target parse(String value) {
			String[] parts = value.split("\\|", 3);
			return new Target(parts[0], parts[1], parts[2]);
		}

		String format() {
			return this.baseUrl + "|" + this.clientId + "|" + this.clientSecret;
		}

	}

	/**
	 * What a cold-start round measured.
	 *
	 * @param burstRate calls/s of the cold burst
	 * @param sustainedRate calls/s of the sustained load that follows
	 * @param rate calls/s over burst and sustained load together
	 * @param cores process CPU time / wall time
	 * @param cpuMicrosPerCall process CPU per call
	 * @param loops event-loop threads that used CPU
	 * @param maxLoopShare the busiest event loop's share of all event-loop CPU
	 * @param loopMicrosPerCall CPU of the Reactor Netty event loops per call
	 * @param otherJavaMicrosPerCall CPU of the other Java threads per call (the caller,
	 * Reactor's schedulers)
	 * @param vmMicrosPerCall the rest of the process CPU per call: JIT compiler, GC and
	 * VM threads, which {@code ThreadMXBean} does not list
	 * @param jitMillis time the JIT compilers spent in the round
	 * @param gcMillis time the garbage collectors spent in the round
	 */
	record Round(double burstRate, double sustainedRate, double rate, double cores, double cpuMicrosPerCall, int loops,
			double maxLoopShare, double loopMicrosPerCall, double otherJavaMicrosPerCall, double vmMicrosPerCall,
			long jitMillis, long gcMillis) {

		/**
		 * One line the parent reads back with {@link #parse}: every component by its
		 * name, so the two cannot disagree.
		 */
		String format(String client, int concurrency) {
			StringBuilder line = new StringBuilder("ROUND client=").append(client)
				.append(" concurrency=")
				.append(concurrency);
			try {
				for (RecordComponent component : Round.class.getRecordComponents()) {
					Object value = component.getAccessor().invoke(this);
					line.append(' ')
						.append(component.getName())
						.append('=')
						// three decimals are plenty, and keep -DshowRounds readable
						.append((value instanceof Double number) ? String.format(Locale.ROOT, "%.3f", number) : value);
				}
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
			return line.toString();
		}

		static Round parse(String line) {
			Map<String, String> values = fields(line);
			RecordComponent[] components = Round.class.getRecordComponents();
			Class<?>[] types = new Class<?>[components.length];
			Object[] arguments = new Object[components.length];
			for (int i = 0; i < components.length; i++) {
				types[i] = components[i].getType();
				String value = values.get(components[i].getName());
				if (value == null) {
					throw new IllegalArgumentException("No " + components[i].getName() + " in " + line);
				}
				// not a conditional expression: it would widen every value to double
				if (types[i] == double.class) {
					arguments[i] = Double.valueOf(value);
				}
				else if (types[i] == int.class) {
					arguments[i] = Integer.valueOf(value);
				}
				else {
					arguments[i] = Long.valueOf(value);
				}
			}
			try {
				return Round.class.getDeclaredConstructor(types).newInstance(arguments);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/**
	 * The {@code name=value} fields of a line a child prints ({@code ROUND ...},
	 * {@code SERIES ...}).
	 */
	static Map<String, String> fields(String line) {
		Map<String, String> values = new HashMap<>();
		for (String part : line.split(" ")) {
			int eq = part.indexOf('=');
			if (eq > 0) {
				values.put(part.substring(0, eq), part.substring(eq + 1));
			}
		}
		return values;
	}

	/**
	 * The line a child prints for the series of one round ({@code round} counts from 0,
	 * the warm-up rounds first), read back with {@link #seriesRound} and
	 * {@link #seriesCalls}.
	 */
	static String seriesLine(String client, int concurrency, int round, long[] series) {
		StringBuilder line = new StringBuilder("SERIES client=").append(client)
			.append(" concurrency=")
			.append(concurrency)
			.append(" round=")
			.append(round)
			.append(" calls=");
		for (int i = 0; i < series.length; i++) {
			line.append((i > 0) ? "," : "").append(series[i]);
		}
		return line.toString();
	}

	static int seriesRound(Map<String, String> fields) {
		return Integer.parseInt(fields.get("round"));
	}

	static long[] seriesCalls(Map<String, String> fields) {
		String calls = fields.get("calls");
		return calls.isEmpty() ? new long[0] : Arrays.stream(calls.split(",")).mapToLong(Long::parseLong).toArray();
	}

	static ConfigurableApplicationContext starter(Target target, Class<?> app, String... extra) {
		String starterArgs = System.getProperty("starterArgs", "").trim();
		if (!starterArgs.isEmpty()) {
			// e.g. -DstarterArgs=--umbraco.management.retry.enabled=false, to compare
			// settings
			String[] more = starterArgs.split(",");
			String[] all = Arrays.copyOf(extra, extra.length + more.length);
			System.arraycopy(more, 0, all, extra.length, more.length);
			extra = all;
		}
		String[] args = new String[5 + extra.length];
		args[0] = "--umbraco.management.base-url=" + target.baseUrl();
		args[1] = "--umbraco.management.client-id=" + target.clientId();
		args[2] = "--umbraco.management.client-secret=" + target.clientSecret();
		// not measured, and a fresh context per round must not wait for revocations or
		// Netty's quiet period
		args[3] = "--umbraco.management.revoke-on-shutdown=false";
		args[4] = "--spring.reactor.netty.shutdown-quiet-period=0s";
		System.arraycopy(extra, 0, args, 5, extra.length);
		return new SpringApplicationBuilder(app).web(WebApplicationType.NONE).run(args);
	}

	/**
	 * A fresh application context (and so a fresh connector, connection pool and, for the
	 * starter, no token), then a burst at {@code concurrency} and sustained load at the
	 * same concurrency.
	 */
	static Round coldRound(String client, Target target, Class<?> app, int concurrency, int burstCalls,
			Duration sustained) {
		return coldRound(client, target, app, concurrency, burstCalls, sustained, new long[0]);
	}

	/**
	 * As {@link #coldRound(String, Target, Class, int, int, Duration)}, counting the
	 * calls of the sustained load that completed in each {@link #SERIES_MS} into
	 * {@code series}, as far as it reaches: how the rate climbs while the JIT compiles.
	 */
	static Round coldRound(String client, Target target, Class<?> app, int concurrency, int burstCalls,
			Duration sustained, long[] series) {
		// a cold pool on fresh event loops, as in a newly started application (closing
		// the last context usually disposed them already, through Boot's
		// ReactorResourceFactory); bounded, since a disposal racing the context's own
		// has been seen never to complete
		try {
			HttpResources.disposeLoopsAndConnectionsLater(Duration.ZERO, Duration.ofSeconds(10))
				.block(Duration.ofSeconds(15));
		}
		catch (RuntimeException alreadyDisposedOrStuck) {
			// the loops were terminated before their pooled connections, or the disposal
			// hung: the round goes on with the loops HttpResources has
		}
		try (ConfigurableApplicationContext context = starter(target, app)) {
			Supplier<Mono<?>> call = call(client, context, target);
			Map<Long, Long> threadsBefore = threadCpu();
			long jitBefore = jitMillis();
			long gcBefore = gcMillis();
			long cpuBefore = processCpuNanos();
			long start = System.nanoTime();
			int failures = burst(call, burstCalls, concurrency);
			long burstEnd = System.nanoTime();
			long sustainedCalls = sustain(call, concurrency, sustained, series);
			long end = System.nanoTime();
			long cpu = processCpuNanos() - cpuBefore;
			long gc = gcMillis() - gcBefore;
			long jit = jitMillis() - jitBefore;
			Map<Long, Long> threadsAfter = threadCpu();
			if (failures > 0) {
				throw new IllegalStateException(failures + " calls failed in a cold burst of " + client);
			}
			long loopTotal = 0;
			long javaTotal = 0;
			long max = 0;
			int busy = 0;
			for (Map.Entry<Long, Long> thread : threadsAfter.entrySet()) {
				long used = thread.getValue() - threadsBefore.getOrDefault(thread.getKey(), 0L);
				javaTotal += used;
				if (thread.getKey() < 0) {
					loopTotal += used;
					max = Math.max(max, used);
					busy += (used > 1_000_000) ? 1 : 0;
				}
			}
			long calls = burstCalls + sustainedCalls;
			double burstRate = burstCalls / ((burstEnd - start) / 1e9);
			double sustainedRate = sustainedCalls / ((end - burstEnd) / 1e9);
			double rate = calls / ((end - start) / 1e9);
			return new Round(burstRate, sustainedRate, rate, (double) cpu / (end - start), cpu / 1e3 / calls, busy,
					(loopTotal > 0) ? (double) max / loopTotal : 0, loopTotal / 1e3 / calls,
					(javaTotal - loopTotal) / 1e3 / calls, Math.max(0, cpu - javaTotal) / 1e3 / calls, jit, gc);
		}
	}

	/**
	 * The same GET of the same record: through the typed client, the starter's
	 * {@code umbracoWebClient}, or a plain WebClient over the same connector.
	 */
	static Supplier<Mono<?>> call(String client, ConfigurableApplicationContext context, Target target) {
		if (TYPED.equals(client)) {
			UmbracoUserClient users = context.getBean(UmbracoUserClient.class);
			return users::getCurrentUser;
		}
		if (PROXY.equals(client)) {
			UmbracoUserClient users = context
				.getBean(UmbracoManagementAutoConfiguration.PROXY_FACTORY_BEAN_NAME, HttpServiceProxyFactory.class)
				.createClient(UmbracoUserClient.class);
			return users::getCurrentUser;
		}
		if (WEB_CLIENT.equals(client)) {
			WebClient webClient = context.getBean(UmbracoManagementAutoConfiguration.WEB_CLIENT_BEAN_NAME,
					WebClient.class);
			return () -> webClient.get()
				.uri(USER_CURRENT)
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.bodyToMono(CurrentUser.class);
		}
		ClientHttpConnector connector = context.getBean(UmbracoManagementAutoConfiguration.CONNECTOR_BEAN_NAME,
				ClientHttpConnector.class);
		WebClient.Builder builder = BOOT_PLAIN.equals(client) ? context.getBean(WebClient.Builder.class)
				: WebClient.builder();
		WebClient plain = builder.clientConnector(connector).baseUrl(target.baseUrl()).build();
		// its own token, fetched before the clock starts: the plain client is the floor,
		// with no token machinery
		String token = fetchToken(plain, target.clientId(), target.clientSecret()).block();
		return plainCall(plain, token);
	}

	/**
	 * The floor's call: the GET of the current user with a token fetched by hand.
	 */
	static Supplier<Mono<?>> plainCall(WebClient plain, String token) {
		return () -> plain.get()
			.uri(USER_CURRENT)
			.accept(MediaType.APPLICATION_JSON)
			.headers((headers) -> headers.setBearerAuth(token))
			.retrieve()
			.bodyToMono(CurrentUser.class);
	}

	/**
	 * A token from the token endpoint, fetched by hand (no token machinery).
	 */
	static Mono<String> fetchToken(WebClient webClient, String clientId, String clientSecret) {
		return webClient.post()
			.uri(TOKEN_PATH)
			.body(BodyInserters.fromFormData("grant_type", "client_credentials")
				.with("client_id", clientId)
				.with("client_secret", clientSecret))
			.retrieve()
			.bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.map((response) -> (String) response.get("access_token"));
	}

	static int burst(Supplier<Mono<?>> call, int calls, int concurrency) {
		AtomicInteger failures = new AtomicInteger();
		Flux.range(0, calls).flatMap((i) -> call.get().onErrorResume((ex) -> {
			failures.incrementAndGet();
			return Mono.empty();
		}), concurrency).blockLast(Duration.ofMinutes(5));
		return failures.get();
	}

	/**
	 * Keeps {@code concurrency} calls open until {@code duration} has passed; fails on
	 * any failed call.
	 */
	static long sustain(Supplier<Mono<?>> call, int concurrency, Duration duration) {
		return sustain(call, concurrency, duration, new long[0]);
	}

	/**
	 * As {@link #sustain(Supplier, int, Duration)}, counting the calls that completed in
	 * each {@link #SERIES_MS} of the load into {@code series}, as far as it reaches.
	 */
	static long sustain(Supplier<Mono<?>> call, int concurrency, Duration duration, long[] series) {
		long start = System.nanoTime();
		long deadline = start + duration.toNanos();
		AtomicLong done = new AtomicLong();
		Flux.range(0, Integer.MAX_VALUE)
			.takeWhile((i) -> System.nanoTime() < deadline)
			.flatMap((i) -> call.get(), concurrency)
			.doOnNext((result) -> {
				done.incrementAndGet();
				if (series.length > 0) {
					int slot = (int) ((System.nanoTime() - start) / (SERIES_MS * 1_000_000));
					if (slot < series.length) {
						// flatMap hands its results on one at a time
						series[slot]++;
					}
				}
			})
			.blockLast(duration.plusMinutes(5));
		return done.get();
	}

	static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * CPU time of each live Java thread: Reactor Netty event loops under their negated
	 * thread id, the others under their id.
	 */
	static Map<Long, Long> threadCpu() {
		java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Map<Long, Long> cpu = new HashMap<>();
		for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null) {
				long nanos = threads.getThreadCpuTime(info.getThreadId());
				if (nanos >= 0) {
					boolean loop = info.getThreadName().startsWith("reactor-http-");
					cpu.put(loop ? -info.getThreadId() : info.getThreadId(), nanos);
				}
			}
		}
		return cpu;
	}

	/**
	 * Bytes allocated so far by the live Java threads (a thread that ended takes its
	 * count with it, so measure across a span in which the event loops live on).
	 */
	static long allocatedBytes() {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long total = 0;
		for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
			total += Math.max(0, bytes);
		}
		return total;
	}

	static long jitMillis() {
		java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		return (jit != null && jit.isCompilationTimeMonitoringSupported()) ? jit.getTotalCompilationTime() : 0;
	}

	static long gcMillis() {
		long total = 0;
		for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			total += Math.max(0, gc.getCollectionTime());
		}
		return total;
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return ((n % 2) == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

}
