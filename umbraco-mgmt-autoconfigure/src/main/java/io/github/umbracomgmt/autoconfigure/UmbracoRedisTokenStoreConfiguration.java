package io.github.umbracomgmt.autoconfigure;

import java.time.Clock;
import java.util.Objects;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.util.ClassUtils;

import io.github.umbracomgmt.token.redis.RedisUmbracoTokenStore;

/**
 * The Redis token store of every site whose {@code token-store} is {@code redis}
 * ({@code umbraco.management.token-store},
 * {@code umbraco.management.sites.<name>.token-store}): a {@link RedisUmbracoTokenStore}
 * over Boot's reactive Redis connection ({@code spring.data.redis.*}), keyed by the
 * site's base URL, client id and secret. Without Spring Data Redis on the classpath no
 * {@link SiteTokenStores} bean exists, and a site asking for Redis fails startup naming
 * the dependency to add (see {@link UmbracoSiteFactory}).
 *
 * @author umbraco-mgmt
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({ ReactiveStringRedisTemplate.class, ReactiveRedisConnectionFactory.class })
@EnableConfigurationProperties(UmbracoRedisTokenStoreProperties.class)
class UmbracoRedisTokenStoreConfiguration {

	/**
	 * Name of the counter of fallbacks from the Redis token store to the instance's own
	 * token.
	 */
	static final String FALLBACK_METER = "umbraco.management.token.store.fallbacks";

	@Bean
	@ConditionalOnMissingBean
	SiteTokenStores umbracoRedisTokenStores(UmbracoRedisTokenStoreProperties redisProperties,
			ObjectProvider<ReactiveRedisConnectionFactory> connectionFactory,
			@Qualifier(UmbracoManagementAutoConfiguration.CLOCK_BEAN_NAME) ObjectProvider<Clock> clock,
			BeanFactory beanFactory) {
		return (siteName, prefix, site) -> {
			ReactiveRedisConnectionFactory factory = connectionFactory.getIfUnique();
			if (factory == null) {
				throw new InvalidUmbracoPropertyException(prefix, "token-store", "redis",
						"needs one ReactiveRedisConnectionFactory bean, and the context has "
								+ (connectionFactory.stream().findAny().isPresent() ? "several" : "none"),
						"Let Boot's Redis auto-configuration create it from spring.data.redis.* (host, port, "
								+ "password, ssl), or define a single ReactiveRedisConnectionFactory bean, or set "
								+ prefix + ".token-store=memory.");
			}
			return RedisUmbracoTokenStore
				.builder(new ReactiveStringRedisTemplate(factory), site.normalizedBaseUrl(),
						Objects.requireNonNull(site.getClientId(), "validated at binding"),
						Objects.requireNonNull(site.getClientSecret(), "validated at binding"))
				.keyPrefix(redisProperties.getKeyPrefix())
				.leaseTime(redisProperties.getLeaseTime())
				.timeout(redisProperties.getTimeout())
				.clock(clock.getIfAvailable(Clock::systemUTC))
				.fallbackListener(fallbackListener(beanFactory, siteName))
				.build();
		};
	}

	private static Runnable fallbackListener(BeanFactory beanFactory, String siteName) {
		if (!ClassUtils.isPresent("io.micrometer.core.instrument.MeterRegistry",
				UmbracoRedisTokenStoreConfiguration.class.getClassLoader())) {
			return () -> {
			};
		}
		return FallbackMeter.listener(beanFactory, siteName);
	}

	/** Kept apart so that Micrometer is loaded only when present. */
	private static final class FallbackMeter {

		static Runnable listener(BeanFactory beanFactory, String siteName) {
			MeterRegistry registry = beanFactory.getBeanProvider(MeterRegistry.class).getIfUnique();
			if (registry == null) {
				return () -> {
				};
			}
			Counter counter = Counter.builder(FALLBACK_METER)
				.description("Token store look-ups that fell back to the instance's own token because Redis failed, "
						+ "was late or unreadable")
				.tag("site", siteName)
				.register(registry);
			return counter::increment;
		}

	}

}
