package io.github.umbracomgmt.autoconfigure;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import io.github.umbracomgmt.site.UmbracoSite;
import io.github.umbracomgmt.site.UmbracoSiteCustomizer;
import io.github.umbracomgmt.site.UmbracoSites;
import io.github.umbracomgmt.token.UmbracoTokenManager;
import io.github.umbracomgmt.token.UmbracoTokenStore;
import io.github.umbracomgmt.token.redis.RedisUmbracoTokenStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link UmbracoRedisTokenStoreConfiguration}: which token store
 * {@code umbraco.management.token-store} selects, and the startup failures when Redis is
 * asked for but cannot be used. No Redis server is needed: the store connects on first
 * use.
 */
class UmbracoRedisTokenStoreConfigurationTests {

	private static final String[] REQUIRED = { "umbraco.management.base-url=https://umbraco.example.com/",
			"umbraco.management.client-id=umbraco-back-office-my-client",
			"umbraco.management.client-secret=s3cr+t/=&%" };

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DataRedisAutoConfiguration.class, UmbracoManagementAutoConfiguration.class))
		.withPropertyValues(REQUIRED);

	@Test
	void memoryIsTheDefaultAndPublishesNoStore() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(UmbracoTokenManager.class);
			assertThat(store(context)).isSameAs(UmbracoTokenStore.LOCAL);
		});
		this.runner.withPropertyValues("umbraco.management.token-store=memory")
			.run((context) -> assertThat(store(context)).isSameAs(UmbracoTokenStore.LOCAL));
	}

	@Test
	void redisSelectsTheRedisStoreOverBootsConnection() {
		this.runner
			.withPropertyValues("umbraco.management.token-store=redis",
					"umbraco.management.redis-token-store.key-prefix=fleet:token")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(store(context)).isInstanceOf(RedisUmbracoTokenStore.class);
				RedisUmbracoTokenStore store = (RedisUmbracoTokenStore) store(context);
				assertThat(store.isShared()).isTrue();
				assertThat(store.getKey()).startsWith("fleet:token:")
					.doesNotContain("my-client")
					.doesNotContain("s3cr")
					.doesNotContain("umbraco.example.com");
				assertThat(store.toString()).doesNotContain("s3cr");
			});
	}

	@Test
	void aCustomizersStoreWins() {
		this.runner.withPropertyValues("umbraco.management.token-store=redis")
			.withUserConfiguration(OwnStore.class)
			.run((context) -> assertThat(store(context)).isSameAs(OwnStore.STORE));
	}

	@Test
	void eachNamedSiteChoosesItsOwnStoreKeyedByItsOwnCredentials() {
		this.runner
			.withPropertyValues("umbraco.management.token-store=redis",
					"umbraco.management.sites.blog.base-url=https://blog.example.com",
					"umbraco.management.sites.blog.client-id=umbraco-back-office-blog",
					"umbraco.management.sites.blog.client-secret=blog-secret",
					"umbraco.management.sites.brand.base-url=https://brand.example.com",
					"umbraco.management.sites.brand.client-id=umbraco-back-office-brand",
					"umbraco.management.sites.brand.client-secret=brand-secret",
					"umbraco.management.sites.brand.token-store=redis")
			.run((context) -> {
				UmbracoSites sites = context.getBean(UmbracoSites.class);
				assertThat(sites.site("blog").tokenStore()).isSameAs(UmbracoTokenStore.LOCAL);
				RedisUmbracoTokenStore brand = (RedisUmbracoTokenStore) sites.site("brand").tokenStore();
				RedisUmbracoTokenStore defaultSite = (RedisUmbracoTokenStore) sites.defaultSite().tokenStore();
				assertThat(brand.getKey()).isNotEqualTo(defaultSite.getKey());
			});
	}

	@Test
	void aNamedSiteAskingForRedisWithoutSpringDataRedisFailsNamingTheSite() {
		this.runner
			.withPropertyValues("umbraco.management.sites.blog.base-url=https://blog.example.com",
					"umbraco.management.sites.blog.client-id=umbraco-back-office-blog",
					"umbraco.management.sites.blog.client-secret=blog-secret",
					"umbraco.management.sites.blog.token-store=redis")
			.withClassLoader(new FilteredClassLoader(ReactiveStringRedisTemplate.class))
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new UmbracoConfigurationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("umbraco.management.sites.blog.token-store");
				assertThat(analysis.getAction()).contains("spring-boot-starter-data-redis");
			});
	}

	private static UmbracoTokenStore store(AssertableApplicationContext context) {
		assertThat(context).hasNotFailed();
		return context.getBean(UmbracoSite.class).tokenStore();
	}

	@Test
	void redisWithoutSpringDataRedisFailsNamingTheDependency() {
		this.runner.withPropertyValues("umbraco.management.token-store=redis")
			.withClassLoader(new FilteredClassLoader(ReactiveStringRedisTemplate.class))
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new UmbracoConfigurationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("umbraco.management.token-store")
					.contains("Spring Data Redis");
				assertThat(analysis.getAction()).contains("org.springframework.boot:spring-boot-starter-data-redis")
					.contains("umbraco.management.token-store=memory");
			});
	}

	@Test
	void memoryWithoutSpringDataRedisStarts() {
		this.runner.withClassLoader(new FilteredClassLoader(ReactiveStringRedisTemplate.class))
			.run((context) -> assertThat(store(context)).isSameAs(UmbracoTokenStore.LOCAL));
	}

	@Test
	void redisWithoutAConnectionFactoryFailsNamingWhatToConfigure() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(UmbracoManagementAutoConfiguration.class))
			.withPropertyValues(REQUIRED)
			.withPropertyValues("umbraco.management.token-store=redis")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new UmbracoConfigurationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("umbraco.management.token-store")
					.contains("ReactiveRedisConnectionFactory");
				assertThat(analysis.getAction()).contains("spring.data.redis");
			});
	}

	@Test
	void invalidLeaseTimeFailsNamingTheProperty() {
		this.runner
			.withPropertyValues("umbraco.management.token-store=redis",
					"umbraco.management.redis-token-store.lease-time=0s")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new UmbracoConfigurationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("umbraco.management.redis-token-store.lease-time");
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnStore {

		static final UmbracoTokenStore STORE = new UmbracoTokenStore() {

			@Override
			public Mono<StoredToken> obtain(StoredToken stale, Mono<StoredToken> fetch) {
				return fetch;
			}

			@Override
			public Mono<Void> evict(StoredToken rejected) {
				return Mono.empty();
			}

			@Override
			public boolean isShared() {
				return false;
			}

		};

		@Bean
		UmbracoSiteCustomizer ownTokenStore() {
			return (site) -> site.tokenStore(STORE);
		}

	}

}
