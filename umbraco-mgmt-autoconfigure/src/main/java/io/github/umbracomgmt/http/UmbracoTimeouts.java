package io.github.umbracomgmt.http;

import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;

import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClientRequestException;

import io.github.umbracomgmt.error.UmbracoTimeoutException;

/**
 * The connect and response timeouts a site's connector was built with, and the properties
 * that set them, so that a request running into one fails with
 * {@link UmbracoTimeoutException} ("timed out after 1 s
 * (umbraco.management.response-timeout)") instead of a bare {@code ReadTimeoutException}.
 *
 * <p>
 * The API WebClient's bearer filter translates with them; a WebClient without one (the
 * token endpoint's) registers {@link #filter()} innermost, where it sees the transport's
 * failures before anything else wraps them. The connector reports its timeouts with its
 * own exception types; they are recognised by type for the JDK client and by name for
 * Reactor Netty, which need not be on the classpath.
 *
 * @author umbraco-mgmt
 */
public final class UmbracoTimeouts {

	private static final String NETTY_READ_TIMEOUT = "io.netty.handler.timeout.ReadTimeoutException";

	private static final String NETTY_CONNECT_TIMEOUT = "io.netty.channel.ConnectTimeoutException";

	private final Duration connectTimeout;

	private final Duration responseTimeout;

	private final String propertyPrefix;

	private UmbracoTimeouts(Duration connectTimeout, Duration responseTimeout, String propertyPrefix) {
		Assert.notNull(connectTimeout, "connectTimeout must not be null");
		Assert.notNull(responseTimeout, "responseTimeout must not be null");
		Assert.hasText(propertyPrefix, "propertyPrefix must not be empty");
		this.connectTimeout = connectTimeout;
		this.responseTimeout = responseTimeout;
		this.propertyPrefix = propertyPrefix;
	}

	/**
	 * Describes a site's timeouts.
	 * @param connectTimeout the connect timeout
	 * @param responseTimeout the response (read) timeout
	 * @param propertyPrefix the prefix of the site's properties, e.g.
	 * {@code umbraco.management}
	 * @return the timeouts
	 */
	public static UmbracoTimeouts of(Duration connectTimeout, Duration responseTimeout, String propertyPrefix) {
		return new UmbracoTimeouts(connectTimeout, responseTimeout, propertyPrefix);
	}

	/**
	 * A filter that turns the connector's timeout failures into
	 * {@link UmbracoTimeoutException}; other failures pass unchanged.
	 * @return the filter
	 */
	public ExchangeFilterFunction filter() {
		return this::filter;
	}

	private Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return next.exchange(request).onErrorMap(WebClientRequestException.class, (ex) -> {
			UmbracoTimeoutException timeout = translate(request, ex);
			return (timeout != null) ? timeout : ex;
		});
	}

	/**
	 * The timeout exception for a failure, when the failure is one of the connector's
	 * timeouts.
	 * @param request the request that failed
	 * @param failure the failure
	 * @return the exception naming the limit, or {@code null} when the failure is no
	 * timeout
	 */
	@Nullable UmbracoTimeoutException translate(ClientRequest request, Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			String name = cause.getClass().getName();
			if (cause instanceof HttpConnectTimeoutException || NETTY_CONNECT_TIMEOUT.equals(name)) {
				return new UmbracoTimeoutException(request.method(), request.url(), this.connectTimeout,
						this.propertyPrefix + ".connect-timeout", failure);
			}
			if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException
					|| cause instanceof TimeoutException || NETTY_READ_TIMEOUT.equals(name)) {
				return new UmbracoTimeoutException(request.method(), request.url(), this.responseTimeout,
						this.propertyPrefix + ".response-timeout", failure);
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return "UmbracoTimeouts[connect=" + this.connectTimeout + ", response=" + this.responseTimeout + ", properties="
				+ this.propertyPrefix + ".*]";
	}

}
