package io.github.umbracomgmt.token.redis;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.util.Assert;

import io.github.umbracomgmt.token.UmbracoTokenStore;

/**
 * An {@link UmbracoTokenStore} in Redis, shared by every instance of an application that
 * uses the same site, client id and client secret: one instance fetches a token, the
 * others read it.
 *
 * <ul>
 * <li><strong>Fleet-wide single flight.</strong> An instance that finds no fresh token
 * takes a short lease ({@code SET lease owner NX PX leaseTime}), fetches, stores the
 * token and releases the lease by compare-and-delete (a Lua script, so it never deletes a
 * lease that expired and was taken by another instance). The others poll with a growing
 * delay (10 ms doubling to 200 ms, never a tight loop) for the stored token; when the
 * lease disappears without a token (its holder died or failed) one of them takes it over.
 * A caller waits at most the lease time, then fetches on its own: no caller waits longer
 * than the lease time plus one token request.</li>
 * <li><strong>Stored safely.</strong> The value is the token, its expiry and its refresh
 * point, sealed with AES-256-GCM under a key derived from the client secret by PBKDF2;
 * the key names a hash of base URL and client id and a fingerprint of the secret, so a
 * rotated secret never reads a token fetched with the old one. The entry expires in Redis
 * at the token's expiry.</li>
 * <li><strong>401.</strong> {@link #evict} deletes the entry only if it still holds the
 * rejected token (compare-and-delete), so a late 401 never deletes a newer token.</li>
 * <li><strong>Redis trouble never breaks calls.</strong> Every Redis command has a short
 * timeout; an error, a timeout or an unreadable entry makes {@link #obtain} fall back to
 * {@code fetch} (this instance's own token). The first such fallback of an outage is
 * logged once at WARN, every one is counted by the fallback listener (a meter), and the
 * next command that succeeds logs the recovery at INFO: the store is shared again from
 * then on.</li>
 * </ul>
 * The hot path never reaches this class: the token manager caches the token in memory
 * until its refresh point.
 *
 * @author umbraco-mgmt
 */
public final class RedisUmbracoTokenStore implements UmbracoTokenStore {

	private static final Log logger = LogFactory.getLog(RedisUmbracoTokenStore.class);

	/**
	 * Deletes KEYS[1] only if its value is ARGV[1]: releases a lease, evicts a rejected
	 * token.
	 */
	private static final RedisScript<Long> COMPARE_AND_DELETE = RedisScript.of(
			"if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end",
			Long.class);

	private static final Duration FIRST_POLL = Duration.ofMillis(10);

	private static final Duration MAX_POLL = Duration.ofMillis(200);

	private final ReactiveStringRedisTemplate redis;

	private final TokenCipher cipher;

	private final String leaseKey;

	private final Duration leaseTime;

	private final Duration timeout;

	private final Clock clock;

	private final Runnable fallbackListener;

	private final String instance = UUID.randomUUID().toString();

	private final AtomicLong leases = new AtomicLong();

	private final AtomicBoolean degraded = new AtomicBoolean();

	private final AtomicReference<String> rejected = new AtomicReference<>();

	private RedisUmbracoTokenStore(Builder builder) {
		this.redis = builder.redis;
		this.cipher = new TokenCipher(builder.keyPrefix, builder.baseUrl, builder.clientId, builder.clientSecret);
		this.leaseKey = this.cipher.redisKey() + ":lease";
		this.leaseTime = builder.leaseTime;
		this.timeout = builder.timeout;
		this.clock = builder.clock;
		this.fallbackListener = builder.fallbackListener;
	}

	/**
	 * Starts building a store for one site and client.
	 * @param redis the template over the application's reactive Redis connection factory
	 * @param baseUrl the site's base URL, normalized (no trailing slash)
	 * @param clientId the client id
	 * @param clientSecret the client secret: the encryption key and the key's fingerprint
	 * are derived from it
	 * @return a builder
	 */
	public static Builder builder(ReactiveStringRedisTemplate redis, String baseUrl, String clientId,
			String clientSecret) {
		return new Builder(redis, baseUrl, clientId, clientSecret);
	}

	/**
	 * The Redis key the token is stored under (the lease is this key with {@code :lease}
	 * appended).
	 * @return the key: prefix, hash of base URL and client id, fingerprint of the secret
	 */
	public String getKey() {
		return this.cipher.redisKey();
	}

	@Override
	public Mono<StoredToken> obtain(@Nullable StoredToken stale, Mono<StoredToken> fetch) {
		// only a stored token before its refresh point is returned, never the stale one
		// and never one that was evicted as rejected
		String staleValue = (stale != null) ? stale.token().getTokenValue() : null;
		return Mono.defer(() -> {
			long deadline = System.nanoTime() + this.leaseTime.toNanos();
			return attempt(staleValue, fetch, deadline, FIRST_POLL);
		}).onErrorResume(RedisTrouble.class, (trouble) -> {
			fallBack(trouble);
			return fetch;
		});
	}

	/**
	 * One round: a fresh stored token, else the lease and a fetch, else a wait and
	 * another round.
	 */
	private Mono<StoredToken> attempt(@Nullable String stale, Mono<StoredToken> fetch, long deadline, Duration poll) {
		return read(stale).switchIfEmpty(Mono.defer(() -> acquireLease().flatMap((owner) -> {
			if (!owner.isEmpty()) {
				return fetchAsLeaseHolder(stale, owner, fetch);
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				// the holder outlived its lease time and is still alive, or Redis keeps
				// refusing the lease: do not
				// wait longer than promised
				logger.debug("No shared Umbraco token within the lease time; fetching one for this instance");
				return fetch;
			}
			Duration delay = (poll.toNanos() < left) ? poll : Duration.ofNanos(left);
			Duration next = poll.multipliedBy(2);
			return Mono.delay(delay)
				.then(Mono
					.defer(() -> attempt(stale, fetch, deadline, (next.compareTo(MAX_POLL) > 0) ? MAX_POLL : next)));
		})));
	}

	/**
	 * Holds the lease: reads once more (another holder may have stored a token just
	 * before this one's lease), else fetches and stores; releases the lease in any case.
	 */
	private Mono<StoredToken> fetchAsLeaseHolder(@Nullable String stale, String owner, Mono<StoredToken> fetch) {
		Mono<StoredToken> fetchAndStore = fetch.flatMap((token) -> store(token).thenReturn(token));
		return read(stale).switchIfEmpty(fetchAndStore)
			.flatMap((token) -> release(owner).thenReturn(token))
			.onErrorResume((ex) -> release(owner).then(Mono.error(ex)));
	}

	/**
	 * The stored token if there is one this instance may use: readable, neither the stale
	 * one nor rejected, before its refresh point.
	 */
	private Mono<StoredToken> read(@Nullable String stale) {
		return command(this.redis.opsForValue().get(getKey())).flatMap((value) -> {
			StoredToken token;
			try {
				token = this.cipher.open(value);
			}
			catch (TokenCipher.UnreadableEntryException ex) {
				return Mono.error(new RedisTrouble(ex));
			}
			String tokenValue = token.token().getTokenValue();
			if (!token.isFresh(this.clock.instant()) || tokenValue.equals(stale)
					|| tokenValue.equals(this.rejected.get())) {
				return Mono.empty();
			}
			return Mono.just(token);
		});
	}

	/**
	 * The owner value when this instance got the lease, an empty string when another
	 * instance holds it.
	 */
	private Mono<String> acquireLease() {
		String owner = this.instance + ":" + this.leases.incrementAndGet();
		return command(this.redis.opsForValue().setIfAbsent(this.leaseKey, owner, this.leaseTime))
			.map((acquired) -> acquired ? owner : "");
	}

	private Mono<Void> release(String owner) {
		return compareAndDelete(this.leaseKey, owner).onErrorResume((ex) -> Mono.empty()).then();
	}

	/**
	 * Stores the token until its expiry; a failure is a fallback (logged, counted), not
	 * an error of the call.
	 */
	private Mono<Void> store(StoredToken token) {
		Duration ttl = Duration.between(this.clock.instant(), token.expiresAt());
		if (ttl.toMillis() < 1) {
			return Mono.empty();
		}
		return command(this.redis.opsForValue().set(getKey(), this.cipher.seal(token), ttl)).then()
			.onErrorResume(RedisTrouble.class, (trouble) -> {
				fallBack(trouble);
				return Mono.empty();
			});
	}

	@Override
	public Mono<Void> evict(StoredToken rejected) {
		return Mono.defer(() -> {
			String value = rejected.token().getTokenValue();
			this.rejected.set(value);
			return command(this.redis.opsForValue().get(getKey())).flatMap((stored) -> {
				StoredToken token;
				try {
					token = this.cipher.open(stored);
				}
				catch (TokenCipher.UnreadableEntryException ex) {
					// unusable for everyone: delete it, but only if it is still the
					// unreadable value
					return compareAndDelete(getKey(), stored);
				}
				return token.token().getTokenValue().equals(value) ? compareAndDelete(getKey(), stored) : Mono.empty();
			});
		}).onErrorResume((ex) -> {
			if (ex instanceof RedisTrouble trouble) {
				fallBack(trouble);
			}
			return Mono.empty();
		}).then();
	}

	private Mono<Long> compareAndDelete(String key, String expected) {
		return command(this.redis.execute(COMPARE_AND_DELETE, List.of(key), List.of(expected)).next());
	}

	/**
	 * A Redis command with the short timeout; any failure becomes a {@link RedisTrouble};
	 * success ends an outage.
	 */
	private <T> Mono<T> command(Mono<T> command) {
		return command.timeout(this.timeout)
			.onErrorMap((ex) -> !(ex instanceof RedisTrouble), RedisTrouble::new)
			.doOnSuccess((result) -> recovered());
	}

	private void fallBack(RedisTrouble trouble) {
		this.fallbackListener.run();
		if (this.degraded.compareAndSet(false, true)) {
			logger.warn("Redis token store unavailable (" + trouble.describe() + "); this instance uses its own "
					+ "Umbraco token until Redis answers again");
		}
	}

	private void recovered() {
		if (this.degraded.compareAndSet(true, false)) {
			logger.info("Redis token store answers again; the Umbraco token is shared again");
		}
	}

	@Override
	public boolean isShared() {
		return true;
	}

	@Override
	public String toString() {
		return "RedisUmbracoTokenStore[key=" + getKey() + "]";
	}

	/**
	 * A failed, late or unreadable Redis answer: handled by falling back, never shown to
	 * a caller.
	 */
	private static final class RedisTrouble extends RuntimeException {

		RedisTrouble(Throwable cause) {
			super(cause.getMessage(), cause, false, false);
		}

		String describe() {
			Throwable cause = getCause();
			if (cause == null) {
				return "unknown";
			}
			if (cause instanceof TimeoutException) {
				return "no answer within the timeout";
			}
			return cause.getClass().getSimpleName() + ((cause.getMessage() != null) ? ": " + cause.getMessage() : "");
		}

	}

	/**
	 * Builds a {@link RedisUmbracoTokenStore}; every setting has the default documented
	 * for {@code umbraco.management.redis-token-store.*}.
	 */
	public static final class Builder {

		private final ReactiveStringRedisTemplate redis;

		private final String baseUrl;

		private final String clientId;

		private final String clientSecret;

		private String keyPrefix = "umbraco-mgmt:token";

		private Duration leaseTime = Duration.ofSeconds(5);

		private Duration timeout = Duration.ofMillis(500);

		private Clock clock = Clock.systemUTC();

		private Runnable fallbackListener = () -> {
		};

		private Builder(ReactiveStringRedisTemplate redis, String baseUrl, String clientId, String clientSecret) {
			Assert.notNull(redis, "redis must not be null");
			Assert.hasText(baseUrl, "baseUrl must not be empty");
			Assert.hasText(clientId, "clientId must not be empty");
			Assert.hasText(clientSecret, "clientSecret must not be empty");
			this.redis = redis;
			this.baseUrl = baseUrl;
			this.clientId = clientId;
			this.clientSecret = clientSecret;
		}

		/**
		 * Sets the first part of the Redis keys.
		 * @param keyPrefix the prefix, default {@code umbraco-mgmt:token}
		 * @return this builder
		 */
		public Builder keyPrefix(String keyPrefix) {
			Assert.hasText(keyPrefix, "keyPrefix must not be empty");
			this.keyPrefix = keyPrefix;
			return this;
		}

		/**
		 * Sets how long one instance may fetch for the fleet before another takes over,
		 * and the longest wait for a token another instance fetches.
		 * @param leaseTime the lease time, default 5 s
		 * @return this builder
		 */
		public Builder leaseTime(Duration leaseTime) {
			Assert.isTrue(leaseTime != null && leaseTime.toMillis() > 0, "leaseTime must be at least 1 ms");
			this.leaseTime = leaseTime;
			return this;
		}

		/**
		 * Sets the longest wait for one Redis command before falling back to this
		 * instance's own token.
		 * @param timeout the timeout, default 500 ms
		 * @return this builder
		 */
		public Builder timeout(Duration timeout) {
			Assert.isTrue(timeout != null && timeout.toMillis() > 0, "timeout must be at least 1 ms");
			this.timeout = timeout;
			return this;
		}

		/**
		 * Sets the clock that decides whether a stored token is fresh; the token
		 * manager's clock.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			Assert.notNull(clock, "clock must not be null");
			this.clock = clock;
			return this;
		}

		/**
		 * Sets what to call on every fallback to this instance's own token (Redis failed,
		 * was late or unreadable), e.g. a counter's increment.
		 * @param fallbackListener the listener
		 * @return this builder
		 */
		public Builder fallbackListener(Runnable fallbackListener) {
			Assert.notNull(fallbackListener, "fallbackListener must not be null");
			this.fallbackListener = fallbackListener;
			return this;
		}

		/**
		 * Builds the store, deriving its key from the client secret (PBKDF2, a few
		 * hundred milliseconds once).
		 * @return a new store
		 */
		public RedisUmbracoTokenStore build() {
			return new RedisUmbracoTokenStore(this);
		}

	}

}
