package io.github.umbracomgmt.autoconfigure;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.umbracomgmt.http.UmbracoRetryMetrics;
import io.github.umbracomgmt.http.UmbracoRetryPolicy;
import io.github.umbracomgmt.http.UmbracoTimeouts;
import io.github.umbracomgmt.site.UmbracoSite;
import io.github.umbracomgmt.site.UmbracoSiteCustomizer;
import io.github.umbracomgmt.token.TokenMetrics;
import io.github.umbracomgmt.token.UmbracoTokenStore;

/**
 * Turns one site's {@link UmbracoSiteProperties} into an {@link UmbracoSite.Builder},
 * with what Boot offers every site: its SSL bundles and HTTP client settings, a clone of
 * its {@code WebClient.Builder}, the {@code umbracoClock}, meters tagged by site, and the
 * {@link UmbracoSiteCustomizer} beans. The auto-configuration builds every site with it,
 * the default one included; a site-level setting is mapped here, once.
 *
 * @author umbraco-mgmt
 */
final class UmbracoSiteFactory {

	private final Supplier<ClientHttpConnectorBuilder<?>> connectorBuilder;

	private final @Nullable HttpClientSettings globalSettings;

	private final @Nullable SslBundles sslBundles;

	private final Supplier<WebClient.Builder> webClientBuilder;

	private final Clock clock;

	private final UmbracoSiteMetrics metrics;

	private final List<UmbracoSiteCustomizer> customizers;

	private final @Nullable SiteTokenStores sharedTokenStores;

	private final @Nullable SiteCircuitBreakers circuitBreakers;

	private final ObservationRegistry observationRegistry;

	private UmbracoSite.@Nullable Builder defaultSite;

	UmbracoSiteFactory(Supplier<ClientHttpConnectorBuilder<?>> connectorBuilder,
			@Nullable HttpClientSettings globalSettings, @Nullable SslBundles sslBundles,
			Supplier<WebClient.Builder> webClientBuilder, Clock clock, UmbracoSiteMetrics metrics,
			List<UmbracoSiteCustomizer> customizers, @Nullable SiteTokenStores sharedTokenStores,
			@Nullable SiteCircuitBreakers circuitBreakers, ObservationRegistry observationRegistry) {
		this.connectorBuilder = connectorBuilder;
		this.globalSettings = globalSettings;
		this.sslBundles = sslBundles;
		this.webClientBuilder = webClientBuilder;
		this.clock = clock;
		this.metrics = metrics;
		this.customizers = customizers;
		this.sharedTokenStores = sharedTokenStores;
		this.circuitBreakers = circuitBreakers;
		this.observationRegistry = observationRegistry;
	}

	/**
	 * A named site, every part built from its settings.
	 * @param name the key below {@code umbraco.management.sites}
	 * @param properties the site's validated settings
	 * @return the site's builder
	 */
	UmbracoSite.Builder namedSite(String name, UmbracoSiteProperties properties) {
		String prefix = UmbracoManagementProperties.SITES_PREFIX + "." + name;
		return builder(name, prefix, properties, UmbracoSitePropertiesMapper.clientRegistration(name, properties),
				connector(properties, prefix), this.metrics.forSite(name));
	}

	/**
	 * The default site's builder, the same on every call: the default site's beans are
	 * its stages, so the site is assembled once and customizers run once for it.
	 * @param properties the default site's validated settings
	 * @param registration the {@code umbracoClientRegistration} bean
	 * @param connector the {@code umbracoClientHttpConnector} bean
	 * @param metrics the {@code TokenMetrics} bean
	 * @return the default site's builder
	 */
	synchronized UmbracoSite.Builder defaultSite(UmbracoSiteProperties properties, ClientRegistration registration,
			ClientHttpConnector connector, TokenMetrics metrics) {
		if (this.defaultSite == null) {
			this.defaultSite = builder(UmbracoSite.DEFAULT_NAME, UmbracoManagementProperties.PREFIX, properties,
					registration, connector, metrics);
		}
		return this.defaultSite;
	}

	/**
	 * A site from its settings and the parts the application may have replaced.
	 * @param name the site's name
	 * @param prefix where the site's settings are bound
	 * @param properties the site's validated settings
	 * @param registration the site's registration
	 * @param connector the site's connector
	 * @param metrics where the site's token manager reports
	 * @return the site's builder, customized
	 */
	UmbracoSite.Builder builder(String name, String prefix, UmbracoSiteProperties properties,
			ClientRegistration registration, ClientHttpConnector connector, TokenMetrics metrics) {
		UmbracoSite.Builder builder = UmbracoSite.builder(name, registration, properties.normalizedBaseUrl(), connector)
			.webClientBuilder(this.webClientBuilder)
			.clock(this.clock)
			.metrics(metrics)
			.timeouts(UmbracoTimeouts.of(properties.getConnectTimeout(), properties.getResponseTimeout(), prefix))
			.tokenStore(tokenStore(name, prefix, properties))
			.tokenSettings((tokens) -> tokens.observationRegistry(this.observationRegistry)
				.revokeUri(properties.revokeUri())
				.refreshSkew(properties.getTokenRefreshSkew())
				.defaultLifetime(properties.getTokenDefaultLifetime())
				.failureBackoff(properties.getTokenFailureBackoff(), properties.getTokenFailureMaxBackoff())
				.revokeOnShutdown(properties.isRevokeOnShutdown(), properties.getRevokeTimeout()));
		// retry outermost (each attempt gets the current token), then the breaker (it
		// counts each attempt)
		UmbracoRetryProperties retry = properties.getRetry();
		if (retry.isEnabled()) {
			builder.apiFilter(retryPolicy(retry, prefix, this.metrics.retries(name)).filter());
		}
		if (properties.getCircuitBreaker().isEnabled()) {
			builder.apiFilter(circuitBreaker(name, prefix, properties.getCircuitBreaker()));
		}
		this.customizers.forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

	private UmbracoRetryPolicy retryPolicy(UmbracoRetryProperties retry, String prefix, UmbracoRetryMetrics metrics) {
		return UmbracoRetryPolicy.builder()
			.maxAttempts(retry.getMaxAttempts())
			.backoff(retry.getBackoff(), retry.getMultiplier(), retry.getMaxBackoff(), retry.getJitter())
			.maxRetryAfter(retry.getMaxRetryAfter())
			.idempotentWrites(retry.isIdempotentWrites())
			.attemptTimeout(retry.getAttemptTimeout())
			.totalTimeout(retry.getTotalTimeout())
			.propertyPrefix(prefix)
			.scheduler(Schedulers.parallel())
			.clock(this.clock)
			.metrics(metrics)
			.build();
	}

	private ExchangeFilterFunction circuitBreaker(String name, String prefix,
			UmbracoCircuitBreakerProperties settings) {
		if (this.circuitBreakers == null) {
			throw new InvalidUmbracoPropertyException(prefix, "circuit-breaker.enabled", true,
					"needs Resilience4j, which is not on the classpath",
					"Add the dependency io.github.resilience4j:resilience4j-circuitbreaker, or remove " + prefix
							+ ".circuit-breaker.enabled.");
		}
		return this.circuitBreakers.create(name, settings);
	}

	private UmbracoTokenStore tokenStore(String name, String prefix, UmbracoSiteProperties properties) {
		if (properties.getTokenStore() != UmbracoSiteProperties.TokenStore.REDIS) {
			return UmbracoTokenStore.LOCAL;
		}
		if (this.sharedTokenStores == null) {
			throw new InvalidUmbracoPropertyException(prefix, "token-store", "redis",
					"needs Spring Data Redis, which is not on the classpath",
					"Add the dependency org.springframework.boot:spring-boot-starter-data-redis to the application "
							+ "(it brings Spring Data Redis and Lettuce; the connection is configured with "
							+ "spring.data.redis.*), or set " + prefix + ".token-store=memory.");
		}
		return this.sharedTokenStores.create(name, prefix, properties);
	}

	/**
	 * The connector of a site: its timeouts and SSL bundle, then Boot's
	 * {@code spring.http.clients.*} settings for what the site's settings leave open.
	 * @param properties the site's validated settings
	 * @param prefix where the settings are bound, for the error naming a missing SSL
	 * bundle
	 * @return a connector of the site's own
	 */
	ClientHttpConnector connector(UmbracoSiteProperties properties, String prefix) {
		HttpClientSettings settings = HttpClientSettings.defaults()
			.withTimeouts(properties.getConnectTimeout(), properties.getResponseTimeout())
			.withSslBundle(sslBundle(properties, prefix));
		if (this.globalSettings != null) {
			settings = settings.orElse(this.globalSettings);
		}
		return this.connectorBuilder.get().build(settings);
	}

	private @Nullable SslBundle sslBundle(UmbracoSiteProperties properties, String prefix) {
		String name = properties.getSsl().getBundle();
		if (!StringUtils.hasText(name)) {
			return null;
		}
		try {
			if (this.sslBundles == null) {
				throw new NoSuchSslBundleException(name, "no SSL bundles are configured");
			}
			return this.sslBundles.getBundle(name);
		}
		catch (NoSuchSslBundleException ex) {
			throw new InvalidUmbracoPropertyException(prefix, "ssl.bundle", name, "names no SSL bundle",
					"Define the bundle under spring.ssl.bundle.jks." + name + " or spring.ssl.bundle.pem." + name
							+ ", or remove " + prefix + ".ssl.bundle to use the JVM's trust store.");
		}
	}

}
