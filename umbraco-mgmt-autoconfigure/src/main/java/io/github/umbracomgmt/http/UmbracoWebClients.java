package io.github.umbracomgmt.http;

import java.util.List;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.umbracomgmt.token.UmbracoTokenManager;

/**
 * Assembles the two WebClients of a connection to Umbraco from one builder and one connector, so API and token
 * requests share transport, TLS, timeouts and observations.
 *
 * @author umbraco-mgmt
 */
public final class UmbracoWebClients {

	private UmbracoWebClients() {
	}

	/**
	 * The WebClient for the token and revocation endpoints. Logging of request details (form fields, headers) is
	 * forced off, whatever the application's codec settings, since the form carries the client secret.
	 * @param builder a builder the caller owns (clone a shared one first)
	 * @param connector the connector
	 * @return the token WebClient
	 */
	public static WebClient tokenWebClient(WebClient.Builder builder, ClientHttpConnector connector) {
		return builder.clientConnector(connector)
			.codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(false))
			.build();
	}

	/**
	 * The WebClient for Management API calls: base URL, the bearer filter with its 401 recovery, and the error
	 * mapping for {@code retrieve()} (which HTTP interface clients use). Request-detail logging is forced off, since
	 * the Authorization header carries the token.
	 * @param builder a builder the caller owns (clone a shared one first)
	 * @param connector the connector
	 * @param baseUrl the site's base URL
	 * @param tokenManager where tokens come from
	 * @return the API WebClient
	 */
	public static WebClient apiWebClient(WebClient.Builder builder, ClientHttpConnector connector, String baseUrl,
			UmbracoTokenManager tokenManager) {
		return apiWebClient(builder, connector, baseUrl, tokenManager, List.of());
	}

	/**
	 * The WebClient for Management API calls, with further filters between the bearer filter and the error mapping:
	 * each request a filter sends (a retry, say) carries the token, and what finally answers is mapped to the
	 * exception hierarchy once.
	 * @param builder a builder the caller owns (clone a shared one first)
	 * @param connector the connector
	 * @param baseUrl the site's base URL
	 * @param tokenManager where tokens come from
	 * @param filters filters inside the bearer filter, outermost first (retry, circuit breaker, ...)
	 * @return the API WebClient
	 */
	public static WebClient apiWebClient(WebClient.Builder builder, ClientHttpConnector connector, String baseUrl,
			UmbracoTokenManager tokenManager, List<ExchangeFilterFunction> filters) {
		UmbracoBearerFilter bearer = new UmbracoBearerFilter(tokenManager);
		return builder.clientConnector(connector)
			.baseUrl(baseUrl)
			.codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(false))
			.defaultRequest(bearer::presetBearer)
			.filter(bearer)
			.filters((all) -> all.addAll(filters))
			.defaultStatusHandler(HttpStatusCode::isError, UmbracoErrorMapper::toException)
			.build();
	}

}
