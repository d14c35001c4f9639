package io.github.umbracomgmt.autoconfigure;

import org.springframework.web.reactive.function.client.ExchangeFilterFunction;

/**
 * Creates the circuit-breaker filter of a site whose {@code circuit-breaker.enabled} is
 * {@code true}. Registered only when Resilience4j is on the classpath; the site factory
 * fails startup, naming the dependency, when a site asks for a breaker and no bean of
 * this type exists.
 *
 * @author umbraco-mgmt
 */
@FunctionalInterface
interface SiteCircuitBreakers {

	/**
	 * Creates the breaker filter of one site.
	 * @param siteName the site's name
	 * @param settings the site's breaker settings
	 * @return the filter that sends the site's API calls through its breaker
	 */
	ExchangeFilterFunction create(String siteName, UmbracoCircuitBreakerProperties settings);

}
