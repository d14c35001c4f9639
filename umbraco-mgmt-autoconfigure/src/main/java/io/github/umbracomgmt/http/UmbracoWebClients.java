package io.github.umbracomgmt.http;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.umbracomgmt.token.UmbracoTokenManager;

/**
 * Assembles the two WebClients of a connection to Umbraco from one builder and one
 * connector, so API and token requests share transport, TLS, timeouts and observations.
 *
 * @author umbraco-mgmt
 */
public final class UmbracoWebClients {

	private UmbracoWebClients() {
	}

	/**
	 * The WebClient for the token and revocation endpoints. Logging of request details
	 * (form fields, headers) is forced off, whatever the application's codec settings,
	 * since the form carries the client secret.
	 * @param builder a builder the caller owns (clone a shared one first)
	 * @param connector the connector
	 * @return the token WebClient
	 */
	public static WebClient tokenWebClient(WebClient.Builder builder, ClientHttpConnector connector) {
		return tokenWebClient(builder, connector, null);
	}

	/**
	 * The WebClient for the token and revocation endpoints, whose timeouts fail naming
	 * the limit and its property.
	 * @param builder a builder the caller owns (clone a shared one first)
	 * @param connector the connector
	 * @param timeouts the connector's timeouts, or {@code null} to leave timeout failures
	 * as the connector reports them
	 * @return the token WebClient
	 */
	public static WebClient tokenWebClient(WebClient.Builder builder, ClientHttpConnector connector,
			@Nullable UmbracoTimeouts timeouts) {
		if (timeouts != null) {
			builder.filter(timeouts.filter());
		}
		return builder.clientConnector(connector)
			.codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(false))
			.build();
	}

	/**
	 * The WebClient for Management API calls: base URL, the bearer filter with its 401
	 * recovery, and the error mapping for {@code retrieve()} (which HTTP interface
	 * clients use). Request-detail logging is forced off, since the Authorization header
	 * carries the token.
	 * @param builder a builder the caller owns (clone a shared one first)
	 * @param connector the connector
	 * @param baseUrl the site's base URL
	 * @param tokenManager where tokens come from
	 * @return the API WebClient
	 */
	public static WebClient apiWebClient(WebClient.Builder builder, ClientHttpConnector connector, String baseUrl,
			UmbracoTokenManager tokenManager) {
		return apiWebClient(builder, connector, baseUrl, tokenManager, null, List.of());
	}

	/**
	 * The WebClient for Management API calls, with resilience filters between the error
	 * mapping and the bearer filter. The filters run in the order given, each around the
	 * next, and all of them around the bearer filter: a retry filter first (each attempt
	 * then gets the current token, and the 401 recovery stays inside one attempt), then a
	 * circuit breaker (it counts each attempt).
	 * @param builder a builder the caller owns (clone a shared one first)
	 * @param connector the connector
	 * @param baseUrl the site's base URL
	 * @param tokenManager where tokens come from
	 * @param timeouts the connector's timeouts, or {@code null} to leave timeout failures
	 * as the connector reports them
	 * @param resilienceFilters the filters around the bearer filter, outermost first;
	 * possibly empty
	 * @return the API WebClient
	 */
	public static WebClient apiWebClient(WebClient.Builder builder, ClientHttpConnector connector, String baseUrl,
			UmbracoTokenManager tokenManager, @Nullable UmbracoTimeouts timeouts,
			List<ExchangeFilterFunction> resilienceFilters) {
		// the bearer filter, innermost, also names the connector's timeouts
		UmbracoBearerFilter bearer = new UmbracoBearerFilter(tokenManager, timeouts);
		// the base URL as a factory that parses each URI template once (the same URIs
		// as baseUrl(baseUrl) gives)
		return builder.clientConnector(connector)
			.uriBuilderFactory(new UmbracoUriBuilderFactory(baseUrl))
			.codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(false))
			.defaultRequest(bearer::presetBearer)
			.filters((filters) -> {
				filters.addAll(resilienceFilters);
				filters.add(bearer);
			})
			.defaultStatusHandler(HttpStatusCode::isError, UmbracoErrorMapper::toException)
			.build();
	}

}
