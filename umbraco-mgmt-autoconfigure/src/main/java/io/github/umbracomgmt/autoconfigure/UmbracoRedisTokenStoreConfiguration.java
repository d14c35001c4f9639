package io.github.umbracomgmt.autoconfigure;

import java.time.Clock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.util.ClassUtils;

import io.github.umbracomgmt.token.UmbracoTokenStore;
import io.github.umbracomgmt.token.redis.RedisUmbracoTokenStore;

/**
 * The {@link UmbracoTokenStore} selected by {@code umbraco.management.token-store}: with {@code redis}, a
 * {@link RedisUmbracoTokenStore} over Boot's reactive Redis connection ({@code spring.data.redis.*}) when Spring
 * Data Redis is on the classpath, else a startup failure naming the dependency to add. With {@code memory} (the
 * default) no store bean exists and the token manager keeps its token to itself.
 *
 * @author umbraco-mgmt
 */
@Configuration(proxyBeanMethods = false)
class UmbracoRedisTokenStoreConfiguration {

	/** Name of the counter of fallbacks from the Redis token store to the instance's own token. */
	static final String FALLBACK_METER = "umbraco.management.token.store.fallbacks";

	private static final String TOKEN_STORE_PROPERTY = UmbracoManagementProperties.PREFIX + ".token-store";

	private static final String DEPENDENCY = "org.springframework.boot:spring-boot-starter-data-redis";

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ ReactiveStringRedisTemplate.class, ReactiveRedisConnectionFactory.class })
	@ConditionalOnProperty(name = TOKEN_STORE_PROPERTY, havingValue = "redis")
	@EnableConfigurationProperties(UmbracoRedisTokenStoreProperties.class)
	static class RedisTokenStoreConfiguration {

		@Bean
		@ConditionalOnMissingBean
		UmbracoTokenStore umbracoTokenStore(UmbracoManagementProperties properties,
				UmbracoRedisTokenStoreProperties redisProperties,
				ObjectProvider<ReactiveRedisConnectionFactory> connectionFactory,
				@Qualifier(UmbracoManagementAutoConfiguration.CLOCK_BEAN_NAME) ObjectProvider<Clock> clock,
				BeanFactory beanFactory) {
			ReactiveRedisConnectionFactory factory = connectionFactory.getIfUnique();
			if (factory == null) {
				throw new InvalidUmbracoPropertyException("token-store", "redis",
						"needs one ReactiveRedisConnectionFactory bean, and the context has "
								+ (connectionFactory.stream().findAny().isPresent() ? "several" : "none"),
						"Let Boot's Redis auto-configuration create it from spring.data.redis.* (host, port, "
								+ "password, ssl), or define a single ReactiveRedisConnectionFactory bean, or set "
								+ TOKEN_STORE_PROPERTY + "=memory.");
			}
			return RedisUmbracoTokenStore
				.builder(new ReactiveStringRedisTemplate(factory), properties.normalizedBaseUrl(),
						properties.getClientId(), properties.getClientSecret())
				.keyPrefix(redisProperties.getKeyPrefix())
				.leaseTime(redisProperties.getLeaseTime())
				.timeout(redisProperties.getTimeout())
				.clock(clock.getIfAvailable(Clock::systemUTC))
				.fallbackListener(fallbackListener(beanFactory))
				.build();
		}

		private static Runnable fallbackListener(BeanFactory beanFactory) {
			if (!ClassUtils.isPresent("io.micrometer.core.instrument.MeterRegistry",
					RedisTokenStoreConfiguration.class.getClassLoader())) {
				return () -> {
				};
			}
			return FallbackMeter.listener(beanFactory);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingClass("org.springframework.data.redis.core.ReactiveStringRedisTemplate")
	@ConditionalOnProperty(name = TOKEN_STORE_PROPERTY, havingValue = "redis")
	static class RedisMissingConfiguration {

		@Bean
		UmbracoTokenStore umbracoTokenStore() {
			throw new InvalidUmbracoPropertyException("token-store", "redis",
					"needs Spring Data Redis, which is not on the classpath",
					"Add the dependency " + DEPENDENCY + " to the application (it brings Spring Data Redis and "
							+ "Lettuce; the connection is configured with spring.data.redis.*), or set "
							+ TOKEN_STORE_PROPERTY + "=memory.");
		}

	}

	/** Kept apart so that Micrometer is loaded only when present. */
	private static final class FallbackMeter {

		static Runnable listener(BeanFactory beanFactory) {
			MeterRegistry registry = beanFactory.getBeanProvider(MeterRegistry.class).getIfUnique();
			if (registry == null) {
				return () -> {
				};
			}
			Counter counter = Counter.builder(FALLBACK_METER)
				.description("Token store look-ups that fell back to the instance's own token because Redis failed, "
						+ "was late or unreadable")
				.register(registry);
			return counter::increment;
		}

	}

}
