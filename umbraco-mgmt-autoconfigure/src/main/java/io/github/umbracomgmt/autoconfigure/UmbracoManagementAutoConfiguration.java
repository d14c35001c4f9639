package io.github.umbracomgmt.autoconfigure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

import io.github.umbracomgmt.autoconfigure.UmbracoManagementProperties.ClientAuthenticationMethod;
import io.github.umbracomgmt.client.UmbracoUserClient;
import io.github.umbracomgmt.http.MicrometerRetryMetrics;
import io.github.umbracomgmt.http.UmbracoCircuitBreakerFilter;
import io.github.umbracomgmt.http.UmbracoExchangeAdapter;
import io.github.umbracomgmt.http.UmbracoRetryMetrics;
import io.github.umbracomgmt.http.UmbracoRetryPolicy;
import io.github.umbracomgmt.http.UmbracoTimeouts;
import io.github.umbracomgmt.http.UmbracoWebClients;
import io.github.umbracomgmt.token.MicrometerTokenMetrics;
import io.github.umbracomgmt.token.TokenMetrics;
import io.github.umbracomgmt.token.UmbracoTokenManager;

/**
 * Auto-configures a client of an Umbraco site's Management API: a client-credentials registration of the token
 * endpoint, an application-wide {@link UmbracoTokenManager}, an authenticated {@code umbracoWebClient} and the typed
 * HTTP interface clients.
 *
 * <p>The beans that infrastructure might adopt as the application's own (the registration, the connector, the
 * WebClient) are published with {@code defaultCandidate = false}: they are injected only where asked for by name, so
 * adding the starter changes neither the application's security nor its own WebClient wiring. No client
 * registration repository, authorized-client service or security filter chain is published.
 *
 * @author umbraco-mgmt
 */
@AutoConfiguration(afterName = { "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration",
		"org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
		"org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ WebClient.class, ClientRegistration.class, ReactiveOAuth2AuthorizedClientProvider.class,
		ClientHttpConnectorBuilder.class })
@ConditionalOnBooleanProperty(name = "umbraco.management.enabled", matchIfMissing = true)
@EnableConfigurationProperties(UmbracoManagementProperties.class)
@Import(UmbracoClientsConfiguration.class)
public final class UmbracoManagementAutoConfiguration {

	/** Name of the authenticated WebClient bean for Management API calls. */
	public static final String WEB_CLIENT_BEAN_NAME = "umbracoWebClient";

	/** Name of the client registration bean of Umbraco's token endpoint. */
	public static final String CLIENT_REGISTRATION_BEAN_NAME = "umbracoClientRegistration";

	/** Name of the connector bean shared by API and token requests. */
	public static final String CONNECTOR_BEAN_NAME = "umbracoClientHttpConnector";

	/** Name of the factory that creates the HTTP interface clients over {@code umbracoWebClient}. */
	public static final String PROXY_FACTORY_BEAN_NAME = "umbracoHttpServiceProxyFactory";

	/** Name of an optional {@link Clock} bean that the token manager uses instead of the system clock. */
	public static final String CLOCK_BEAN_NAME = "umbracoClock";

	/**
	 * Name of the {@link ExchangeFilterFunction} that sends API calls through a Resilience4j circuit breaker, present
	 * when {@code umbraco.management.circuit-breaker.enabled=true}.
	 */
	public static final String CIRCUIT_BREAKER_FILTER_BEAN_NAME = "umbracoCircuitBreakerFilter";

	@Bean(name = CLIENT_REGISTRATION_BEAN_NAME, defaultCandidate = false)
	@ConditionalOnMissingBean(name = CLIENT_REGISTRATION_BEAN_NAME)
	ClientRegistration umbracoClientRegistration(UmbracoManagementProperties properties) {
		return UmbracoTokenManager.clientRegistration(properties.getClientId(), properties.getClientSecret(),
				properties.tokenUri(),
				properties.getClientAuthenticationMethod() == ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
	}

	@Bean(name = CONNECTOR_BEAN_NAME, defaultCandidate = false)
	@ConditionalOnMissingBean(name = CONNECTOR_BEAN_NAME)
	ClientHttpConnector umbracoClientHttpConnector(UmbracoManagementProperties properties,
			ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
			ObjectProvider<HttpClientSettings> globalSettings, ObjectProvider<SslBundles> sslBundles) {
		HttpClientSettings settings = HttpClientSettings.defaults()
			.withTimeouts(properties.getConnectTimeout(), properties.getResponseTimeout())
			.withSslBundle(sslBundle(properties, sslBundles));
		HttpClientSettings global = globalSettings.getIfAvailable();
		if (global != null) {
			settings = settings.orElse(global);
		}
		return connectorBuilder.getIfAvailable(ClientHttpConnectorBuilder::detect).build(settings);
	}

	private static SslBundle sslBundle(UmbracoManagementProperties properties, ObjectProvider<SslBundles> sslBundles) {
		String name = properties.getSsl().getBundle();
		if (!StringUtils.hasText(name)) {
			return null;
		}
		SslBundles bundles = sslBundles.getIfAvailable();
		try {
			if (bundles == null) {
				throw new NoSuchSslBundleException(name, "no SSL bundles are configured");
			}
			return bundles.getBundle(name);
		}
		catch (NoSuchSslBundleException ex) {
			throw new InvalidUmbracoPropertyException("ssl.bundle", name, "names no SSL bundle",
					"Define the bundle under spring.ssl.bundle.jks." + name + " or spring.ssl.bundle.pem." + name
							+ ", or remove umbraco.management.ssl.bundle to use the JVM's trust store.");
		}
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoTokenManager umbracoTokenManager(UmbracoManagementProperties properties,
			@Qualifier(CLIENT_REGISTRATION_BEAN_NAME) ClientRegistration registration,
			@Qualifier(CONNECTOR_BEAN_NAME) ClientHttpConnector connector,
			ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<TokenMetrics> metrics,
			@Qualifier(CLOCK_BEAN_NAME) ObjectProvider<Clock> clock) {
		WebClient tokenWebClient = UmbracoWebClients.tokenWebClient(builder(webClientBuilder), connector,
				timeouts(properties));
		return UmbracoTokenManager.builder(registration, tokenWebClient)
			.revokeUri(properties.revokeUri())
			.refreshSkew(properties.getTokenRefreshSkew())
			.defaultLifetime(properties.getTokenDefaultLifetime())
			.failureBackoff(properties.getTokenFailureBackoff(), properties.getTokenFailureMaxBackoff())
			.revokeOnShutdown(properties.isRevokeOnShutdown(), properties.getRevokeTimeout())
			.clock(clock.getIfAvailable(Clock::systemUTC))
			.metrics(metrics.getIfAvailable(() -> TokenMetrics.NONE))
			.build();
	}

	@Bean(name = WEB_CLIENT_BEAN_NAME, defaultCandidate = false)
	@ConditionalOnMissingBean(name = WEB_CLIENT_BEAN_NAME)
	WebClient umbracoWebClient(UmbracoManagementProperties properties,
			@Qualifier(CONNECTOR_BEAN_NAME) ClientHttpConnector connector,
			ObjectProvider<WebClient.Builder> webClientBuilder, UmbracoTokenManager tokenManager,
			ObjectProvider<UmbracoRetryPolicy> retryPolicy,
			@Qualifier(CIRCUIT_BREAKER_FILTER_BEAN_NAME) ObjectProvider<ExchangeFilterFunction> circuitBreaker) {
		// retry outermost (each attempt gets the current token), then the breaker (it counts each attempt)
		List<ExchangeFilterFunction> resilience = new ArrayList<>();
		retryPolicy.ifAvailable((policy) -> resilience.add(policy.filter()));
		circuitBreaker.ifAvailable(resilience::add);
		return UmbracoWebClients.apiWebClient(builder(webClientBuilder), connector, properties.normalizedBaseUrl(),
				tokenManager, timeouts(properties), resilience);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "umbraco.management.retry.enabled", matchIfMissing = true)
	UmbracoRetryPolicy umbracoRetryPolicy(UmbracoManagementProperties properties,
			ObjectProvider<UmbracoRetryMetrics> metrics, @Qualifier(CLOCK_BEAN_NAME) ObjectProvider<Clock> clock) {
		return retryPolicy(properties.getRetry(), UmbracoManagementProperties.PREFIX,
				clock.getIfAvailable(Clock::systemUTC), metrics.getIfAvailable(() -> UmbracoRetryMetrics.NONE));
	}

	/**
	 * A site's retry policy from its {@code retry.*} settings; one place for the default site and for each entry of
	 * {@code sites}.
	 * @param retry the settings
	 * @param propertyPrefix the prefix of the site's properties, for messages, e.g. {@code umbraco.management}
	 * @param clock the clock against which {@code Retry-After} dates are measured
	 * @param metrics where retries are counted
	 * @return the policy
	 */
	static UmbracoRetryPolicy retryPolicy(UmbracoRetryProperties retry, String propertyPrefix, Clock clock,
			UmbracoRetryMetrics metrics) {
		return UmbracoRetryPolicy.builder()
			.maxAttempts(retry.getMaxAttempts())
			.backoff(retry.getBackoff(), retry.getMultiplier(), retry.getMaxBackoff(), retry.getJitter())
			.maxRetryAfter(retry.getMaxRetryAfter())
			.idempotentWrites(retry.isIdempotentWrites())
			.attemptTimeout(retry.getAttemptTimeout())
			.totalTimeout(retry.getTotalTimeout())
			.propertyPrefix(propertyPrefix)
			.scheduler(Schedulers.parallel())
			.clock(clock)
			.metrics(metrics)
			.build();
	}

	private static UmbracoTimeouts timeouts(UmbracoManagementProperties properties) {
		return UmbracoTimeouts.of(properties.getConnectTimeout(), properties.getResponseTimeout(),
				UmbracoManagementProperties.PREFIX);
	}

	@Bean(name = PROXY_FACTORY_BEAN_NAME, defaultCandidate = false)
	@ConditionalOnMissingBean(name = PROXY_FACTORY_BEAN_NAME)
	HttpServiceProxyFactory umbracoHttpServiceProxyFactory(@Qualifier(WEB_CLIENT_BEAN_NAME) WebClient webClient) {
		return UmbracoExchangeAdapter.proxyFactory(webClient);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoUserClient umbracoUserClient(@Qualifier(PROXY_FACTORY_BEAN_NAME) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoUserClient.class);
	}

	/** Boot's builder, cloned so its customizers (observations, codecs) apply without changing the shared one. */
	private static WebClient.Builder builder(ObjectProvider<WebClient.Builder> webClientBuilder) {
		WebClient.Builder shared = webClientBuilder.getIfAvailable();
		return (shared != null) ? shared.clone() : WebClient.builder();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class MicrometerMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		TokenMetrics umbracoTokenMetrics(ObjectProvider<MeterRegistry> registry) {
			MeterRegistry meterRegistry = registry.getIfUnique();
			return (meterRegistry != null) ? new MicrometerTokenMetrics(meterRegistry) : TokenMetrics.NONE;
		}

		@Bean
		@ConditionalOnMissingBean
		UmbracoRetryMetrics umbracoRetryMetrics(ObjectProvider<MeterRegistry> registry) {
			MeterRegistry meterRegistry = registry.getIfUnique();
			return (meterRegistry != null) ? new MicrometerRetryMetrics(meterRegistry) : UmbracoRetryMetrics.NONE;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingClass("io.micrometer.core.instrument.MeterRegistry")
	static class NoMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		TokenMetrics umbracoTokenMetrics() {
			return TokenMetrics.NONE;
		}

		@Bean
		@ConditionalOnMissingBean
		UmbracoRetryMetrics umbracoRetryMetrics() {
			return UmbracoRetryMetrics.NONE;
		}

	}

	/**
	 * The circuit breaker, Resilience4j's own: from the application's registry when there is one (so its metrics
	 * and actuator endpoints show it), else from a private one. A breaker that registry already holds under the
	 * configured name keeps its configuration; otherwise {@code umbraco.management.circuit-breaker.*} configures it.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry")
	@ConditionalOnBooleanProperty(name = "umbraco.management.circuit-breaker.enabled")
	static class CircuitBreakerConfiguration {

		/** The name of the default site's breaker when {@code circuit-breaker.name} is not set. */
		static final String DEFAULT_BREAKER_NAME = "umbraco";

		@Bean(name = CIRCUIT_BREAKER_FILTER_BEAN_NAME, defaultCandidate = false)
		@ConditionalOnMissingBean(name = CIRCUIT_BREAKER_FILTER_BEAN_NAME)
		ExchangeFilterFunction umbracoCircuitBreakerFilter(UmbracoManagementProperties properties,
				ObjectProvider<CircuitBreakerRegistry> registry,
				@Qualifier(CLOCK_BEAN_NAME) ObjectProvider<Clock> clock) {
			return UmbracoCircuitBreakerFilter.of(circuitBreaker(properties.getCircuitBreaker(), DEFAULT_BREAKER_NAME,
					registry.getIfUnique(), clock.getIfAvailable(Clock::systemUTC)));
		}

		/**
		 * A site's breaker from its {@code circuit-breaker.*} settings; one place for the default site and for each
		 * entry of {@code sites}.
		 * @param settings the settings
		 * @param defaultName the breaker's name when the settings name none; one per site, so that sites do not
		 * share a breaker
		 * @param shared the application's registry, or {@code null} for a private one
		 * @param clock the clock of a breaker this method configures
		 * @return the breaker the application's registry already holds under the name, else one configured by the
		 * settings
		 */
		static CircuitBreaker circuitBreaker(UmbracoCircuitBreakerProperties settings, String defaultName,
				CircuitBreakerRegistry shared, Clock clock) {
			String name = (settings.getName() != null) ? settings.getName() : defaultName;
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

	/** Fails at startup when the breaker is asked for but Resilience4j is missing, instead of silently running without. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingClass("io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry")
	@ConditionalOnBooleanProperty(name = "umbraco.management.circuit-breaker.enabled")
	static class MissingCircuitBreakerConfiguration {

		@Bean(name = CIRCUIT_BREAKER_FILTER_BEAN_NAME, defaultCandidate = false)
		ExchangeFilterFunction umbracoCircuitBreakerFilter() {
			throw new InvalidUmbracoPropertyException("circuit-breaker.enabled", true,
					"needs Resilience4j, which is not on the classpath",
					"Add the dependency io.github.resilience4j:resilience4j-circuitbreaker, "
							+ "or remove umbraco.management.circuit-breaker.enabled.");
		}

	}

}
