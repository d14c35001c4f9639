package io.github.umbracomgmt.site;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.util.Assert;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

import io.github.umbracomgmt.client.UmbracoMediaClient;
import io.github.umbracomgmt.client.UmbracoMediaUploads;
import io.github.umbracomgmt.client.UmbracoServerClient;
import io.github.umbracomgmt.client.UmbracoServerProbe;
import io.github.umbracomgmt.client.UmbracoTemporaryFileClient;
import io.github.umbracomgmt.http.UmbracoExchangeAdapter;
import io.github.umbracomgmt.http.UmbracoTimeouts;
import io.github.umbracomgmt.http.UmbracoCalls;
import io.github.umbracomgmt.http.UmbracoWebClients;
import io.github.umbracomgmt.token.TokenMetrics;
import io.github.umbracomgmt.token.UmbracoOAuth2AuthorizedClientManager;
import io.github.umbracomgmt.token.UmbracoReactiveOAuth2AuthorizedClientManager;
import io.github.umbracomgmt.token.UmbracoTokenManager;
import io.github.umbracomgmt.token.UmbracoTokenStore;

/**
 * Everything one Umbraco site needs, assembled in one place: the client-credentials
 * registration, the token manager, the connector, the authenticated {@link WebClient},
 * the typed clients over it (generated implementations, see {@link UmbracoCalls}), the
 * {@link HttpServiceProxyFactory} for HTTP interfaces of the application's own, media
 * uploads, the server probe, and the token offered as Spring Security's authorized-client
 * managers.
 *
 * <p>
 * Every part belongs to this site alone: its token is only ever sent to its own base URL.
 * Typed clients are created on first use and cached: <pre class="code">
 * UmbracoDocumentClient documents = sites.site("blog").client(UmbracoDocumentClient.class);
 * </pre> A feature that belongs to a site (a token store, a retry filter, meters) is
 * added to its {@link Builder}, the one place a site is put together; the
 * auto-configuration builds every site, the default one included, with it.
 *
 * @author umbraco-mgmt
 */
public final class UmbracoSite {

	/**
	 * The name of the site configured directly below {@code umbraco.management}, as its
	 * meters are tagged.
	 */
	public static final String DEFAULT_NAME = "default";

	private final String name;

	private final ClientRegistration registration;

	private final String baseUrl;

	private final ClientHttpConnector connector;

	private final UmbracoTokenManager tokenManager;

	private final UmbracoTokenStore tokenStore;

	private final WebClient webClient;

	private final UmbracoCalls calls;

	private final HttpServiceProxyFactory proxyFactory;

	private final UmbracoReactiveOAuth2AuthorizedClientManager reactiveAuthorizedClientManager;

	private final UmbracoOAuth2AuthorizedClientManager authorizedClientManager;

	private final Map<Class<?>, Object> clients = new ConcurrentHashMap<>();

	private final SingletonSupplier<UmbracoMediaUploads> mediaUploads;

	private final SingletonSupplier<UmbracoServerProbe> serverProbe;

	private UmbracoSite(Builder builder) {
		this.name = builder.name;
		this.registration = builder.registration;
		this.baseUrl = builder.baseUrl;
		this.connector = builder.connector;
		this.tokenManager = builder.tokenManager();
		this.tokenStore = builder.tokenStore;
		this.webClient = builder.webClient();
		this.calls = builder.calls();
		this.proxyFactory = builder.proxyFactory();
		this.reactiveAuthorizedClientManager = new UmbracoReactiveOAuth2AuthorizedClientManager(this.registration,
				this.tokenManager);
		this.authorizedClientManager = new UmbracoOAuth2AuthorizedClientManager(this.reactiveAuthorizedClientManager);
		this.mediaUploads = SingletonSupplier.of(() -> new UmbracoMediaUploads(client(UmbracoTemporaryFileClient.class),
				client(UmbracoMediaClient.class)));
		this.serverProbe = SingletonSupplier
			.of(() -> new UmbracoServerProbe(client(UmbracoServerClient.class), this.webClient));
	}

	/**
	 * Starts building a site.
	 * @param name the site's name: {@value #DEFAULT_NAME} for the default site, else its
	 * key below {@code umbraco.management.sites}
	 * @param registration the client-credentials registration of the site's token
	 * endpoint
	 * @param baseUrl the site's base URL, without a trailing slash
	 * @param connector the connector of the site's API and token requests
	 * @return a builder
	 */
	public static Builder builder(String name, ClientRegistration registration, String baseUrl,
			ClientHttpConnector connector) {
		return new Builder(name, registration, baseUrl, connector);
	}

	/**
	 * The site's name.
	 * @return {@value #DEFAULT_NAME} for the default site, else its key below
	 * {@code umbraco.management.sites}
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Where the site's token is kept beyond its token manager's memory.
	 * @return the store; {@link UmbracoTokenStore#LOCAL} unless a shared store was set
	 */
	public UmbracoTokenStore tokenStore() {
		return this.tokenStore;
	}

	/**
	 * Whether this is the site configured directly below {@code umbraco.management}.
	 * @return {@code true} for the default site
	 */
	public boolean isDefault() {
		return DEFAULT_NAME.equals(this.name);
	}

	/**
	 * The client-credentials registration of the site's token endpoint; its id is what
	 * {@code @ClientRegistrationId} names when this site's token goes onto an
	 * application's own client.
	 * @return the registration, id {@code umbraco} or {@code umbraco-<name>}
	 */
	public ClientRegistration registration() {
		return this.registration;
	}

	/**
	 * The site's base URL.
	 * @return e.g. {@code https://blog.example.com}, without a trailing slash
	 */
	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * The connector of the site's API and token requests.
	 * @return the connector
	 */
	public ClientHttpConnector connector() {
		return this.connector;
	}

	/**
	 * The site's one token: single flight, refreshed before expiry, revoked at shutdown.
	 * @return the token manager
	 */
	public UmbracoTokenManager tokenManager() {
		return this.tokenManager;
	}

	/**
	 * The authenticated WebClient of the site's Management API: base URL, token, retry
	 * after a 401 and the error mapping; the escape hatch for operations not typed yet.
	 * @return the WebClient
	 */
	public WebClient webClient() {
		return this.webClient;
	}

	/**
	 * The factory of HTTP interface clients of the application's own over
	 * {@link #webClient()}, with the starter's parameter formatting and error
	 * explanations. The starter's clients do not go through it: {@link #client(Class)}
	 * creates their generated implementations.
	 * @return the proxy factory
	 */
	public HttpServiceProxyFactory proxyFactory() {
		return this.proxyFactory;
	}

	/**
	 * A typed client of this site, created on first use and cached: one of the starter's
	 * clients (for example {@code UmbracoDocumentClient}) or an HTTP interface
	 * ({@code @HttpExchange}) of the application's own.
	 * @param <T> the client type
	 * @param type the HTTP interface
	 * @return the client, the same instance on every call
	 */
	public <T> T client(Class<T> type) {
		Assert.notNull(type, "type must not be null");
		Assert.isTrue(type.isInterface(), () -> type.getName() + " is not an HTTP interface");
		return type.cast(this.clients.computeIfAbsent(type, (client) -> UmbracoCalls.isClientType(client)
				? this.calls.client(client) : this.proxyFactory.createClient(client)));
	}

	/**
	 * Uploads media to this site in one call.
	 * @return the site's media uploads
	 */
	public UmbracoMediaUploads mediaUploads() {
		return this.mediaUploads.obtain();
	}

	/**
	 * The site's status and version checks.
	 * @return the site's server probe
	 */
	public UmbracoServerProbe serverProbe() {
		return this.serverProbe.obtain();
	}

	/**
	 * This site's token as Spring Security's reactive authorized-client manager, for
	 * {@code ServerOAuth2AuthorizedClientExchangeFilterFunction} and
	 * {@code OAuth2WebClientHttpServiceGroupConfigurer}. It serves the registration id
	 * {@code registration().getRegistrationId()} only.
	 * @return the manager, backed by {@link #tokenManager()}
	 */
	public UmbracoReactiveOAuth2AuthorizedClientManager reactiveAuthorizedClientManager() {
		return this.reactiveAuthorizedClientManager;
	}

	/**
	 * This site's token as Spring Security's blocking authorized-client manager, for
	 * {@code RestClient} with {@code OAuth2ClientHttpRequestInterceptor} and
	 * {@code OAuth2RestClientHttpServiceGroupConfigurer}.
	 * @return the manager, backed by {@link #tokenManager()}
	 */
	public UmbracoOAuth2AuthorizedClientManager authorizedClientManager() {
		return this.authorizedClientManager;
	}

	@Override
	public String toString() {
		return "UmbracoSite[name=" + this.name + ", registrationId=" + this.registration.getRegistrationId()
				+ ", baseUrl=" + this.baseUrl + "]";
	}

	/**
	 * Builds an {@link UmbracoSite}, or one of its parts: the auto-configuration
	 * publishes the default site's token manager, WebClient and proxy factory as beans of
	 * their own (each replaceable by the application), so it builds them stage by stage
	 * ({@link #tokenManager()}, {@link #webClient()}, {@link #proxyFactory()}) and hands
	 * a replaced part back in ({@link #tokenManager(UmbracoTokenManager)}, ...). A part
	 * not handed in is built from the settings given here, once.
	 *
	 * <p>
	 * The seams of site-level features: {@link #tokenStore(UmbracoTokenStore)} (where the
	 * token is kept), {@link #apiFilter(ExchangeFilterFunction)} (retry, circuit breaker:
	 * between the error mapping and the bearer filter), {@link #metrics(TokenMetrics)}
	 * (tagged with {@link #name()}), and {@link UmbracoSiteCustomizer} beans, applied to
	 * every site's builder.
	 */
	public static final class Builder {

		private final String name;

		private final ClientRegistration registration;

		private final String baseUrl;

		private final ClientHttpConnector connector;

		private Supplier<WebClient.Builder> webClientBuilder = WebClient::builder;

		private final List<Consumer<UmbracoTokenManager.Builder>> tokenSettings = new ArrayList<>();

		private UmbracoTokenStore tokenStore = UmbracoTokenStore.LOCAL;

		private TokenMetrics metrics = TokenMetrics.NONE;

		private Clock clock = Clock.systemUTC();

		private final List<ExchangeFilterFunction> apiFilters = new ArrayList<>();

		private @Nullable UmbracoTimeouts timeouts;

		private @Nullable UmbracoTokenManager tokenManager;

		private @Nullable WebClient webClient;

		private @Nullable UmbracoCalls calls;

		private @Nullable HttpServiceProxyFactory proxyFactory;

		private Builder(String name, ClientRegistration registration, String baseUrl, ClientHttpConnector connector) {
			Assert.hasText(name, "name must not be empty");
			Assert.notNull(registration, "registration must not be null");
			Assert.hasText(baseUrl, "baseUrl must not be empty");
			Assert.notNull(connector, "connector must not be null");
			this.name = name;
			this.registration = registration;
			this.baseUrl = baseUrl;
			this.connector = connector;
		}

		/**
		 * The name of the site being built, for customizers that tag or key by site.
		 * @return the site's name
		 */
		public String name() {
			return this.name;
		}

		/**
		 * The registration of the site being built, for customizers that key by client.
		 * @return the registration
		 */
		public ClientRegistration registration() {
			return this.registration;
		}

		/**
		 * Sets where the WebClient builders of the site's API and token WebClients come
		 * from; each call must return a builder of its own (clone a shared one). Defaults
		 * to {@link WebClient#builder()}.
		 * @param webClientBuilder the source of builders
		 * @return this builder
		 */
		public Builder webClientBuilder(Supplier<WebClient.Builder> webClientBuilder) {
			Assert.notNull(webClientBuilder, "webClientBuilder must not be null");
			this.webClientBuilder = webClientBuilder;
			return this;
		}

		/**
		 * Adds settings of the token manager (refresh skew, backoff, revocation, ...),
		 * applied in order.
		 * @param settings applied to the token manager's builder
		 * @return this builder
		 */
		public Builder tokenSettings(Consumer<UmbracoTokenManager.Builder> settings) {
			Assert.notNull(settings, "settings must not be null");
			this.tokenSettings.add(settings);
			return this;
		}

		/**
		 * Sets where the site's token is kept beyond the token manager's memory.
		 * @param tokenStore the store; {@link UmbracoTokenStore#LOCAL} by default
		 * @return this builder
		 */
		public Builder tokenStore(UmbracoTokenStore tokenStore) {
			Assert.notNull(tokenStore, "tokenStore must not be null");
			this.tokenStore = tokenStore;
			return this;
		}

		/**
		 * Sets where the site's token manager reports; meters should be tagged with
		 * {@link #name()}.
		 * @param metrics the metrics; {@link TokenMetrics#NONE} by default
		 * @return this builder
		 */
		public Builder metrics(TokenMetrics metrics) {
			Assert.notNull(metrics, "metrics must not be null");
			this.metrics = metrics;
			return this;
		}

		/**
		 * Sets the clock of the site's token manager.
		 * @param clock the clock; the system clock by default
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			Assert.notNull(clock, "clock must not be null");
			this.clock = clock;
			return this;
		}

		/**
		 * Sets the connector's timeouts, so that a timeout failure of an API or token
		 * request names the limit and the property that sets it.
		 * @param timeouts the timeouts of the site's connector
		 * @return this builder
		 */
		public Builder timeouts(UmbracoTimeouts timeouts) {
			this.timeouts = timeouts;
			return this;
		}

		/**
		 * Adds a filter of API requests between the error mapping and the bearer filter:
		 * it runs around the bearer filter, so every request it sends (each attempt of a
		 * retry) gets the site's current token and the 401 recovery stays inside one
		 * request, and the response it passes on is mapped to the exception hierarchy.
		 * Filters run in the order added, the first outermost (a retry before a circuit
		 * breaker, so that the breaker counts each attempt).
		 * @param filter the filter, for example a retry or a circuit breaker
		 * @return this builder
		 */
		public Builder apiFilter(ExchangeFilterFunction filter) {
			Assert.notNull(filter, "filter must not be null");
			this.apiFilters.add(filter);
			return this;
		}

		/**
		 * Uses a token manager built elsewhere (for example one the application defined)
		 * instead of building one.
		 * @param tokenManager the token manager
		 * @return this builder
		 */
		public Builder tokenManager(UmbracoTokenManager tokenManager) {
			this.tokenManager = tokenManager;
			return this;
		}

		/**
		 * Uses an API WebClient built elsewhere instead of building one.
		 * @param webClient the authenticated WebClient
		 * @return this builder
		 */
		public Builder webClient(WebClient webClient) {
			this.webClient = webClient;
			return this;
		}

		/**
		 * Uses a proxy factory built elsewhere instead of building one.
		 * @param proxyFactory the factory of HTTP interface clients of the application's
		 * own
		 * @return this builder
		 */
		public Builder proxyFactory(HttpServiceProxyFactory proxyFactory) {
			this.proxyFactory = proxyFactory;
			return this;
		}

		/**
		 * The site's token manager: the one handed in, else one built (once) from the
		 * registration, a token WebClient over the site's connector, the token settings,
		 * store, metrics and clock.
		 * @return the token manager
		 */
		public UmbracoTokenManager tokenManager() {
			if (this.tokenManager == null) {
				WebClient tokenWebClient = UmbracoWebClients.tokenWebClient(this.webClientBuilder.get(), this.connector,
						this.timeouts);
				UmbracoTokenManager.Builder builder = UmbracoTokenManager.builder(this.registration, tokenWebClient)
					.clock(this.clock)
					.metrics(this.metrics)
					.tokenStore(this.tokenStore);
				this.tokenSettings.forEach((settings) -> settings.accept(builder));
				this.tokenManager = builder.build();
			}
			return this.tokenManager;
		}

		/**
		 * The site's authenticated WebClient: the one handed in, else one built (once)
		 * over the site's connector and base URL, with the bearer filter of
		 * {@link #tokenManager()}, the API filters and the error mapping.
		 * @return the WebClient
		 */
		public WebClient webClient() {
			if (this.webClient == null) {
				this.webClient = UmbracoWebClients.apiWebClient(this.webClientBuilder.get(), this.connector,
						this.baseUrl, tokenManager(), this.timeouts, List.copyOf(this.apiFilters));
			}
			return this.webClient;
		}

		/**
		 * The factory of the site's HTTP interface clients of the application's own: the
		 * one handed in, else one built (once) over {@link #webClient()}, sharing the
		 * server version that the starter's clients learn.
		 * @return the proxy factory
		 */
		public HttpServiceProxyFactory proxyFactory() {
			if (this.proxyFactory == null) {
				this.proxyFactory = UmbracoExchangeAdapter.proxyFactory(calls());
			}
			return this.proxyFactory;
		}

		/**
		 * The calls of the starter's typed clients over {@link #webClient()}, built once.
		 */
		private UmbracoCalls calls() {
			if (this.calls == null) {
				this.calls = new UmbracoCalls(webClient());
			}
			return this.calls;
		}

		/**
		 * Builds the site from the parts handed in and the parts built here.
		 * @return the site
		 */
		public UmbracoSite build() {
			return new UmbracoSite(this);
		}

	}

}
