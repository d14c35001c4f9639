package io.github.umbracomgmt.autoconfigure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;

/**
 * Settings of the {@code umbraco} health indicator, under
 * {@code management.health.umbraco}, beside Spring Boot's own health indicators
 * ({@code management.health.diskspace.*}, {@code management.health.ssl.*}).
 *
 * @author umbraco-mgmt
 */
@ConfigurationProperties("management.health.umbraco")
public class UmbracoHealthIndicatorProperties {

	/**
	 * Whether to report the health of the Umbraco site(s) at the actuator's health
	 * endpoint.
	 */
	private boolean enabled = true;

	/**
	 * How long a health result is reused before Umbraco is probed again. 0 probes on
	 * every health check.
	 */
	private Duration cacheTimeToLive = Duration.ofSeconds(10);

	/**
	 * The longest a probe may take before the site is reported DOWN.
	 */
	private Duration timeout = Duration.ofSeconds(5);

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Duration getCacheTimeToLive() {
		return this.cacheTimeToLive;
	}

	public void setCacheTimeToLive(Duration cacheTimeToLive) {
		Assert.isTrue(cacheTimeToLive != null && !cacheTimeToLive.isNegative(),
				"must be 0 or more, e.g. 10s; 0 probes Umbraco on every health check");
		this.cacheTimeToLive = cacheTimeToLive;
	}

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		Assert.isTrue(timeout != null && !timeout.isNegative() && !timeout.isZero(), "must be positive, e.g. 5s");
		this.timeout = timeout;
	}

}
