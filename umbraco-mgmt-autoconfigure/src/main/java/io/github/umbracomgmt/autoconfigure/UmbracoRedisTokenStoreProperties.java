package io.github.umbracomgmt.autoconfigure;

import java.time.Duration;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Settings of the Redis token store ({@code umbraco.management.token-store=redis}), bound
 * from {@code umbraco.management.redis-token-store.*}. The connection itself is Boot's
 * {@code spring.data.redis.*}.
 *
 * @author umbraco-mgmt
 */
@ConfigurationProperties(prefix = UmbracoRedisTokenStoreProperties.PREFIX)
public class UmbracoRedisTokenStoreProperties implements InitializingBean {

	/** The prefix of every property of this class. */
	public static final String PREFIX = UmbracoManagementProperties.PREFIX + ".redis-token-store";

	/**
	 * How long one instance may fetch a token for the whole fleet before another takes
	 * over; also the longest an instance waits for a token another instance is fetching
	 * before it fetches its own.
	 */
	private Duration leaseTime = Duration.ofSeconds(5);

	/**
	 * Longest wait for one Redis command; after it the instance falls back to its own
	 * token and the call goes on.
	 */
	private Duration timeout = Duration.ofMillis(500);

	/**
	 * First part of the Redis keys; the rest is a hash of base URL and client id and a
	 * fingerprint of the secret.
	 */
	private String keyPrefix = "umbraco-mgmt:token";

	public Duration getLeaseTime() {
		return this.leaseTime;
	}

	public void setLeaseTime(Duration leaseTime) {
		this.leaseTime = leaseTime;
	}

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	public String getKeyPrefix() {
		return this.keyPrefix;
	}

	public void setKeyPrefix(String keyPrefix) {
		this.keyPrefix = keyPrefix;
	}

	@Override
	public void afterPropertiesSet() {
		requireMillis("lease-time", this.leaseTime);
		requireMillis("timeout", this.timeout);
		if (!StringUtils.hasText(this.keyPrefix)) {
			throw new InvalidUmbracoPropertyException("redis-token-store.key-prefix", this.keyPrefix, "is empty",
					"Set umbraco.management.redis-token-store.key-prefix to a Redis key prefix, or remove it to use "
							+ "the default umbraco-mgmt:token.");
		}
	}

	private static void requireMillis(String property, Duration value) {
		if (value == null || value.toMillis() < 1) {
			throw new InvalidUmbracoPropertyException("redis-token-store." + property, value, "must be at least 1ms",
					"Set umbraco.management.redis-token-store." + property
							+ " to a positive duration such as 500ms, or remove it to use the default.");
		}
	}

}
