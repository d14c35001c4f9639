package io.github.umbracomgmt.autoconfigure;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

import io.github.umbracomgmt.http.MicrometerRetryMetrics;
import io.github.umbracomgmt.http.UmbracoExchangeAdapter;
import io.github.umbracomgmt.http.UmbracoRetryMetrics;
import io.github.umbracomgmt.site.UmbracoSite;
import io.github.umbracomgmt.site.UmbracoSiteCustomizer;
import io.github.umbracomgmt.site.UmbracoSites;
import io.github.umbracomgmt.token.MicrometerTokenMetrics;
import io.github.umbracomgmt.token.TokenMetrics;
import io.github.umbracomgmt.token.UmbracoTokenManager;

/**
 * Auto-configures clients of Umbraco sites' Management API: the default site
 * ({@code umbraco.management.*}) and any named sites
 * ({@code umbraco.management.sites.<name>.*}). Each site is assembled by one
 * {@link UmbracoSite.Builder}, fed by {@link UmbracoSiteFactory} from the site's
 * settings: a client-credentials registration of its token endpoint, its own
 * {@link UmbracoTokenManager}, connector, authenticated WebClient, typed HTTP interface
 * clients and Spring Security authorized-client managers.
 *
 * <p>
 * The default site's parts are beans under the names they have always had
 * ({@code umbracoWebClient}, {@code umbracoClientRegistration}, ...), each replaceable by
 * the application's own; the named sites are reached through the {@link UmbracoSites}
 * bean.
 *
 * <p>
 * The beans that infrastructure might adopt as the application's own (the registration,
 * the connector, the WebClient) are published with {@code defaultCandidate = false}: they
 * are injected only where asked for by name, so adding the starter changes neither the
 * application's security nor its own WebClient wiring. No client registration repository,
 * authorized-client service, authorized-client manager or security filter chain is
 * published: Spring Security's own configuration registers its authorized-client manager
 * only when no bean of that type exists at all, default candidate or not, so each site's
 * managers are reached through {@link UmbracoSite} instead of being beans.
 *
 * @author umbraco-mgmt
 */
@AutoConfiguration(afterName = { "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration",
		"org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
		"org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration" })
@ConditionalOnClass({ WebClient.class, ClientRegistration.class, ReactiveOAuth2AuthorizedClientProvider.class,
		ClientHttpConnectorBuilder.class })
@ConditionalOnBooleanProperty(name = "umbraco.management.enabled", matchIfMissing = true)
@EnableConfigurationProperties(UmbracoManagementProperties.class)
@Import({ UmbracoRedisTokenStoreConfiguration.class, UmbracoCircuitBreakerConfiguration.class })
public final class UmbracoManagementAutoConfiguration {

	/** Name of the authenticated WebClient bean for Management API calls. */
	public static final String WEB_CLIENT_BEAN_NAME = "umbracoWebClient";

	/** Name of the client registration bean of Umbraco's token endpoint. */
	public static final String CLIENT_REGISTRATION_BEAN_NAME = "umbracoClientRegistration";

	/** Name of the connector bean shared by API and token requests. */
	public static final String CONNECTOR_BEAN_NAME = "umbracoClientHttpConnector";

	/**
	 * Name of the factory that creates the HTTP interface clients over
	 * {@code umbracoWebClient}.
	 */
	public static final String PROXY_FACTORY_BEAN_NAME = "umbracoHttpServiceProxyFactory";

	/**
	 * Name of an optional {@link Clock} bean that the token manager uses instead of the
	 * system clock.
	 */
	public static final String CLOCK_BEAN_NAME = "umbracoClock";

	/** Name of the default site, assembled from the beans above. */
	public static final String SITE_BEAN_NAME = "umbracoSite";

	/** Name of the factory that assembles every site from its settings. */
	static final String SITE_FACTORY_BEAN_NAME = "umbracoSiteFactory";

	@Bean(name = SITE_FACTORY_BEAN_NAME, defaultCandidate = false)
	@ConditionalOnMissingBean(name = SITE_FACTORY_BEAN_NAME)
	UmbracoSiteFactory umbracoSiteFactory(ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
			ObjectProvider<HttpClientSettings> globalSettings, ObjectProvider<SslBundles> sslBundles,
			ObjectProvider<WebClient.Builder> webClientBuilder, @Qualifier(CLOCK_BEAN_NAME) ObjectProvider<Clock> clock,
			ObjectProvider<UmbracoSiteMetrics> siteMetrics, ObjectProvider<UmbracoSiteCustomizer> customizers,
			ObjectProvider<SiteTokenStores> sharedTokenStores, ObjectProvider<SiteCircuitBreakers> circuitBreakers,
			ObjectProvider<ObservationRegistry> observationRegistry) {
		UmbracoSiteMetrics metrics = siteMetrics.getIfAvailable(() -> (name) -> TokenMetrics.NONE);
		return new UmbracoSiteFactory(() -> connectorBuilder.getIfAvailable(ClientHttpConnectorBuilder::detect),
				globalSettings.getIfAvailable(), sslBundles.getIfAvailable(), () -> builder(webClientBuilder),
				clock.getIfAvailable(Clock::systemUTC), metrics, customizers.orderedStream().toList(),
				sharedTokenStores.getIfAvailable(), circuitBreakers.getIfAvailable(),
				observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP));
	}

	/**
	 * Every site by name; builds the named sites (their settings were validated at
	 * binding, so a misconfigured site has failed startup naming its properties before
	 * this runs).
	 */
	@Bean
	@ConditionalOnMissingBean
	UmbracoSites umbracoSites(UmbracoManagementProperties properties,
			@Qualifier(SITE_FACTORY_BEAN_NAME) UmbracoSiteFactory factory,
			@Qualifier(SITE_BEAN_NAME) ObjectProvider<UmbracoSite> defaultSite) {
		Map<String, UmbracoSite> named = new LinkedHashMap<>();
		properties.getSites().forEach((name, site) -> named.put(name, factory.namedSite(name, site).build()));
		return new UmbracoSites(properties.isDefaultSiteConfigured() ? defaultSite.getIfAvailable() : null, named);
	}

	/**
	 * Boot's builder, cloned so its customizers (observations, codecs) apply without
	 * changing the shared one.
	 */
	private static WebClient.Builder builder(ObjectProvider<WebClient.Builder> webClientBuilder) {
		WebClient.Builder shared = webClientBuilder.getIfAvailable();
		return (shared != null) ? shared.clone() : WebClient.builder();
	}

	/**
	 * The default site, configured directly below {@code umbraco.management}: each of its
	 * parts is a bean of its own, under the names it has always had, replaceable one by
	 * one; the site bean assembles them.
	 */
	@Configuration(proxyBeanMethods = false)
	@Conditional(OnDefaultSiteCondition.class)
	@Import(UmbracoClientsConfiguration.class)
	static class DefaultSiteConfiguration {

		@Bean(name = CLIENT_REGISTRATION_BEAN_NAME, defaultCandidate = false)
		@ConditionalOnMissingBean(name = CLIENT_REGISTRATION_BEAN_NAME)
		ClientRegistration umbracoClientRegistration(UmbracoManagementProperties properties) {
			return UmbracoSitePropertiesMapper.clientRegistration(UmbracoSite.DEFAULT_NAME, properties);
		}

		@Bean(name = CONNECTOR_BEAN_NAME, defaultCandidate = false)
		@ConditionalOnMissingBean(name = CONNECTOR_BEAN_NAME)
		ClientHttpConnector umbracoClientHttpConnector(UmbracoManagementProperties properties,
				@Qualifier(SITE_FACTORY_BEAN_NAME) UmbracoSiteFactory factory) {
			return factory.connector(properties, UmbracoManagementProperties.PREFIX);
		}

		@Bean
		@ConditionalOnMissingBean
		UmbracoTokenManager umbracoTokenManager(UmbracoManagementProperties properties,
				@Qualifier(SITE_FACTORY_BEAN_NAME) UmbracoSiteFactory factory,
				@Qualifier(CLIENT_REGISTRATION_BEAN_NAME) ClientRegistration registration,
				@Qualifier(CONNECTOR_BEAN_NAME) ClientHttpConnector connector, ObjectProvider<TokenMetrics> metrics) {
			return factory
				.defaultSite(properties, registration, connector, metrics.getIfAvailable(() -> TokenMetrics.NONE))
				.tokenManager();
		}

		@Bean(name = WEB_CLIENT_BEAN_NAME, defaultCandidate = false)
		@ConditionalOnMissingBean(name = WEB_CLIENT_BEAN_NAME)
		WebClient umbracoWebClient(UmbracoManagementProperties properties,
				@Qualifier(SITE_FACTORY_BEAN_NAME) UmbracoSiteFactory factory,
				@Qualifier(CLIENT_REGISTRATION_BEAN_NAME) ClientRegistration registration,
				@Qualifier(CONNECTOR_BEAN_NAME) ClientHttpConnector connector, UmbracoTokenManager tokenManager) {
			return factory.defaultSite(properties, registration, connector, tokenManager.getMetrics())
				.tokenManager(tokenManager)
				.webClient();
		}

		@Bean(name = PROXY_FACTORY_BEAN_NAME, defaultCandidate = false)
		@ConditionalOnMissingBean(name = PROXY_FACTORY_BEAN_NAME)
		HttpServiceProxyFactory umbracoHttpServiceProxyFactory(@Qualifier(WEB_CLIENT_BEAN_NAME) WebClient webClient) {
			return UmbracoExchangeAdapter.proxyFactory(webClient);
		}

		@Bean(name = SITE_BEAN_NAME)
		@ConditionalOnMissingBean(name = SITE_BEAN_NAME)
		UmbracoSite umbracoSite(UmbracoManagementProperties properties,
				@Qualifier(SITE_FACTORY_BEAN_NAME) UmbracoSiteFactory factory,
				@Qualifier(CLIENT_REGISTRATION_BEAN_NAME) ClientRegistration registration,
				@Qualifier(CONNECTOR_BEAN_NAME) ClientHttpConnector connector, UmbracoTokenManager tokenManager,
				@Qualifier(WEB_CLIENT_BEAN_NAME) WebClient webClient,
				@Qualifier(PROXY_FACTORY_BEAN_NAME) HttpServiceProxyFactory proxyFactory) {
			return factory.defaultSite(properties, registration, connector, tokenManager.getMetrics())
				.tokenManager(tokenManager)
				.webClient(webClient)
				.proxyFactory(proxyFactory)
				.build();
		}

	}

	/**
	 * Matches unless only named sites are configured: an application may talk to named
	 * sites alone, and then has no default site's beans. Without any site configured the
	 * default site is expected, so the missing settings fail startup naming
	 * {@code umbraco.management.base-url} as they always have.
	 */
	static final class OnDefaultSiteCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			UmbracoManagementProperties properties = Binder.get(context.getEnvironment())
				.bind(UmbracoManagementProperties.PREFIX, UmbracoManagementProperties.class)
				.orElseGet(UmbracoManagementProperties::new);
			return properties.isDefaultSiteConfigured()
					? ConditionOutcome.match("the default Umbraco site is configured")
					: ConditionOutcome.noMatch("only named Umbraco sites (umbraco.management.sites.*) are configured");
		}

	}

	/** The default site's meters: those of every site, tagged {@code site=default}. */
	@Bean
	@ConditionalOnMissingBean
	TokenMetrics umbracoTokenMetrics(UmbracoSiteMetrics siteMetrics) {
		return siteMetrics.forSite(UmbracoSite.DEFAULT_NAME);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class MicrometerMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		UmbracoSiteMetrics umbracoSiteMetrics(ObjectProvider<MeterRegistry> registry) {
			return new UmbracoSiteMetrics() {

				@Override
				public TokenMetrics forSite(String siteName) {
					MeterRegistry meterRegistry = registry.getIfUnique();
					return (meterRegistry != null) ? new MicrometerTokenMetrics(meterRegistry, siteName)
							: TokenMetrics.NONE;
				}

				@Override
				public UmbracoRetryMetrics retries(String siteName) {
					MeterRegistry meterRegistry = registry.getIfUnique();
					return (meterRegistry != null)
							? new MicrometerRetryMetrics(meterRegistry, Tags.of("site", siteName))
							: UmbracoRetryMetrics.NONE;
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingClass("io.micrometer.core.instrument.MeterRegistry")
	static class NoMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		UmbracoSiteMetrics umbracoSiteMetrics() {
			return (name) -> TokenMetrics.NONE;
		}

	}

}
