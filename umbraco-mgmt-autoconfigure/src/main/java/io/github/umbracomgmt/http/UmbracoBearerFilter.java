package io.github.umbracomgmt.http;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

import io.github.umbracomgmt.error.UmbracoIoException;
import io.github.umbracomgmt.token.UmbracoTokenManager;

/**
 * Sends every request with the application's access token, and recovers from a dead one:
 * when Umbraco answers 401 (token revoked, secret rotated, token store cleared), drops
 * the token, fetches a new one and sends the request once more, whatever its method,
 * since Umbraco rejected it before doing anything. A second 401 goes to the caller,
 * unless the token it was sent with came from a shared token store: a revocation may have
 * taken that one too, so it gets one more try with a newer token (one it fetches, or a
 * replacement another instance stored since).
 *
 * <p>
 * On the hot path a valid token is cached: {@link #presetBearer} then puts it on the
 * request while it is being built, so the filter need not copy the request. That includes
 * a token due for refresh: the manager refreshes it in the background. Only a cold start,
 * an expired token or a 401 makes a request wait for the token manager. The filter knows
 * a preset request by its header, which is the one of the newest token it has seen; a
 * request built with an older token (one the filter has since seen replaced) is sent with
 * the manager's current one.
 *
 * <p>
 * Also turns failures without a response into {@link UmbracoIoException}, and the
 * connector's timeouts into {@link io.github.umbracomgmt.error.UmbracoTimeoutException}
 * naming the limit and its property (when created with the site's
 * {@link UmbracoTimeouts}): one error operator per call for both.
 *
 * @author umbraco-mgmt
 */
public final class UmbracoBearerFilter implements ExchangeFilterFunction {

	/**
	 * Request attribute that marks a request Umbraco answers without a token (e.g.
	 * {@code /server/status}): it is sent without one, so it works while no token can be
	 * had.
	 */
	public static final String ANONYMOUS_ATTRIBUTE = UmbracoBearerFilter.class.getName() + ".anonymous";

	private static final String BEARER = "Bearer ";

	private static final int UNAUTHORIZED = HttpStatus.UNAUTHORIZED.value();

	/**
	 * A 401 is answered by a resend with the next token; when that token came from a
	 * shared store, its own 401 by one more.
	 */
	private static final int MAX_RESENDS = 2;

	private final UmbracoTokenManager tokenManager;

	private final @Nullable UmbracoTimeouts timeouts;

	/**
	 * The Authorization value of the last token seen, so the hot path builds no string
	 * per request, and knows a request {@link #presetBearer} prepared by its header alone
	 * (no request attribute, which would cost a map per request).
	 */
	private volatile @Nullable BearerHeader lastHeader;

	/**
	 * Creates a filter.
	 * @param tokenManager where tokens come from
	 */
	public UmbracoBearerFilter(UmbracoTokenManager tokenManager) {
		this(tokenManager, null);
	}

	/**
	 * Creates a filter whose connector timeouts fail naming the limit and its property.
	 * @param tokenManager where tokens come from
	 * @param timeouts the connector's timeouts, or {@code null} to report them as other
	 * I/O failures
	 */
	public UmbracoBearerFilter(UmbracoTokenManager tokenManager, @Nullable UmbracoTimeouts timeouts) {
		this.tokenManager = tokenManager;
		this.timeouts = timeouts;
	}

	/**
	 * Puts the cached token, while valid, on a request being built; register with
	 * {@link WebClient.Builder#defaultRequest}.
	 * @param request the request being built
	 */
	public void presetBearer(WebClient.RequestHeadersSpec<?> request) {
		OAuth2AccessToken token = this.tokenManager.getCachedToken();
		if (token != null) {
			request.header(HttpHeaders.AUTHORIZATION, header(token.getTokenValue()));
		}
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		if (Boolean.TRUE.equals(request.attributes().get(ANONYMOUS_ATTRIBUTE))) {
			// the preset bearer (if any) is taken off again: anonymous requests are rare,
			// the hot path is not
			return send(
					ClientRequest.from(request).headers((headers) -> headers.remove(HttpHeaders.AUTHORIZATION)).build(),
					next);
		}
		String preset = request.headers().getFirst(HttpHeaders.AUTHORIZATION);
		BearerHeader last = this.lastHeader;
		if (preset != null && last != null && preset.equals(last.header())) {
			return exchange(request, preset, next, MAX_RESENDS);
		}
		return this.tokenManager.getToken().flatMap((token) -> {
			String header = header(token.getTokenValue());
			return exchange(withToken(request, header), header, next, MAX_RESENDS);
		});
	}

	/**
	 * Sends the request; a 401 makes it {@link #resend} while {@code resends} are left.
	 */
	private Mono<ClientResponse> exchange(ClientRequest request, String header, ExchangeFunction next, int resends) {
		Mono<ClientResponse> sent = send(request, next);
		if (resends == 0) {
			return sent;
		}
		return sent.flatMap((response) -> (response.statusCode().value() != UNAUTHORIZED) ? Mono.just(response)
				: resend(request, response, header, next, resends));
	}

	/**
	 * Drops the rejected token and sends the request again with the next one. Only a
	 * token that came from a shared token store (another instance fetched it, and Umbraco
	 * may have revoked it along with this one) leaves a resend for its own 401, with a
	 * newer token (that one being evicted from the store by then).
	 */
	private Mono<ClientResponse> resend(ClientRequest request, ClientResponse rejection, String rejectedHeader,
			ExchangeFunction next, int resends) {
		return rejection.releaseBody().then(Mono.defer(() -> {
			this.tokenManager.invalidate(rejectedHeader.substring(BEARER.length()));
			this.tokenManager.getMetrics().unauthorizedRetry();
			return this.tokenManager.getToken().flatMap((fresh) -> {
				String header = header(fresh.getTokenValue());
				int left = this.tokenManager.isOwnToken(fresh) ? 0 : resends - 1;
				return exchange(withToken(request, header), header, next, left);
			});
		}));
	}

	private ClientRequest withToken(ClientRequest request, String header) {
		return ClientRequest.from(request).headers((headers) -> headers.set(HttpHeaders.AUTHORIZATION, header)).build();
	}

	private String header(String tokenValue) {
		BearerHeader last = this.lastHeader;
		if (last != null && last.tokenValue().equals(tokenValue)) {
			return last.header();
		}
		BearerHeader header = new BearerHeader(tokenValue, BEARER + tokenValue);
		this.lastHeader = header;
		return header.header();
	}

	private record BearerHeader(String tokenValue, String header) {

		@Override
		public String toString() {
			return "BearerHeader[masked]";
		}

	}

	private Mono<ClientResponse> send(ClientRequest request, ExchangeFunction next) {
		return next.exchange(request).onErrorMap(WebClientRequestException.class, (ex) -> {
			UmbracoIoException timeout = (this.timeouts != null) ? this.timeouts.translate(request, ex) : null;
			return (timeout != null) ? timeout : new UmbracoIoException(request.method(), request.url(), ex);
		});
	}

}
