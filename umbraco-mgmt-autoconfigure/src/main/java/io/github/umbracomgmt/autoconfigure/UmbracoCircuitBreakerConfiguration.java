package io.github.umbracomgmt.autoconfigure;

import java.time.Clock;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.umbracomgmt.http.UmbracoCircuitBreakerFilter;
import io.github.umbracomgmt.site.UmbracoSite;

/**
 * The circuit breakers of the sites whose {@code circuit-breaker.enabled} is
 * {@code true}, Resilience4j's own: from the application's {@link CircuitBreakerRegistry}
 * when there is one (so its metrics and actuator endpoints show them), else from a
 * private one. A breaker that registry already holds under the site's breaker name keeps
 * its configuration; otherwise the site's {@code circuit-breaker.*} settings configure
 * it.
 *
 * @author umbraco-mgmt
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry")
class UmbracoCircuitBreakerConfiguration {

	/**
	 * The name of the default site's breaker when {@code circuit-breaker.name} is not
	 * set.
	 */
	static final String DEFAULT_BREAKER_NAME = "umbraco";

	@Bean
	@ConditionalOnMissingBean
	SiteCircuitBreakers umbracoCircuitBreakers(ObjectProvider<CircuitBreakerRegistry> registry,
			@Qualifier(UmbracoManagementAutoConfiguration.CLOCK_BEAN_NAME) ObjectProvider<Clock> clock) {
		return (siteName,
				settings) -> UmbracoCircuitBreakerFilter.of(circuitBreaker(settings,
						UmbracoSite.DEFAULT_NAME.equals(siteName) ? DEFAULT_BREAKER_NAME
								: DEFAULT_BREAKER_NAME + "-" + siteName,
						registry.getIfUnique(), clock.getIfAvailable(Clock::systemUTC)));
	}

	/**
	 * A site's breaker from its {@code circuit-breaker.*} settings.
	 * @param settings the settings
	 * @param defaultName the breaker's name when the settings name none; one per site, so
	 * that sites do not share a breaker
	 * @param shared the application's registry, or {@code null} for a private one
	 * @param clock the clock of a breaker this method configures
	 * @return the breaker the application's registry already holds under the name, else
	 * one configured by the settings
	 */
	static CircuitBreaker circuitBreaker(UmbracoCircuitBreakerProperties settings, String defaultName,
			@Nullable CircuitBreakerRegistry shared, Clock clock) {
		String configured = settings.getName();
		String name = (configured != null) ? configured : defaultName;
		CircuitBreakerConfig config = CircuitBreakerConfig.custom()
			.failureRateThreshold(settings.getFailureRateThreshold())
			.slidingWindowSize(settings.getSlidingWindowSize())
			.minimumNumberOfCalls(settings.getMinimumNumberOfCalls())
			.waitDurationInOpenState(settings.getWaitDurationInOpenState())
			.permittedNumberOfCallsInHalfOpenState(settings.getPermittedNumberOfCallsInHalfOpenState())
			.clock(clock)
			.build();
		if (shared == null) {
			return CircuitBreakerRegistry.of(config).circuitBreaker(name);
		}
		return shared.find(name).orElseGet(() -> shared.circuitBreaker(name, config));
	}

}
