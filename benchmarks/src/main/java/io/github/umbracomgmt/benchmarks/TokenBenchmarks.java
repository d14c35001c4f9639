package io.github.umbracomgmt.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ClientCredentialsReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.InMemoryReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.umbracomgmt.autoconfigure.UmbracoManagementAutoConfiguration;
import io.github.umbracomgmt.client.UmbracoUserClient;
import io.github.umbracomgmt.client.model.CurrentUser;
import io.github.umbracomgmt.token.UmbracoTokenManager;
import io.github.umbracomgmt.test.UmbracoTestServer;

/**
 * Measures, in one run and against one in-process fake Umbraco on loopback whose token endpoint answers after ~50
 * ms:
 * <ol>
 * <li>token requests for N calls at concurrency C, cold and across a refresh, for this starter, Spring Security's
 * stock reactive wiring and a naive new-token-per-call client;</li>
 * <li>throughput of {@code UmbracoUserClient.getCurrentUser()} against a raw WebClient sending the same request with
 * a fixed valid token over the same connector (the floor);</li>
 * <li>bytes allocated per call by the whole JVM (client and fake server) for both.</li>
 * </ol>
 * Ratios, not absolute numbers, are the result: the machines are shared and noisy. Run with
 * {@code mvn -q -Pbenchmarks -pl benchmarks -am spring-boot:run}; system properties {@code calls},
 * {@code concurrency}, {@code rounds} change the sizes.
 */
public final class TokenBenchmarks {

	private static final String USER_CURRENT = "/umbraco/management/api/v1/user/current";

	private static final String TOKEN_PATH = "/umbraco/management/api/v1/security/back-office/token";

	private TokenBenchmarks() {
	}

	public static void main(String[] args) {
		int calls = Integer.getInteger("calls", 2000);
		int concurrency = Integer.getInteger("concurrency", 200);
		int throughputCalls = Integer.getInteger("throughputCalls", 8000);
		int throughputConcurrency = Integer.getInteger("throughputConcurrency", 16);
		int rounds = Integer.getInteger("rounds", 21);
		System.out.println(machine());
		System.out.println();
		try (UmbracoTestServer server = UmbracoTestServer.start()) {
			tokenRequests(server, calls, concurrency);
		}
		System.out.println();
		try (UmbracoTestServer server = UmbracoTestServer.start();
				ConfigurableApplicationContext context = starter(server)) {
			throughput(server, context, throughputCalls, throughputConcurrency, rounds);
		}
	}

	private static ConfigurableApplicationContext starter(UmbracoTestServer server) {
		return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
			.run("--umbraco.management.base-url=" + server.baseUrl(),
					"--umbraco.management.client-id=" + server.clientId(),
					"--umbraco.management.client-secret=" + server.clientSecret());
	}

	/**
	 * Real time, 10 s tokens and a 50 ms token endpoint: a cold burst, then a second burst once every client
	 * considers its token due (8 s: the starter refreshes min(60 s, 10 s / 5) = 2 s early; Spring Security's provider
	 * is given the same 2 s clock skew, except in the row that keeps its 60 s default).
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

	private static void row(UmbracoTestServer server, String name, Supplier<Mono<?>> call, int calls,
			int concurrency) {
		long start = System.nanoTime();
		server.resetCounters();
		int failures = burst(call, calls, concurrency);
		int cold = server.tokenRequests();
		sleepUntil(start + Duration.ofMillis(8500).toNanos());
		server.resetCounters();
		failures += burst(call, calls, concurrency);
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
		return webClient.post()
			.uri(TOKEN_PATH)
			.body(BodyInserters.fromFormData("grant_type", "client_credentials")
				.with("client_id", server.clientId())
				.with("client_secret", server.clientSecret()))
			.retrieve()
			.bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.flatMap((token) -> webClient.get()
				.uri(USER_CURRENT)
				.headers((headers) -> headers.setBearerAuth((String) token.get("access_token")))
				.retrieve()
				.bodyToMono(CurrentUser.class));
	}

	private static int burst(Supplier<Mono<?>> call, int calls, int concurrency) {
		AtomicInteger failures = new AtomicInteger();
		Flux.range(0, calls)
			.flatMap((i) -> call.get().onErrorResume((ex) -> {
				failures.incrementAndGet();
				return Mono.empty();
			}), concurrency)
			.blockLast(Duration.ofMinutes(5));
		return failures.get();
	}

	private static void throughput(UmbracoTestServer server, ConfigurableApplicationContext context, int calls,
			int concurrency, int rounds) {
		UmbracoUserClient starter = context.getBean(UmbracoUserClient.class);
		ClientHttpConnector connector = context.getBean(UmbracoManagementAutoConfiguration.CONNECTOR_BEAN_NAME,
				ClientHttpConnector.class);
		String token = context.getBean(UmbracoTokenManager.class).getToken().block().getTokenValue();
		WebClient raw = WebClient.builder()
			.clientConnector(connector)
			.baseUrl(server.baseUrl())
			.defaultHeaders((headers) -> headers.setBearerAuth(token))
			.build();
		// the same request as UmbracoUserClient sends: GET, same URL, Accept: application/json, Bearer token
		Supplier<Mono<?>> floor = () -> raw.get()
			.uri(USER_CURRENT)
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.bodyToMono(CurrentUser.class);
		Supplier<Mono<?>> ours = starter::getCurrentUser;
		// warm-up: JIT, connection pool
		for (int i = 0; i < 3; i++) {
			measure(floor, calls, concurrency);
			measure(ours, calls, concurrency);
		}
		// alternate, so drift in the machine's load hits both alike; the ratio of each pair is one sample
		List<double[]> floorRuns = new ArrayList<>();
		List<double[]> ourRuns = new ArrayList<>();
		List<Double> ratios = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			double[] f = ((i % 2) == 0) ? measure(floor, calls, concurrency) : null;
			double[] o = measure(ours, calls, concurrency);
			if (f == null) {
				f = measure(floor, calls, concurrency);
			}
			floorRuns.add(f);
			ourRuns.add(o);
			ratios.add(o[0] / f[0]);
		}
		java.util.Collections.sort(ratios);
		double floorRate = median(floorRuns, 0);
		double ourRate = median(ourRuns, 0);
		double floorBytes = median(floorRuns, 1);
		double ourBytes = median(ourRuns, 1);
		double floorCpu = median(floorRuns, 2);
		double ourCpu = median(ourRuns, 2);
		System.out.printf("### 2. Throughput of getCurrentUser(), %d calls at concurrency %d, %d alternating pairs of "
				+ "rounds%n%n", calls, concurrency, rounds);
		System.out.println("| client | calls/s (median) | CPU µs per call, whole JVM | bytes allocated per call, "
				+ "whole JVM |");
		System.out.println("| --- | ---: | ---: | ---: |");
		System.out.printf("| raw WebClient, fixed token, same connector (floor) | %.0f | %.0f | %.0f |%n", floorRate,
				floorCpu, floorBytes);
		System.out.printf("| umbraco-mgmt `UmbracoUserClient` | %.0f | %.0f | %.0f |%n", ourRate, ourCpu, ourBytes);
		System.out.printf("%nThroughput ratio starter / floor: median %.3f of %d pairs (min %.3f, max %.3f)%n",
				ratios.get(ratios.size() / 2), ratios.size(), ratios.get(0), ratios.get(ratios.size() - 1));
		System.out.printf("Allocation per call: %+.0f bytes (%.2fx the floor); CPU per call: %.2fx the floor%n",
				ourBytes - floorBytes, ourBytes / floorBytes, ourCpu / floorCpu);
	}

	/** Calls per second and bytes allocated per call (all threads) for one round. */
	private static double[] measure(Supplier<Mono<?>> call, int calls, int concurrency) {
		long bytesBefore = allocatedBytes();
		long cpuBefore = processCpuNanos();
		long start = System.nanoTime();
		int failures = burst(call, calls, concurrency);
		long elapsed = System.nanoTime() - start;
		long bytes = allocatedBytes() - bytesBefore;
		long cpu = processCpuNanos() - cpuBefore;
		if (failures > 0) {
			throw new IllegalStateException(failures + " calls failed during a throughput round");
		}
		return new double[] { calls / (elapsed / 1e9), (double) bytes / calls, cpu / 1e3 / calls };
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static long allocatedBytes() {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
			.getThreadMXBean();
		long[] ids = threads.getAllThreadIds();
		return Arrays.stream(threads.getThreadAllocatedBytes(ids)).filter((bytes) -> bytes > 0).sum();
	}

	private static double median(List<double[]> runs, int index) {
		double[] values = runs.stream().mapToDouble((run) -> run[index]).sorted().toArray();
		return values[values.length / 2];
	}

	private static String machine() {
		return String.format("Machine: %d cores, %s %s, Java %s (%s), max heap %d MiB",
				Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
				System.getProperty("os.arch"), System.getProperty("java.version"), System.getProperty("java.vm.name"),
				Runtime.getRuntime().maxMemory() / (1024 * 1024));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

	}

}
