package io.github.umbracomgmt.token.redis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

import io.github.umbracomgmt.autoconfigure.UmbracoManagementAutoConfiguration;
import io.github.umbracomgmt.client.UmbracoUserClient;
import io.github.umbracomgmt.test.MutableClock;
import io.github.umbracomgmt.test.UmbracoTestServer;
import io.github.umbracomgmt.token.UmbracoTokenManager;
import io.github.umbracomgmt.site.UmbracoSite;
import io.github.umbracomgmt.token.UmbracoTokenStore;
import io.github.umbracomgmt.token.UmbracoTokenStore.StoredToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several application contexts (the instances of a fleet) against one real
 * {@code redis-server} and one fake Umbraco, over real HTTP: they share one token, take
 * over a dead holder's lease, evict a rejected token by compare-and-delete, keep tokens
 * of a rotated secret apart, and keep serving calls while Redis is down.
 */
@ExtendWith(OutputCaptureExtension.class)
class RedisTokenStoreIntegrationTests {

	@RegisterExtension
	static final RedisServerExtension redisServer = new RedisServerExtension();

	private static final String FALLBACK_WARNING = "Redis token store unavailable";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private UmbracoTestServer server;

	private LettuceConnectionFactory inspector;

	private ReactiveStringRedisTemplate redis;

	@BeforeEach
	void start() {
		redisServer.start();
		this.server = UmbracoTestServer.builder().clock(this.clock).start();
		// the token endpoint answers slowly enough for concurrent cold calls to overlap
		this.server.setTokenLatency(Duration.ofMillis(50));
		this.inspector = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration("127.0.0.1", redisServer.port()));
		this.inspector.afterPropertiesSet();
		this.inspector.start();
		this.redis = new ReactiveStringRedisTemplate(this.inspector);
		this.redis.execute((connection) -> connection.serverCommands().flushAll()).blockLast(Duration.ofSeconds(10));
	}

	@AfterEach
	void stop() {
		this.instances.forEach(ConfigurableApplicationContext::close);
		this.inspector.destroy();
		this.server.close();
	}

	@Test
	void fleetOfFourSharesOneTokenForConcurrentColdCallsAndOneAcrossARefresh() {
		List<ConfigurableApplicationContext> fleet = List.of(instance(), instance(), instance(), instance());
		int failures = burstOnAll(fleet, 50);
		assertThat(failures).isZero();
		assertThat(this.server.tokenRequests()).isEqualTo(1);
		assertThat(fleet.stream().map(this::currentToken).distinct()).hasSize(1);
		String first = currentToken(fleet.get(0));
		// 299 s tokens are refreshed 60 s before expiry
		this.clock.advance(Duration.ofSeconds(240));
		failures = burstOnAll(fleet, 50);
		assertThat(failures).isZero();
		// the burst is served with the still-valid token; each instance's background
		// refresh then reads the one
		// new token from Redis, on its own schedule
		await().atMost(Duration.ofSeconds(10))
			.until(() -> fleet.stream().map(this::currentToken).noneMatch(first::equals));
		assertThat(this.server.tokenRequests()).isEqualTo(2);
		assertThat(fleet.stream().map(this::currentToken).distinct()).hasSize(1);
	}

	@Test
	void sharedTokenIsNotRevokedWhenOneInstanceStops() {
		ConfigurableApplicationContext a = instance();
		ConfigurableApplicationContext b = instance();
		assertThat(burstOnAll(List.of(a, b), 5)).isZero();
		a.close();
		assertThat(this.server.revocations()).isZero();
		// the other instance goes on with the shared token, without a new token request
		assertThat(burstOnAll(List.of(b), 5)).isZero();
		assertThat(this.server.tokenRequests()).isEqualTo(1);
	}

	@Test
	void leaseOfADeadHolderExpiresAndAnotherInstanceTakesOver() {
		ConfigurableApplicationContext survivor = instance("--umbraco.management.redis-token-store.lease-time=1s");
		String leaseKey = store(survivor).getKey() + ":lease";
		// an instance took the lease and died before it stored a token
		assertThat(this.redis.opsForValue()
			.setIfAbsent(leaseKey, "dead-instance:1", Duration.ofMillis(800))
			.block(Duration.ofSeconds(5))).isTrue();
		long start = System.nanoTime();
		int failures = burstOnAll(List.of(survivor), 20);
		Duration waited = Duration.ofNanos(System.nanoTime() - start);
		assertThat(failures).isZero();
		assertThat(this.server.tokenRequests()).isEqualTo(1);
		// waited for the dead lease to expire, and not longer than the lease time plus
		// one token request
		// (the token request's share is generous: the build machine may be loaded)
		assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(500)).isLessThan(Duration.ofMillis(1000 + 4000));
		assertThat(storedToken(survivor)).isEqualTo(currentToken(survivor));
		assertThat(this.redis.hasKey(leaseKey).block(Duration.ofSeconds(5))).isFalse();
	}

	@Test
	void rejectedTokenIsDeletedOnlyWhileStoredAndTheFleetRefetchesOnce() {
		ConfigurableApplicationContext a = instance();
		ConfigurableApplicationContext b = instance();
		assertThat(burstOnAll(List.of(a, b), 5)).isZero();
		String rejected = currentToken(a);
		this.server.revokeAllTokens();
		this.server.resetCounters();
		// a sees the 401 first: deletes the stored token (still the rejected one) and
		// fetches the replacement
		assertThat(burstOnAll(List.of(a), 5)).isZero();
		String replacement = storedToken(a);
		assertThat(replacement).isNotEqualTo(rejected).isEqualTo(currentToken(a));
		// b's late 401 for the old token must not delete the replacement: it reads it
		// instead
		assertThat(burstOnAll(List.of(b), 5)).isZero();
		assertThat(currentToken(b)).isEqualTo(replacement);
		assertThat(storedToken(a)).isEqualTo(replacement);
		assertThat(this.server.tokenRequests()).isEqualTo(1);
	}

	@Test
	void anInstanceWhoseOwnAndSharedTokensWereBothRevokedLosesNoCall() {
		ConfigurableApplicationContext a = instance();
		assertThat(burstOnAll(List.of(a), 5)).isZero();
		// b stored a token of its own while a kept its own (as after a Redis outage, or a
		// holder that outlived its lease)
		this.redis.delete(store(a).getKey()).block(Duration.ofSeconds(5));
		ConfigurableApplicationContext b = instance();
		assertThat(burstOnAll(List.of(b), 5)).isZero();
		assertThat(storedToken(b)).isEqualTo(currentToken(b)).isNotEqualTo(currentToken(a));
		this.server.revokeAllTokens();
		this.server.resetCounters();
		// a's 401 reads b's token, which Umbraco rejects too: a fetches one, and every
		// call succeeds
		assertThat(burstOnAll(List.of(a), 5)).isZero();
		assertThat(burstOnAll(List.of(b), 5)).isZero();
		assertThat(this.server.tokenRequests()).isEqualTo(1);
		assertThat(currentToken(b)).isEqualTo(currentToken(a)).isEqualTo(storedToken(a));
	}

	@Test
	void evictDeletesTheEntryOnlyWhileItHoldsTheRejectedToken() {
		StoredToken first = token("first");
		StoredToken second = token("second");
		RedisUmbracoTokenStore store = storeHolding(first);
		store.evict(second).block(Duration.ofSeconds(5));
		assertThat(this.redis.hasKey(store.getKey()).block(Duration.ofSeconds(5))).isTrue();
		store.evict(first).block(Duration.ofSeconds(5));
		assertThat(this.redis.hasKey(store.getKey()).block(Duration.ofSeconds(5))).isFalse();
	}

	@Test
	void neverHandsBackTheTokenTheManagerWantsReplaced() {
		StoredToken first = token("first");
		StoredToken second = token("second");
		RedisUmbracoTokenStore store = storeHolding(first);
		// stored and fresh, but the one the manager holds and wants replaced (e.g. just
		// rejected, before its eviction was subscribed): fetched anew and stored
		assertThat(store.obtain(first, Mono.just(second)).block(Duration.ofSeconds(5))).isEqualTo(second);
		assertThat(store.obtain(null, Mono.just(token("third"))).block(Duration.ofSeconds(5)).token().getTokenValue())
			.isEqualTo("second");
	}

	@Test
	void rotatedSecretNeverReadsTheTokenOfTheOldOne() {
		ConfigurableApplicationContext old = instance();
		assertThat(burstOnAll(List.of(old), 5)).isZero();
		String oldToken = currentToken(old);
		this.server.registerClient(this.server.clientId(), "rotated-secret");
		ConfigurableApplicationContext rotated = instance("--umbraco.management.client-secret=rotated-secret");
		assertThat(burstOnAll(List.of(rotated), 5)).isZero();
		assertThat(this.server.tokenRequests()).isEqualTo(2);
		assertThat(currentToken(rotated)).isNotEqualTo(oldToken);
		assertThat(store(rotated).getKey()).isNotEqualTo(store(old).getKey());
		// same site and client id, another secret fingerprint
		assertThat(prefixUpToFingerprint(store(rotated).getKey()))
			.isEqualTo(prefixUpToFingerprint(store(old).getKey()));
	}

	@Test
	void storedEntryIsEncryptedExpiresWithTheTokenAndNamesNoSecret() {
		ConfigurableApplicationContext a = instance();
		assertThat(burstOnAll(List.of(a), 5)).isZero();
		String token = currentToken(a);
		String key = store(a).getKey();
		String stored = this.redis.opsForValue().get(key).block(Duration.ofSeconds(5));
		byte[] raw = Base64.getDecoder().decode(stored);
		assertThat(stored).doesNotContain(token);
		assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain(token);
		assertThat(stored).doesNotContain(Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
		assertThat(key).doesNotContain(this.server.clientId())
			.doesNotContain(this.server.clientSecret())
			.doesNotContain(this.server.baseUrl());
		// 299 s tokens: the entry expires with the token, in Redis's own time
		Long ttl = this.redis.getExpire(key).map(Duration::toMillis).block(Duration.ofSeconds(5));
		assertThat(ttl).isBetween(280_000L, 299_000L);
	}

	@Test
	void slowRedisFallsBackAfterTheTimeoutWithoutFailingACall(CapturedOutput output) {
		ConfigurableApplicationContext a = instance("--umbraco.management.redis-token-store.timeout=300ms");
		assertThat(burstOnAll(List.of(a), 5)).isZero();
		assertThat(this.server.tokenRequests()).isEqualTo(1);
		// Redis holds every command for 4 s; a refresh is due meanwhile
		redisServer.pause(4000);
		this.clock.advance(Duration.ofSeconds(240));
		long start = System.nanoTime();
		assertThat(burstOnAll(List.of(a), 20)).isZero();
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(took).isLessThan(Duration.ofSeconds(3));
		// the calls took the still-valid token; the refresh runs in the background, past
		// the store's timeout
		awaitTokenRequests(2);
		assertThat(fallbacks(a)).isGreaterThanOrEqualTo(1);
		assertThat(output).contains(FALLBACK_WARNING + " (no answer within the timeout)");
	}

	@Test
	void unreadableEntryFallsBackToTheInstancesOwnToken(CapturedOutput output) {
		ConfigurableApplicationContext a = instance();
		String key = store(a).getKey();
		this.redis.opsForValue()
			.set(key, Base64.getEncoder().encodeToString(new byte[64]))
			.block(Duration.ofSeconds(5));
		assertThat(burstOnAll(List.of(a), 10)).isZero();
		assertThat(this.server.tokenRequests()).isEqualTo(1);
		assertThat(fallbacks(a)).isGreaterThanOrEqualTo(1);
		assertThat(output).contains(FALLBACK_WARNING);
	}

	@Test
	void redisDownNeverFailsACallAndTheFleetConvergesWhenItIsBack(CapturedOutput output) {
		ConfigurableApplicationContext a = instance("--umbraco.management.redis-token-store.timeout=1s");
		ConfigurableApplicationContext b = instance("--umbraco.management.redis-token-store.timeout=1s");
		List<ConfigurableApplicationContext> fleet = List.of(a, b);
		redisServer.stop();
		assertThat(burstOnAll(fleet, 50)).isZero();
		// each instance its own token while Redis is down: at most one request each
		assertThat(this.server.tokenRequests()).isEqualTo(2);
		this.clock.advance(Duration.ofSeconds(240));
		assertThat(burstOnAll(fleet, 50)).isZero();
		// refreshes run in the background, each after its own store timeout
		awaitTokenRequests(4);
		assertThat(fallbacks(a)).isGreaterThanOrEqualTo(2);
		assertThat(fallbacks(b)).isGreaterThanOrEqualTo(2);
		// one WARN per instance for the whole outage, not one per fallback
		assertThat(count(output.getOut() + output.getErr(), FALLBACK_WARNING)).isEqualTo(2);

		redisServer.start();
		awaitRedis(a);
		awaitRedis(b);
		this.server.resetCounters();
		this.clock.advance(Duration.ofSeconds(240));
		assertThat(burstOnAll(fleet, 50)).isZero();
		// the background refreshes of both instances settle on the one token the store
		// decided on
		awaitTokenRequests(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> currentToken(a).equals(currentToken(b)));
		assertThat(this.server.tokenRequests()).isEqualTo(1);
		assertThat(currentToken(a)).isEqualTo(currentToken(b)).isEqualTo(storedToken(a));
	}

	private ConfigurableApplicationContext instance(String... extraArguments) {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		List<String> arguments = new ArrayList<>(
				List.of("--spring.main.banner-mode=off", "--umbraco.management.base-url=" + this.server.baseUrl(),
						"--umbraco.management.client-id=" + this.server.clientId(),
						"--umbraco.management.client-secret=" + this.server.clientSecret(),
						"--umbraco.management.token-store=redis", "--spring.data.redis.host=127.0.0.1",
						"--spring.data.redis.port=" + redisServer.port(),
						// generous for a loaded build machine, where a late answer would
						// be an extra token request
						"--umbraco.management.redis-token-store.timeout=3s"));
		for (String extra : extraArguments) {
			// a repeated command-line property would be joined with a comma, not replaced
			arguments.removeIf((argument) -> argument.startsWith(extra.substring(0, extra.indexOf('=') + 1)));
			arguments.add(extra);
		}
		ConfigurableApplicationContext context = new SpringApplicationBuilder(Instance.class)
			.web(WebApplicationType.NONE)
			.initializers((ctx) -> {
				ctx.getBeanFactory().registerSingleton(UmbracoManagementAutoConfiguration.CLOCK_BEAN_NAME, this.clock);
				ctx.getBeanFactory().registerSingleton("meterRegistry", meters);
			})
			.run(arguments.toArray(String[]::new));
		this.instances.add(context);
		return context;
	}

	/**
	 * Every instance sends {@code calls} concurrent calls at once; returns the number of
	 * failed calls.
	 */
	private static int burstOnAll(List<ConfigurableApplicationContext> fleet, int calls) {
		AtomicInteger failures = new AtomicInteger();
		AtomicReference<Throwable> first = new AtomicReference<>();
		Flux.fromIterable(fleet).flatMap((context) -> {
			UmbracoUserClient client = context.getBean(UmbracoUserClient.class);
			return Flux.range(0, calls).flatMap((i) -> client.getCurrentUser().onErrorResume((ex) -> {
				failures.incrementAndGet();
				first.compareAndSet(null, ex);
				return Mono.empty();
			}), calls);
		}).blockLast(Duration.ofSeconds(30));
		if (first.get() != null) {
			// the failed calls' cause, for the assertion that follows
			first.get().printStackTrace();
		}
		return failures.get();
	}

	/**
	 * Bounded wait for background refreshes: the fake has answered {@code count} token
	 * requests, and no more.
	 */
	private void awaitTokenRequests(int count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> this.server.tokenRequests() >= count);
		assertThat(this.server.tokenRequests()).isEqualTo(count);
	}

	private String currentToken(ConfigurableApplicationContext context) {
		OAuth2AccessToken token = context.getBean(UmbracoTokenManager.class).getCachedToken();
		assertThat(token).as("cached token").isNotNull();
		return token.getTokenValue();
	}

	private String storedToken(ConfigurableApplicationContext context) {
		RedisUmbracoTokenStore store = store(context);
		String value = this.redis.opsForValue().get(store.getKey()).block(Duration.ofSeconds(5));
		assertThat(value).as("stored entry").isNotNull();
		return new TokenCipher("umbraco-mgmt:token", this.server.baseUrl(), this.server.clientId(),
				context.getEnvironment().getProperty("umbraco.management.client-secret"))
			.open(value)
			.token()
			.getTokenValue();
	}

	/**
	 * The store of a new instance, holding the given token (it was empty: the token is
	 * "fetched" and stored).
	 */
	private RedisUmbracoTokenStore storeHolding(StoredToken token) {
		RedisUmbracoTokenStore store = store(instance());
		assertThat(store.obtain(null, Mono.just(token)).block(Duration.ofSeconds(5))).isEqualTo(token);
		return store;
	}

	private static RedisUmbracoTokenStore store(ConfigurableApplicationContext context) {
		return (RedisUmbracoTokenStore) context.getBean(UmbracoSite.class).tokenStore();
	}

	private static double fallbacks(ConfigurableApplicationContext context) {
		return context.getBean(MeterRegistry.class)
			.counter("umbraco.management.token.store.fallbacks", "site", "default")
			.count();
	}

	private StoredToken token(String value) {
		Instant now = this.clock.instant();
		return new StoredToken(
				new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, value, now, now.plusSeconds(300)),
				now.plusSeconds(240));
	}

	/**
	 * Bounded wait until the instance's own Redis connection answers again (Lettuce
	 * reconnects on its own).
	 */
	private static void awaitRedis(ConfigurableApplicationContext context) {
		ReactiveRedisConnectionFactory factory = context.getBean(ReactiveRedisConnectionFactory.class);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (true) {
			try {
				factory.getReactiveConnection().ping().block(Duration.ofMillis(500));
				return;
			}
			catch (RuntimeException ex) {
				assertThat(System.nanoTime()).as("Redis answers again within 60 s").isLessThan(deadline);
			}
		}
	}

	private static String prefixUpToFingerprint(String key) {
		return key.substring(0, key.lastIndexOf(':'));
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataRedisAutoConfiguration.class, UmbracoManagementAutoConfiguration.class })
	static class Instance {

	}

}
