package io.github.umbracomgmt.http;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClientRequestException;

import io.github.umbracomgmt.error.UmbracoIoException;
import io.github.umbracomgmt.token.UmbracoTokenManager;

/**
 * Sends every request with the application's access token, and recovers from a dead one: when Umbraco answers 401
 * (token revoked, secret rotated, token store cleared), drops the token, fetches a new one and sends the request once
 * more, whatever its method, since Umbraco rejected it before doing anything. A second 401 goes to the caller.
 *
 * <p>Also turns failures without a response into {@link UmbracoIoException}.
 *
 * @author umbraco-mgmt
 */
public final class UmbracoBearerFilter implements ExchangeFilterFunction {

	private final UmbracoTokenManager tokenManager;

	/**
	 * Creates a filter.
	 * @param tokenManager where tokens come from
	 */
	public UmbracoBearerFilter(UmbracoTokenManager tokenManager) {
		this.tokenManager = tokenManager;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return this.tokenManager.getToken()
			.flatMap((token) -> send(request, token, next).flatMap((response) -> {
				if (response.statusCode().value() != HttpStatus.UNAUTHORIZED.value()) {
					return Mono.just(response);
				}
				return response.releaseBody().then(Mono.defer(() -> {
					this.tokenManager.invalidate(token);
					this.tokenManager.getMetrics().unauthorizedRetry();
					return this.tokenManager.getToken().flatMap((fresh) -> send(request, fresh, next));
				}));
			}));
	}

	private Mono<ClientResponse> send(ClientRequest request, OAuth2AccessToken token, ExchangeFunction next) {
		ClientRequest authorized = ClientRequest.from(request)
			.headers((headers) -> headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token.getTokenValue()))
			.build();
		return next.exchange(authorized)
			.onErrorMap(WebClientRequestException.class,
					(ex) -> new UmbracoIoException(request.method(), request.url(), ex));
	}

}
