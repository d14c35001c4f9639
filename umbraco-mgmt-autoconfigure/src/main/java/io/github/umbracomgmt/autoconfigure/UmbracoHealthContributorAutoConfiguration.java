package io.github.umbracomgmt.autoconfigure;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.Assert;

import io.github.umbracomgmt.client.UmbracoServerProbe;
import io.github.umbracomgmt.health.UmbracoHealthIndicator;
import io.github.umbracomgmt.site.UmbracoSite;
import io.github.umbracomgmt.site.UmbracoSites;
import io.github.umbracomgmt.token.UmbracoTokenManager;

/**
 * Registers the {@code umbraco} health contributor when Spring Boot's health support is
 * on the classpath and {@code management.health.umbraco.enabled} is not {@code false}.
 *
 * <p>
 * The contributor is built from one {@link UmbracoHealthIndicator} per site: with one
 * site it is that indicator ({@code "umbraco": {"status": "UP", "details": {...}}}), with
 * several it is a composite with an entry per site name ({@code "umbraco": {"components":
 * {"default": ..., "blog": ...}}}).
 *
 * @author umbraco-mgmt
 */
@AutoConfiguration(after = UmbracoManagementAutoConfiguration.class)
@ConditionalOnClass({ ReactiveHealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnEnabledHealthIndicator("umbraco")
@EnableConfigurationProperties(UmbracoHealthIndicatorProperties.class)
public final class UmbracoHealthContributorAutoConfiguration {

	/**
	 * Name of the health contributor bean; the actuator reports it as {@code umbraco}.
	 */
	public static final String HEALTH_CONTRIBUTOR_BEAN_NAME = "umbracoHealthContributor";

	/**
	 * The health contributor of the given sites: the one indicator when there is one
	 * site, else a composite with an entry per site.
	 * @param indicators the indicator of each site, by site name, in the order to report
	 * them
	 * @return the contributor
	 */
	public static ReactiveHealthContributor contributor(Map<String, UmbracoHealthIndicator> indicators) {
		Assert.notEmpty(indicators, "indicators must not be empty");
		return (indicators.size() == 1) ? indicators.values().iterator().next()
				: CompositeReactiveHealthContributor.fromMap(indicators);
	}

	/**
	 * Builds the indicator of one site from the {@code management.health.umbraco.*}
	 * settings.
	 * @param probe the site's server probe
	 * @param tokenManager the site's token manager
	 * @param properties the settings
	 * @param clock the clock of the cache
	 * @return the indicator
	 */
	static UmbracoHealthIndicator indicator(UmbracoServerProbe probe, UmbracoTokenManager tokenManager,
			UmbracoHealthIndicatorProperties properties, Clock clock) {
		return UmbracoHealthIndicator.builder(probe, tokenManager)
			.cacheTimeToLive(properties.getCacheTimeToLive())
			.timeout(properties.getTimeout())
			.clock(clock)
			.build();
	}

	/** One indicator per configured site, the default one included. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(UmbracoSites.class)
	static class SitesHealthConfiguration {

		@Bean(HEALTH_CONTRIBUTOR_BEAN_NAME)
		@ConditionalOnMissingBean(name = { "umbracoHealthIndicator", HEALTH_CONTRIBUTOR_BEAN_NAME })
		ReactiveHealthContributor umbracoHealthContributor(UmbracoSites sites,
				UmbracoHealthIndicatorProperties properties,
				@Qualifier(UmbracoManagementAutoConfiguration.CLOCK_BEAN_NAME) ObjectProvider<Clock> clock) {
			Clock healthClock = clock.getIfAvailable(Clock::systemUTC);
			Map<String, UmbracoHealthIndicator> indicators = new LinkedHashMap<>();
			for (UmbracoSite site : sites.all()) {
				indicators.put(site.name(),
						indicator(site.serverProbe(), site.tokenManager(), properties, healthClock));
			}
			return contributor(indicators);
		}

	}

}
