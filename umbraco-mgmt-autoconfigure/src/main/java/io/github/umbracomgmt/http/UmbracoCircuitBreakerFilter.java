package io.github.umbracomgmt.http;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import reactor.core.publisher.Mono;

import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

import io.github.umbracomgmt.error.UmbracoAuthenticationException;
import io.github.umbracomgmt.error.UmbracoCircuitOpenException;
import io.github.umbracomgmt.error.UmbracoServerException;

/**
 * Sends Management API calls through a Resilience4j {@link CircuitBreaker}: while Umbraco
 * is down, calls fail within milliseconds with {@link UmbracoCircuitOpenException}
 * instead of each waiting for a timeout, and after the breaker's wait one probe goes
 * through and closes it again when Umbraco answers.
 *
 * <p>
 * The breaker, its thresholds, its metrics and its actuator endpoints are Resilience4j's
 * own. What it counts:
 * <ul>
 * <li>a failure: a response of 500, 502, 503 or 504 (recorded as an
 * {@link UmbracoServerException}, so a breaker's {@code record-exceptions} /
 * {@code ignore-exceptions} can name it) and a failure without a response
 * ({@code UmbracoIoException}, timeouts included);</li>
 * <li>a success: any other response, 4xx included: Umbraco answered;</li>
 * <li>nothing: a failed token request ({@link UmbracoAuthenticationException}), which the
 * token manager already backs off from, and a cancelled call.</li>
 * </ul>
 * Register it after (inside) the retry filter, so each attempt is counted and an open
 * breaker is not retried, and before (outside) the bearer filter.
 *
 * @author umbraco-mgmt
 */
public final class UmbracoCircuitBreakerFilter implements ExchangeFilterFunction {

	private final CircuitBreaker circuitBreaker;

	private UmbracoCircuitBreakerFilter(CircuitBreaker circuitBreaker) {
		Assert.notNull(circuitBreaker, "circuitBreaker must not be null");
		this.circuitBreaker = circuitBreaker;
	}

	/**
	 * Creates a filter over a breaker, typically from a {@code CircuitBreakerRegistry}.
	 * @param circuitBreaker the breaker
	 * @return the filter
	 */
	public static UmbracoCircuitBreakerFilter of(CircuitBreaker circuitBreaker) {
		return new UmbracoCircuitBreakerFilter(circuitBreaker);
	}

	/**
	 * The breaker this filter reports to.
	 * @return the breaker
	 */
	public CircuitBreaker getCircuitBreaker() {
		return this.circuitBreaker;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return Mono.defer(() -> {
			CircuitBreaker breaker = this.circuitBreaker;
			if (!breaker.tryAcquirePermission()) {
				return Mono.error(new UmbracoCircuitOpenException(request.method(), request.url(), breaker.getName(),
						state(breaker), null));
			}
			long start = breaker.getCurrentTimestamp();
			AtomicBoolean settled = new AtomicBoolean();
			return next.exchange(request).doOnNext((response) -> {
				if (settled.compareAndSet(false, true)) {
					long elapsed = breaker.getCurrentTimestamp() - start;
					if (isFailure(response.statusCode().value())) {
						breaker.onError(elapsed, breaker.getTimestampUnit(),
								new UmbracoServerException(request.method(), request.url(), response.statusCode(),
										response.headers().asHttpHeaders(), null, List.of()));
					}
					else {
						breaker.onSuccess(elapsed, breaker.getTimestampUnit());
					}
				}
			}).doOnError((ex) -> {
				if (settled.compareAndSet(false, true)) {
					if (ex instanceof UmbracoAuthenticationException) {
						breaker.releasePermission();
					}
					else {
						breaker.onError(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), ex);
					}
				}
			}).doFinally((signal) -> {
				// cancelled or completed empty: the call says nothing about Umbraco's
				// health
				if (settled.compareAndSet(false, true)) {
					breaker.releasePermission();
				}
			});
		});
	}

	private static boolean isFailure(int status) {
		return status == 500 || status == 502 || status == 503 || status == 504;
	}

	private static String state(CircuitBreaker breaker) {
		float failureRate = breaker.getMetrics().getFailureRate();
		return breaker.getState() + ((failureRate >= 0)
				? String.format(java.util.Locale.ROOT, " (failure rate %.1f%%)", failureRate) : "");
	}

	@Override
	public String toString() {
		return "UmbracoCircuitBreakerFilter[" + this.circuitBreaker.getName() + "]";
	}

}
