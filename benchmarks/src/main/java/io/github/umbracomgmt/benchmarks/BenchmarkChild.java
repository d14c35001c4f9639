package io.github.umbracomgmt.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

import io.github.umbracomgmt.benchmarks.Rounds.Round;
import io.github.umbracomgmt.benchmarks.Rounds.Target;
import io.github.umbracomgmt.autoconfigure.UmbracoManagementAutoConfiguration;
import io.github.umbracomgmt.client.UmbracoUserClient;
import io.github.umbracomgmt.token.TokenMetrics;

/**
 * A client process started by {@link TokenBenchmarks}: the fake Umbraco runs in the
 * parent, so this process's CPU and event-loop threads are the client's alone.
 * <ul>
 * <li>{@code cold <client> <concurrency> <rounds> <burstCalls> <sustainedMs> <target>}:
 * cold-start rounds of one client in its own JVM (so the other client's JIT profile
 * cannot shape its figures); prints one {@code ROUND} line each, and a {@code SERIES}
 * line of its calls per second for each, the warm-up rounds' too;</li>
 * <li>{@code inproc <target> <refreshTarget>}: alternating pairs of both clients in one
 * JVM, the typed-client cost and the latency across a token refresh; prints
 * Markdown.</li>
 * </ul>
 */
public final class BenchmarkChild {

	private BenchmarkChild() {
	}

	public static void main(String[] args) {
		if ("cold".equals(args[0])) {
			String client = args[1];
			int concurrency = Integer.parseInt(args[2]);
			int rounds = Integer.parseInt(args[3]);
			int burstCalls = Integer.parseInt(args[4]);
			Duration sustained = Duration.ofMillis(Long.parseLong(args[5]));
			Target target = Target.parse(args[6]);
			// not recorded: class loading and JIT, so the rounds measure a cold context
			// and pool, not a cold JVM. Every round's series is printed, the warm-up's
			// too: it is the one of a cold JVM
			for (int i = 0; i < Rounds.WARMUP_ROUNDS + rounds; i++) {
				long[] series = new long[(int) (sustained.toMillis() / Rounds.SERIES_MS)];
				Round round = Rounds.coldRound(client, target, App.class, concurrency, burstCalls, sustained, series);
				System.out.println(Rounds.seriesLine(client, concurrency, i, series));
				if (i >= Rounds.WARMUP_ROUNDS) {
					System.out.println(round.format(client, concurrency));
				}
			}
		}
		else {
			Target target = Target.parse(args[1]);
			Target refreshTarget = Target.parse(args[2]);
			// which runs of part 3: pairs, proxy, refresh
			String runs = System.getProperty("inproc", "pairs,proxy,refresh");
			// not recorded: class loading and JIT of both clients
			for (int i = 0; i < Rounds.WARMUP_ROUNDS; i++) {
				Rounds.coldRound(Rounds.TYPED, target, App.class, 64, Integer.getInteger("burstCalls", 2000),
						Duration.ofMillis(Long.getLong("sustainedMs", 2000)));
				Rounds.coldRound(Rounds.PLAIN, target, App.class, 64, Integer.getInteger("burstCalls", 2000),
						Duration.ofMillis(Long.getLong("sustainedMs", 2000)));
			}
			int[] concurrencies = Arrays.stream(System.getProperty("concurrencies", "64,200").split(","))
				.mapToInt(Integer::parseInt)
				.toArray();
			int pairs = Integer.getInteger("pairs", 11);
			int burstCalls = Integer.getInteger("burstCalls", 2000);
			Duration sustained = Duration.ofMillis(Long.getLong("sustainedMs", 2000));
			for (int concurrency : runs.contains("pairs") ? concurrencies : new int[0]) {
				alternatingPairs(target, concurrency, pairs, burstCalls, sustained);
			}
			if (runs.contains("proxy")) {
				proxyCost(target, pairs, Integer.getInteger("proxyCalls", 30000),
						Integer.getInteger("proxyConcurrency", 64));
			}
			if (runs.contains("refresh")) {
				acrossARefresh(refreshTarget, 200, Duration.ofMillis(Long.getLong("refreshRunMs", 30000)));
			}
		}
		System.exit(0);
	}

	private static void alternatingPairs(Target target, int concurrency, int pairs, int burstCalls,
			Duration sustained) {
		Round[] typed = new Round[pairs];
		Round[] plain = new Round[pairs];
		for (int i = 0; i < pairs; i++) {
			// alternate which client goes first, so drift in the machine's load hits both
			// alike
			if ((i % 2) == 0) {
				typed[i] = Rounds.coldRound(Rounds.TYPED, target, App.class, concurrency, burstCalls, sustained);
				plain[i] = Rounds.coldRound(Rounds.PLAIN, target, App.class, concurrency, burstCalls, sustained);
			}
			else {
				plain[i] = Rounds.coldRound(Rounds.PLAIN, target, App.class, concurrency, burstCalls, sustained);
				typed[i] = Rounds.coldRound(Rounds.TYPED, target, App.class, concurrency, burstCalls, sustained);
			}
		}
		System.out.printf(Locale.ROOT, "#### Cold start at concurrency %d, both clients alternating in one JVM%n%n",
				concurrency);
		System.out.print(TokenBenchmarks.coldTable(Arrays.asList(typed), Arrays.asList(plain)));
		System.out.println();
	}

	/**
	 * {@code UmbracoUserClient.getCurrentUser()} (the generated implementation) against
	 * {@code umbracoWebClient} sending the same GET, against the same interface as an
	 * HTTP interface proxy of the starter's proxy factory (how the starter implemented it
	 * before: the baseline of this run), and all against the plain WebClient of part 2:
	 * where the typed client's CPU goes, warm.
	 */
	private static void proxyCost(Target target, int pairs, int calls, int concurrency) {
		try (ConfigurableApplicationContext context = Rounds.starter(target, App.class)) {
			UmbracoUserClient users = context.getBean(UmbracoUserClient.class);
			UmbracoUserClient proxy = context
				.getBean(UmbracoManagementAutoConfiguration.PROXY_FACTORY_BEAN_NAME, HttpServiceProxyFactory.class)
				.createClient(UmbracoUserClient.class);
			boolean alias = !"direct".equals(System.getProperty("typedMethod"));
			List<Supplier<Mono<?>>> clients = List.of(alias ? users::getCurrentUser : users::getUserCurrent,
					Rounds.call(Rounds.WEB_CLIENT, context, target), Rounds.call(Rounds.PLAIN, context, target),
					alias ? proxy::getCurrentUser : proxy::getUserCurrent);
			List<String> names = List.of("`UmbracoUserClient.getCurrentUser()`, generated implementation",
					"`umbracoWebClient`, same GET", "plain WebClient, same connector (floor)",
					"`UmbracoUserClient.getCurrentUser()`, HTTP interface proxy (before)");
			int n = clients.size();
			for (int i = 0; i < 3; i++) {
				clients.forEach((client) -> warm(client, calls, concurrency));
			}
			double[][] rate = new double[n][pairs];
			double[][] cpu = new double[n][pairs];
			double[][] allocated = new double[n][pairs];
			for (int i = 0; i < pairs; i++) {
				// rotate which client goes first, so drift in the machine's load hits all
				// alike
				for (int k = 0; k < n; k++) {
					int c = (i + k) % n;
					double[] result = warm(clients.get(c), calls, concurrency);
					rate[c][i] = result[0];
					cpu[c][i] = result[1];
					allocated[c][i] = result[2];
				}
			}
			double[] ratios = new double[pairs];
			double[] proxyRatios = new double[pairs];
			double[] typedOverProxy = new double[pairs];
			for (int i = 0; i < pairs; i++) {
				ratios[i] = rate[0][i] / rate[1][i];
				proxyRatios[i] = rate[3][i] / rate[1][i];
				typedOverProxy[i] = rate[0][i] / rate[3][i];
			}
			double[] sorted = ratios.clone();
			Arrays.sort(sorted);
			System.out.printf(Locale.ROOT,
					"#### Typed-client cost: %d warm calls at concurrency %d, %d rotating rounds of each client%n%n",
					calls, concurrency, pairs);
			System.out.println(
					"| client | calls/s (median) | client CPU µs per call (median) | bytes allocated per call (median) |");
			System.out.println("| --- | ---: | ---: | ---: |");
			for (int c : new int[] { 2, 1, 3, 0 }) {
				System.out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %.0f |%n", names.get(c), Rounds.median(rate[c]),
						Rounds.median(cpu[c]), Rounds.median(allocated[c]));
			}
			System.out.printf(Locale.ROOT,
					"%nTyped / umbracoWebClient throughput: median %.3f of %d pairs (min %.3f, max %.3f); CPU per "
							+ "call %.2fx. umbracoWebClient / plain CPU per call: %.2fx%n%n",
					Rounds.median(ratios), pairs, sorted[0], sorted[pairs - 1],
					Rounds.median(cpu[0]) / Rounds.median(cpu[1]), Rounds.median(cpu[1]) / Rounds.median(cpu[2]));
			System.out.printf(Locale.ROOT,
					"The proxy (before) / umbracoWebClient throughput: median %.3f, CPU per call %.2fx. Generated / "
							+ "proxy throughput: median %.3f, CPU per call %.2fx, bytes per call %.2fx%n%n",
					Rounds.median(proxyRatios), Rounds.median(cpu[3]) / Rounds.median(cpu[1]),
					Rounds.median(typedOverProxy), Rounds.median(cpu[0]) / Rounds.median(cpu[3]),
					Rounds.median(allocated[0]) / Rounds.median(allocated[3]));
		}
	}

	/**
	 * Calls/s, client CPU µs per call and bytes allocated per call (by all Java threads)
	 * of a warm round.
	 */
	private static double[] warm(Supplier<Mono<?>> call, int calls, int concurrency) {
		long allocated = Rounds.allocatedBytes();
		long cpu = Rounds.processCpuNanos();
		long start = System.nanoTime();
		int failures = Rounds.burst(call, calls, concurrency);
		long elapsed = System.nanoTime() - start;
		cpu = Rounds.processCpuNanos() - cpu;
		allocated = Rounds.allocatedBytes() - allocated;
		if (failures > 0) {
			throw new IllegalStateException(failures + " calls failed");
		}
		return new double[] { calls / (elapsed / 1e9), cpu / 1e3 / calls, (double) allocated / calls };
	}

	/**
	 * Short-lived tokens (refreshed ahead from a fifth of their lifetime before expiry):
	 * a cold burst, then sustained load across several refreshes; p50/p99 of the calls
	 * started close to a refresh against the others. One refresh window holds about 300
	 * ms of calls, so whether a GC pause or a JIT deoptimisation falls into it decides
	 * its p99 (single-window runs gave ratios from 0.79 to 1.24); the windows of all the
	 * refreshes of a run are pooled, and each is shown too.
	 */
	private static void acrossARefresh(Target target, int concurrency, Duration duration) {
		try (ConfigurableApplicationContext context = Rounds.starter(target, RefreshApp.class)) {
			RecordingMetrics metrics = context.getBean(RecordingMetrics.class);
			Supplier<Mono<?>> typed = context.getBean(UmbracoUserClient.class)::getCurrentUser;
			int coldFailures = Rounds.burst(typed, concurrency, concurrency);
			long hitsBefore = metrics.hits.get();
			int max = 4_000_000;
			long[] started = new long[max];
			long[] latency = new long[max];
			AtomicInteger index = new AtomicInteger();
			long begin = System.nanoTime();
			long calls = Rounds.sustain(() -> Mono.defer(() -> {
				long start = System.nanoTime();
				return typed.get().doOnSuccess((result) -> {
					int i = index.getAndIncrement();
					if (i < max) {
						started[i] = start;
						latency[i] = System.nanoTime() - start;
					}
				});
			}), concurrency, duration);
			long waited = calls - (metrics.hits.get() - hitsBefore);
			long[] refreshes = metrics.refreshedAt.stream().mapToLong(Long::longValue).sorted().toArray();
			int n = Math.min(index.get(), max);
			long window = Duration.ofMillis(300).toNanos();
			long step = Duration.ofMillis(100).toNanos();
			// Each call belongs to the refresh nearest to its start: inside that
			// refresh's
			// window, or outside it in the same token period, so a window is compared
			// with
			// calls of its own stretch of the run (the JIT still speeds the client up in
			// the
			// first seconds, which would flatter later windows against the whole run).
			// Calls inside a window are also counted by their start relative to the new
			// token's arrival, in 100 ms steps, over all windows but the first (the JIT
			// is
			// still at work then): where in a window the slow calls are.
			Samples[] inside = Samples.array(refreshes.length);
			Samples[] outside = Samples.array(refreshes.length);
			Samples[] byOffset = Samples.array((int) (2 * window / step));
			for (int i = 0; i < n; i++) {
				int nearest = nearest(refreshes, started[i]);
				if (nearest < 0) {
					continue;
				}
				long offset = started[i] - refreshes[nearest];
				if (Math.abs(offset) <= window) {
					inside[nearest].add(latency[i]);
					if (nearest > 0 && offset < window) {
						byOffset[(int) ((offset + window) / step)].add(latency[i]);
					}
				}
				else if (started[i] - begin > 1_000_000_000L && Math.abs(offset) > 3 * window) {
					outside[nearest].add(latency[i]);
				}
			}
			System.out.printf(Locale.ROOT, "#### Latency across token refreshes, typed client at concurrency %d%n%n",
					concurrency);
			System.out.printf(Locale.ROOT,
					"%d calls over %d s after a cold burst of %d (%d failed), %d refreshes. Inside a window: calls "
							+ "started within 300 ms of a new token's arrival; outside: calls of the same token "
							+ "period started more than 900 ms from it (and after the first second).%n%n",
					calls, duration.toSeconds(), concurrency, coldFailures, refreshes.length);
			System.out.println("| refresh window | calls inside / outside | p50 ms inside / outside | "
					+ "p99 ms inside / outside | p99 inside / outside |");
			System.out.println("| --- | ---: | ---: | ---: | ---: |");
			Samples pooledInside = new Samples();
			Samples pooledOutside = new Samples();
			double[] ratios = new double[refreshes.length];
			for (int r = 0; r < refreshes.length; r++) {
				pooledInside.addAll(inside[r]);
				pooledOutside.addAll(outside[r]);
				ratios[r] = inside[r].percentile(0.99) / outside[r].percentile(0.99);
				System.out.printf(Locale.ROOT, "| %d (%.1f s into the load) | %s | %.2f |%n", r + 1,
						(refreshes[r] - begin) / 1e9, Samples.compare(inside[r], outside[r]), ratios[r]);
			}
			Arrays.sort(ratios);
			double pooled = pooledInside.percentile(0.99) / pooledOutside.percentile(0.99);
			System.out.printf(Locale.ROOT, "| all windows, pooled | %s | %.2f |%n",
					Samples.compare(pooledInside, pooledOutside), pooled);
			System.out.printf(Locale.ROOT,
					"%np99 inside / outside: %.2f pooled, %.2f the median window (from %.2f to %.2f). Token requests "
							+ "in the run: %d (refreshes: %d succeeded, %d failed). Calls after the cold burst that "
							+ "waited for a token: %d.%n%n",
					pooled, (ratios.length > 0) ? Rounds.median(ratios) : Double.NaN,
					(ratios.length > 0) ? ratios[0] : Double.NaN,
					(ratios.length > 0) ? ratios[ratios.length - 1] : Double.NaN, metrics.requests.get(),
					metrics.refreshed.get(), metrics.refreshFailed.get(), waited);
			StringBuilder offsets = new StringBuilder();
			for (int b = 0; b < byOffset.length; b++) {
				long from = (b * step - window) / 1_000_000;
				offsets.append(String.format(Locale.ROOT, "%s%d to %d ms: %.2f (%d calls)", (b > 0) ? "; " : "", from,
						from + step / 1_000_000, byOffset[b].percentile(0.99), byOffset[b].size()));
			}
			System.out.printf(Locale.ROOT,
					"p99 ms by start relative to the new token's arrival, all windows but the first: %s.%n%n", offsets);
		}
	}

	/**
	 * The index of the refresh (of the sorted times) nearest to a time, or -1 if there
	 * was none.
	 */
	private static int nearest(long[] refreshes, long time) {
		if (refreshes.length == 0) {
			return -1;
		}
		int at = Arrays.binarySearch(refreshes, time);
		if (at >= 0) {
			return at;
		}
		int after = -at - 1;
		if (after == 0) {
			return 0;
		}
		if (after == refreshes.length) {
			return after - 1;
		}
		return (time - refreshes[after - 1] <= refreshes[after] - time) ? after - 1 : after;
	}

	/** Latencies in nanoseconds, growing as they are added. */
	private static final class Samples {

		private long[] values = new long[1024];

		private int size;

		private boolean sorted;

		static Samples[] array(int length) {
			Samples[] samples = new Samples[length];
			Arrays.setAll(samples, (i) -> new Samples());
			return samples;
		}

		/** p50 and p99 of two sets, as table cells: counts, p50 ms, p99 ms. */
		static String compare(Samples inside, Samples outside) {
			return String.format(Locale.ROOT, "%d / %d | %.2f / %.2f | %.2f / %.2f", inside.size(), outside.size(),
					inside.percentile(0.50), outside.percentile(0.50), inside.percentile(0.99),
					outside.percentile(0.99));
		}

		void add(long value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
			this.sorted = false;
		}

		void addAll(Samples other) {
			for (int i = 0; i < other.size; i++) {
				add(other.values[i]);
			}
		}

		int size() {
			return this.size;
		}

		/** The p-th percentile in milliseconds, {@code NaN} when empty. */
		double percentile(double p) {
			if (this.size == 0) {
				return Double.NaN;
			}
			if (!this.sorted) {
				Arrays.sort(this.values, 0, this.size);
				this.sorted = true;
			}
			int i = (int) Math.ceil(p * this.size) - 1;
			return this.values[Math.max(0, Math.min(i, this.size - 1))] / 1e6;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class RefreshApp {

		@Bean
		RecordingMetrics recordingMetrics() {
			return new RecordingMetrics();
		}

	}

	/** Counts what the token manager reports, and when each refresh completed. */
	static final class RecordingMetrics implements TokenMetrics {

		final AtomicLong hits = new AtomicLong();

		final AtomicLong requests = new AtomicLong();

		final AtomicLong refreshed = new AtomicLong();

		final AtomicLong refreshFailed = new AtomicLong();

		final Queue<Long> refreshedAt = new ConcurrentLinkedQueue<>();

		@Override
		public void tokenRequest(boolean success) {
			this.requests.incrementAndGet();
		}

		@Override
		public void cacheHit() {
			this.hits.incrementAndGet();
		}

		@Override
		public void refresh(boolean success) {
			(success ? this.refreshed : this.refreshFailed).incrementAndGet();
			this.refreshedAt.add(System.nanoTime());
		}

	}

}
