package io.github.umbracomgmt.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import reactor.core.publisher.Mono;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ClientCredentialsReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.InMemoryReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.umbracomgmt.client.UmbracoUserClient;
import io.github.umbracomgmt.client.model.CurrentUser;
import io.github.umbracomgmt.token.UmbracoTokenManager;
import io.github.umbracomgmt.test.UmbracoTestServer;

/**
 * Measures what users of the starter meet, against one fake Umbraco on loopback whose
 * token endpoint answers after ~50 ms:
 * <ol>
 * <li>token requests for N calls at concurrency C, cold and across a refresh, for this
 * starter, Spring Security's stock reactive wiring and a naive new-token-per-call client
 * (in this JVM);</li>
 * <li>cold-start throughput of {@code UmbracoUserClient.getCurrentUser()} against a plain
 * WebClient that sends the same request over the same connector and decodes the same
 * record: a fresh application context, a burst at concurrency 64 and 200, then sustained
 * load; every client in its own child JVM (alternating child processes), and both clients
 * alternating in one child JVM; with CPU busy (cores) and each event loop's share of the
 * client's event-loop CPU;</li>
 * <li>the typed-client cost: the typed client against {@code umbracoWebClient} doing the
 * same GET, and against the HTTP interface proxy it replaced;</li>
 * <li>p50/p99 latency at concurrency 200 inside and outside the windows of the token
 * refreshes of a run.</li>
 * </ol>
 * The fake Umbraco of parts 2 to 4 runs in this (parent) process, so a child's CPU and
 * event loops are the client's alone. Ratios, not absolute numbers, are the result. Run
 * with {@code mvn -q -Pbenchmarks -pl benchmarks -am spring-boot:run}; system properties
 * ({@code -Dforks=3}, {@code -DroundsPerFork=4}, {@code -Dpairs=11},
 * {@code -DburstCalls=2000}, {@code -DsustainedMs=2000}, {@code -Dconcurrencies=64,200},
 * {@code -Dparts=1,2,3}, {@code -DfakeWarmupMs=8000}, {@code -DrefreshRunMs=30000},
 * {@code -DrefreshTokenSeconds=5}) change the sizes; pass them with
 * {@code -Dbenchmark.args="-Dpairs=21"}. For looking closer: {@code -DshowRounds=true}
 * prints every cold-start round, {@code -DshowSeries=true} each child JVM's calls in each
 * second of every round (the forked runs print their medians anyway;
 * {@code -DseriesMs=...} for another interval); {@code -DchildJvmArgs=...} passes JVM
 * flags to the children (e.g. a JFR recording); {@code -DstarterArgs=--a=b,--c=d} passes
 * properties to the starter; {@code -Dinproc=pairs,proxy,refresh} picks the runs of part
 * 3; {@code -DtypedMethod=direct} measures {@code getUserCurrent()} in part 4 instead of
 * the {@code getCurrentUser()} alias; {@code -Dparts=generated} runs the forked cold
 * start for the typed client against the same interface as an HTTP interface proxy (the
 * starter's implementation before its clients were generated); {@code -Dparts=layers}
 * runs the forked cold start for the typed client against {@code umbracoWebClient}, and
 * {@code umbracoWebClient} against the plain floor ({@code -Dparts=layers-floor}: only
 * the latter); {@code -Dparts=boot} puts a plain WebClient built from Boot's
 * {@code WebClient.Builder} between {@code umbracoWebClient} and the floor.
 */
public final class TokenBenchmarks {

	private static final String USER_CURRENT = Rounds.USER_CURRENT;

	private static final String TOKEN_PATH = Rounds.TOKEN_PATH;

	/** The base URLs of the fakes {@link #warmFake} has loaded in this run. */
	private static final Set<String> WARMED_FAKES = new HashSet<>();

	private TokenBenchmarks() {
	}

	public static void main(String[] args) throws Exception {
		long began = System.nanoTime();
		String parts = System.getProperty("parts", "1,2,3");
		System.out.println(machine());
		System.out.println();
		if (parts.contains("1")) {
			int calls = Integer.getInteger("calls", 2000);
			int concurrency = Integer.getInteger("concurrency", 200);
			try (UmbracoTestServer server = UmbracoTestServer.start()) {
				tokenRequests(server, calls, concurrency);
			}
			System.out.println();
		}
		try (UmbracoTestServer server = UmbracoTestServer.start();
				UmbracoTestServer refreshServer = UmbracoTestServer.start()) {
			server.setTokenLatency(Duration.ofMillis(50));
			refreshServer.setTokenLatency(Duration.ofMillis(50));
			// part 3's refresh run: tokens refreshed ahead 1 s before they expire (a
			// fifth of
			// 5 s), so a 30 s run crosses about seven refreshes
			refreshServer.setTokenLifetime(Duration.ofSeconds(Long.getLong("refreshTokenSeconds", 5)));
			Rounds.Target target = new Rounds.Target(server.baseUrl(), server.clientId(), server.clientSecret());
			Rounds.Target refreshTarget = new Rounds.Target(refreshServer.baseUrl(), refreshServer.clientId(),
					refreshServer.clientSecret());
			String classPath = System.getProperty("java.class.path");
			Contender typed = new Contender("umbraco-mgmt `UmbracoUserClient`", Rounds.TYPED, classPath);
			Contender webClient = new Contender("`umbracoWebClient`, same GET", Rounds.WEB_CLIENT, classPath);
			Contender plain = new Contender("plain WebClient, same connector, own token (floor)", Rounds.PLAIN,
					classPath);
			if (parts.contains("2")) {
				System.out.printf(Locale.ROOT, "### 2. Cold-start throughput, each client in its own JVM%n%n");
				forkedColdStart(target, typed, plain, "typed / plain");
			}
			if (parts.contains("layers")) {
				// where a cold-start gap comes from: the typed proxy, or the WebClient
				// under it
				System.out.printf(Locale.ROOT,
						"### The layers: typed proxy over `umbracoWebClient` over the floor%n%n");
				if (!parts.contains("layers-floor")) {
					forkedColdStart(target, typed, webClient, "typed / umbracoWebClient");
				}
				forkedColdStart(target, webClient, plain, "umbracoWebClient / plain");
			}
			if (parts.contains("generated")) {
				// the generated implementation against the proxy it replaced, both over
				// the
				// same umbracoWebClient
				System.out.printf(Locale.ROOT,
						"### The generated implementation against the HTTP interface proxy it replaced%n%n");
				forkedColdStart(target, typed, new Contender("`UmbracoUserClient` as an HTTP interface proxy (before)",
						Rounds.PROXY, classPath), "generated / proxy");
			}
			if (parts.contains("boot")) {
				// the floor built from Boot's WebClient.Builder: what Boot's codecs and
				// customizers cost, cold
				System.out.printf(Locale.ROOT, "### Boot's WebClient.Builder under the floor%n%n");
				Contender bootPlain = new Contender("plain WebClient from Boot's `WebClient.Builder`, own token",
						Rounds.BOOT_PLAIN, classPath);
				forkedColdStart(target, webClient, bootPlain, "umbracoWebClient / Boot-built plain");
				forkedColdStart(target, bootPlain, plain, "Boot-built plain / plain");
			}
			if (parts.contains("store")) {
				System.out.printf(Locale.ROOT, "### The token store seam: this code against a baseline without it%n%n");
				forkedColdStart(target,
						new Contender("`UmbracoUserClient`, this code (in-memory store)", Rounds.TYPED, classPath),
						new Contender("`UmbracoUserClient`, baseline (no token store)", Rounds.TYPED,
								baselineClassPath(classPath)),
						"this code / baseline");
			}
			if (parts.contains("3")) {
				System.out.println("### 3. One JVM for both clients, typed-client cost, latency across a refresh");
				System.out.println();
				child(List.of("inproc", target.format(), refreshTarget.format()), System.out::println);
			}
		}
		System.out.printf(Locale.ROOT, "Total time: %.0f s%n", (System.nanoTime() - began) / 1e9);
	}

	/**
	 * A client of a forked cold-start run, and the class path its JVMs run with.
	 */
	record Contender(String label, String client, String classPath) {
	}

	/**
	 * {@code -DbaselineClasses=
	 *
	<dir>
	 * }: the compiled classes of the autoconfigure module of a baseline (see
	 * {@code benchmarks/token-store-baseline.sh}) in place of this build's.
	 */
	private static String baselineClassPath(String classPath) {
		String baseline = System.getProperty("baselineClasses");
		if (baseline == null) {
			throw new IllegalStateException(
					"-DbaselineClasses=<dir> is required: run benchmarks/token-store-baseline.sh");
		}
		String separator = java.io.File.pathSeparator;
		List<String> entries = new ArrayList<>();
		boolean replaced = false;
		for (String entry : classPath.split(java.util.regex.Pattern.quote(separator))) {
			boolean ours = entry.replace('\\', '/').endsWith("umbraco-mgmt-autoconfigure/target/classes");
			entries.add(ours ? baseline : entry);
			replaced |= ours;
		}
		if (!replaced) {
			throw new IllegalStateException("No umbraco-mgmt-autoconfigure/target/classes on " + classPath);
		}
		return String.join(separator, entries);
	}

	/**
	 * Every client in a JVM of its own: child processes alternate between the two
	 * clients, each runs a few cold-start rounds (a fresh context each); round k of a
	 * child of {@code a} and round k of the child of {@code b} next to it form a pair.
	 */
	private static void forkedColdStart(Rounds.Target target, Contender a, Contender b, String ratioName)
			throws Exception {
		int forks = Integer.getInteger("forks", 3);
		int roundsPerFork = Integer.getInteger("roundsPerFork", 4);
		int burstCalls = Integer.getInteger("burstCalls", 2000);
		Duration sustained = Duration.ofMillis(Long.getLong("sustainedMs", 2000));
		System.out.printf(Locale.ROOT,
				"A fresh application context per round: a burst of %d calls, then %.1f s of sustained load, at "
						+ "the same concurrency. %d child JVMs per client (alternating), %d rounds each after %d "
						+ "unrecorded warm-up round(s).%n%n",
				burstCalls, sustained.toMillis() / 1e3, forks, roundsPerFork, Rounds.WARMUP_ROUNDS);
		for (String value : System.getProperty("concurrencies", "64,200").split(",")) {
			int concurrency = Integer.parseInt(value);
			warmFake(target, concurrency);
			List<Rounds.Round> aRounds = new ArrayList<>();
			List<Rounds.Round> bRounds = new ArrayList<>();
			// each client's series by round of its JVMs (0: the warm-up, a cold JVM)
			Map<Contender, Map<Integer, List<long[]>>> series = Map.of(a, new TreeMap<>(), b, new TreeMap<>());
			for (int fork = 0; fork < forks; fork++) {
				List<Contender> order = ((fork % 2) == 0) ? List.of(a, b) : List.of(b, a);
				for (Contender contender : order) {
					List<Rounds.Round> into = (contender == a) ? aRounds : bRounds;
					child(List.of("cold", contender.client(), value, String.valueOf(roundsPerFork),
							String.valueOf(burstCalls), String.valueOf(sustained.toMillis()), target.format()),
							(line) -> {
								if (line.startsWith("ROUND ")) {
									into.add(Rounds.Round.parse(line));
									if (Boolean.getBoolean("showRounds")) {
										System.out.println(line);
									}
								}
								else if (line.startsWith("SERIES ")) {
									Map<String, String> fields = Rounds.fields(line);
									series.get(contender)
										.computeIfAbsent(Rounds.seriesRound(fields), (round) -> new ArrayList<>())
										.add(Rounds.seriesCalls(fields));
									if (Boolean.getBoolean("showSeries")) {
										System.out.println(line);
									}
								}
								else {
									System.out.println(line);
								}
							}, contender.classPath());
				}
			}
			System.out.printf(Locale.ROOT, "#### Concurrency %d, forked%n%n", concurrency);
			System.out.print(coldTable(aRounds, bRounds, a.label(), b.label(), ratioName));
			System.out.println();
			System.out.print(seriesTable(series.get(a), series.get(b), a.label(), b.label()));
			System.out.println();
		}
	}

	/**
	 * The calls/s of each second of a round's sustained load, the median over the
	 * clients' JVMs, by round of a JVM: how fast each client climbs while the JIT
	 * compiles, in a cold JVM (its first, unrecorded round) and in the rounds after it,
	 * each of which starts a fresh context.
	 */
	static String seriesTable(Map<Integer, List<long[]>> a, Map<Integer, List<long[]>> b, String aLabel,
			String bLabel) {
		int slots = Stream.of(a, b)
			.flatMap((byRound) -> byRound.values().stream())
			.flatMap(List::stream)
			.mapToInt((calls) -> calls.length)
			.min()
			.orElse(0);
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
				"Thousands of calls/s in each %.1f s of the sustained load, median over the JVMs, by round of a JVM "
						+ "(round 1 is the unrecorded warm-up: a cold JVM)%n%n| client | round |",
				Rounds.SERIES_MS / 1e3));
		for (int slot = 1; slot <= slots; slot++) {
			out.append(' ').append(slot).append(" |");
		}
		out.append(" whole load |\n| --- | ---: |").append(" ---: |".repeat(slots + 1)).append('\n');
		seriesRows(out, bLabel, b, slots);
		seriesRows(out, aLabel, a, slots);
		out.append('\n');
		for (Integer round : a.keySet()) {
			if (b.containsKey(round)) {
				out.append(String.format(Locale.ROOT, "Round %d%s, whole sustained load: %.3f (ratio of the medians)%n",
						round + 1, (round < Rounds.WARMUP_ROUNDS) ? " (warm-up, a cold JVM)" : "",
						wholeLoad(a.get(round)) / wholeLoad(b.get(round))));
			}
		}
		return out.toString();
	}

	private static void seriesRows(StringBuilder out, String label, Map<Integer, List<long[]>> byRound, int slots) {
		for (Map.Entry<Integer, List<long[]>> round : byRound.entrySet()) {
			List<long[]> jvms = round.getValue();
			out.append("| ")
				.append(label)
				.append(" | ")
				.append(round.getKey() + 1)
				.append((round.getKey() < Rounds.WARMUP_ROUNDS) ? " (warm-up)" : "")
				.append(" |");
			for (int slot = 0; slot < slots; slot++) {
				int at = slot;
				double perSecond = Rounds
					.median(jvms.stream().mapToDouble((calls) -> calls[at] * 1e3 / Rounds.SERIES_MS).toArray());
				out.append(String.format(Locale.ROOT, " %.1f |", perSecond / 1e3));
			}
			out.append(String.format(Locale.ROOT, " %.1f |%n", wholeLoad(jvms) / 1e3));
		}
	}

	/** Calls/s over a round's whole sustained load, the median over the JVMs. */
	private static double wholeLoad(List<long[]> jvms) {
		return Rounds.median(jvms.stream()
			.mapToDouble((calls) -> Arrays.stream(calls).sum() / (calls.length * Rounds.SERIES_MS / 1e3))
			.toArray());
	}

	/**
	 * Puts load on the fake Umbraco (in this process) before its first measured children:
	 * the first child would otherwise meet a fake whose own code is still interpreted and
	 * compiling, and wait for it (seen: 1.2 cores busy in its first rounds against 1.7
	 * after), which costs whichever client the alternation starts with. Not measured; the
	 * load comes from a plain WebClient in this process, so no child's JIT profile sees
	 * it.
	 */
	private static void warmFake(Rounds.Target target, int concurrency) {
		long millis = Long.getLong("fakeWarmupMs", 8000);
		// once per fake: the comparisons and concurrencies after the first meet it warm
		if (millis <= 0 || !WARMED_FAKES.add(target.baseUrl())) {
			return;
		}
		WebClient webClient = WebClient.builder().baseUrl(target.baseUrl()).build();
		String token = Rounds.fetchToken(webClient, target.clientId(), target.clientSecret()).block();
		Rounds.sustain(Rounds.plainCall(webClient, token), concurrency, Duration.ofMillis(millis));
		// the fake's token endpoint, too: every cold round starts with a token request
		for (int i = 0; i < 20; i++) {
			Rounds.fetchToken(webClient, target.clientId(), target.clientSecret()).block();
		}
	}

	/**
	 * The table and median ratio of cold-start rounds, pairing round i of each client.
	 */
	static String coldTable(List<Rounds.Round> typed, List<Rounds.Round> plain) {
		return coldTable(typed, plain, "umbraco-mgmt `UmbracoUserClient`",
				"plain WebClient, same connector, own token (floor)", "typed / plain");
	}

	/**
	 * The table and median ratio of cold-start rounds of two clients, pairing round i of
	 * each; the second is the baseline.
	 */
	static String coldTable(List<Rounds.Round> typed, List<Rounds.Round> plain, String typedLabel, String plainLabel,
			String ratioName) {
		StringBuilder out = new StringBuilder();
		out.append("| client | calls/s, burst | calls/s, sustained | calls/s, overall | client CPU busy (cores) | "
				+ "CPU µs per call | of which event loops | other Java threads | JIT, GC, VM | JIT ms per round | "
				+ "GC ms per round | busy event loops | busiest loop's share of event-loop CPU |\n");
		out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
		row(out, plainLabel, plain);
		row(out, typedLabel, typed);
		int pairs = Math.min(typed.size(), plain.size());
		double[] ratios = new double[pairs];
		for (int i = 0; i < pairs; i++) {
			ratios[i] = typed.get(i).rate() / plain.get(i).rate();
		}
		double[] sorted = ratios.clone();
		Arrays.sort(sorted);
		out.append(String.format(Locale.ROOT,
				"%nOverall throughput %s: median **%.3f** of %d pairs (min %.3f, max %.3f); busiest loop's "
						+ "share, worst round: %.2f and %.2f%n",
				ratioName, Rounds.median(ratios), pairs, (pairs > 0) ? sorted[0] : Double.NaN,
				(pairs > 0) ? sorted[pairs - 1] : Double.NaN, worst(typed), worst(plain)));
		return out.toString();
	}

	private static void row(StringBuilder out, String name, List<Rounds.Round> rounds) {
		out.append(String.format(Locale.ROOT,
				"| %s | %.0f | %.0f | %.0f | %.2f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.2f |%n", name,
				median(rounds, Rounds.Round::burstRate), median(rounds, Rounds.Round::sustainedRate),
				median(rounds, Rounds.Round::rate), median(rounds, Rounds.Round::cores),
				median(rounds, Rounds.Round::cpuMicrosPerCall), median(rounds, Rounds.Round::loopMicrosPerCall),
				median(rounds, Rounds.Round::otherJavaMicrosPerCall), median(rounds, Rounds.Round::vmMicrosPerCall),
				median(rounds, (round) -> round.jitMillis()), median(rounds, (round) -> round.gcMillis()),
				median(rounds, (round) -> round.loops()), median(rounds, Rounds.Round::maxLoopShare)));
	}

	private static double median(List<Rounds.Round> rounds, java.util.function.ToDoubleFunction<Rounds.Round> value) {
		return rounds.isEmpty() ? Double.NaN : Rounds.median(rounds.stream().mapToDouble(value).toArray());
	}

	private static double worst(List<Rounds.Round> rounds) {
		return rounds.stream().mapToDouble(Rounds.Round::maxLoopShare).max().orElse(Double.NaN);
	}

	/**
	 * Runs a {@link BenchmarkChild} with this JVM's class path and heap, handing each
	 * output line to {@code lines}.
	 */
	private static void child(List<String> args, java.util.function.Consumer<String> lines) throws Exception {
		child(args, lines, System.getProperty("java.class.path"));
	}

	/**
	 * Runs a {@link BenchmarkChild} with the given class path and this JVM's heap.
	 */
	private static void child(List<String> args, java.util.function.Consumer<String> lines, String classPath)
			throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xms512m");
		command.add("-Xmx512m");
		for (String property : List.of("warmupRounds", "pairs", "burstCalls", "sustainedMs", "concurrencies",
				"proxyCalls", "proxyConcurrency", "refreshRunMs", "starterArgs", "inproc", "typedMethod", "seriesMs")) {
			if (System.getProperty(property) != null) {
				command.add("-D" + property + "=" + System.getProperty(property));
			}
		}
		// e.g. -DchildJvmArgs=-XX:StartFlightRecording=settings=profile,filename=/tmp/ to
		// profile the children
		String extra = System.getProperty("childJvmArgs", "").trim();
		if (!extra.isEmpty()) {
			command.addAll(List.of(extra.split("\\s+")));
		}
		command.add("-cp");
		command.add(classPath);
		command.add(BenchmarkChild.class.getName());
		command.addAll(args);
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				lines.accept(line);
			}
		}
		int exit = process.waitFor();
		if (exit != 0) {
			throw new IllegalStateException("benchmark child " + args.get(0) + " exited with " + exit);
		}
	}

	private static ConfigurableApplicationContext starter(UmbracoTestServer server) {
		return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
			.run("--umbraco.management.base-url=" + server.baseUrl(),
					"--umbraco.management.client-id=" + server.clientId(),
					"--umbraco.management.client-secret=" + server.clientSecret());
	}

	/**
	 * Real time, 10 s tokens and a 50 ms token endpoint: a cold burst, then a second
	 * burst once every client considers its token due (8 s: the starter refreshes min(60
	 * s, 10 s / 5) = 2 s early; Spring Security's provider is given the same 2 s clock
	 * skew, except in the row that keeps its 60 s default).
	 */
	private static void tokenRequests(UmbracoTestServer server, int calls, int concurrency) {
		server.setTokenLatency(Duration.ofMillis(50));
		server.setTokenLifetime(Duration.ofSeconds(10));
		System.out.printf("### 1. Token requests for %d calls at concurrency %d (10 s tokens, token endpoint latency"
				+ " 50 ms)%n%n", calls, concurrency);
		System.out.println("| client | cold start | across a refresh | failed calls |");
		System.out.println("| --- | ---: | ---: | ---: |");
		try (ConfigurableApplicationContext context = starter(server)) {
			UmbracoUserClient starter = context.getBean(UmbracoUserClient.class);
			row(server, "umbraco-mgmt starter", starter::getCurrentUser, calls, concurrency);
		}
		WebClient stock = stockSpringSecurity(server, Duration.ofSeconds(2));
		row(server, "Spring Security stock wiring (AuthorizedClientService manager, exchange filter), 2 s skew",
				() -> stock.get().uri(USER_CURRENT).retrieve().bodyToMono(CurrentUser.class), calls, concurrency);
		WebClient stockDefault = stockSpringSecurity(server, Duration.ofSeconds(60));
		row(server, "Spring Security stock wiring, default 60 s skew",
				() -> stockDefault.get().uri(USER_CURRENT).retrieve().bodyToMono(CurrentUser.class), calls,
				concurrency);
		WebClient naiveTokens = WebClient.builder().baseUrl(server.baseUrl()).build();
		row(server, "naive: new token per call", () -> naive(naiveTokens, server), calls, concurrency);
	}

	private static void row(UmbracoTestServer server, String name, Supplier<Mono<?>> call, int calls, int concurrency) {
		long start = System.nanoTime();
		server.resetCounters();
		int failures = Rounds.burst(call, calls, concurrency);
		int cold = server.tokenRequests();
		sleepUntil(start + Duration.ofMillis(8500).toNanos());
		server.resetCounters();
		failures += Rounds.burst(call, calls, concurrency);
		int refresh = server.tokenRequests();
		System.out.printf("| %s | %d | %d | %d |%n", name, cold, refresh, failures);
	}

	private static void sleepUntil(long nanoTime) {
		long wait = nanoTime - System.nanoTime();
		if (wait > 0) {
			try {
				Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static WebClient stockSpringSecurity(UmbracoTestServer server, Duration clockSkew) {
		ClientRegistration registration = ClientRegistration.withRegistrationId("umbraco")
			.clientId(server.clientId())
			.clientSecret(server.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(server.baseUrl() + TOKEN_PATH)
			.build();
		InMemoryReactiveClientRegistrationRepository registrations = new InMemoryReactiveClientRegistrationRepository(
				registration);
		AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(
				registrations, new InMemoryReactiveOAuth2AuthorizedClientService(registrations));
		ClientCredentialsReactiveOAuth2AuthorizedClientProvider provider = new ClientCredentialsReactiveOAuth2AuthorizedClientProvider();
		provider.setClockSkew(clockSkew);
		manager.setAuthorizedClientProvider(provider);
		ServerOAuth2AuthorizedClientExchangeFilterFunction filter = new ServerOAuth2AuthorizedClientExchangeFilterFunction(
				manager);
		filter.setDefaultClientRegistrationId(registration.getRegistrationId());
		return WebClient.builder().baseUrl(server.baseUrl()).filter(filter).build();
	}

	private static Mono<CurrentUser> naive(WebClient webClient, UmbracoTestServer server) {
		return Rounds.fetchToken(webClient, server.clientId(), server.clientSecret())
			.flatMap((token) -> webClient.get()
				.uri(USER_CURRENT)
				.headers((headers) -> headers.setBearerAuth(token))
				.retrieve()
				.bodyToMono(CurrentUser.class));
	}

	private static String machine() {
		return String.format(Locale.ROOT,
				"Machine: %d cores, %s %s, Java %s (%s), max heap %d MiB, load average at start %.2f",
				Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
				System.getProperty("os.arch"), System.getProperty("java.version"), System.getProperty("java.vm.name"),
				Runtime.getRuntime().maxMemory() / (1024 * 1024),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

	}

}
