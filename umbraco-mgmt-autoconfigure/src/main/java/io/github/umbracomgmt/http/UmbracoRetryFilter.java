package io.github.umbracomgmt.http;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

import io.github.umbracomgmt.error.RetryAfter;
import io.github.umbracomgmt.error.UmbracoCircuitOpenException;
import io.github.umbracomgmt.error.UmbracoIoException;
import io.github.umbracomgmt.error.UmbracoTimeoutException;

/**
 * Retries Management API calls that failed for a reason that may pass: a proxy's
 * 502/503/504, a rate limiter's 429 (honouring {@code Retry-After}), a 408, or a failure
 * without a response. What is retried, and how long to wait, is an
 * {@link UmbracoRetryPolicy}.
 *
 * <p>
 * Each attempt is a new subscription to the rest of the filter chain, so it goes through
 * the bearer filter again and carries the current token; the bearer filter's own retry
 * after a 401 happens inside one attempt and is not counted here. A failed token request
 * is not retried: the token manager has its own backoff. When attempts or time run out,
 * the last response is handed on unchanged, so the caller gets the usual exception
 * ({@code UmbracoServerException}, {@code UmbracoRateLimitException}) with its
 * {@code Retry-After}.
 *
 * <p>
 * The total timeout bounds a retried call: no wait is started that would end after it,
 * and from the first retry on the rest of the call is cut when it runs out. The first
 * attempt is limited by the attempt timeout, if set, and by the connector's connect and
 * response timeouts; a call that succeeds at once costs no backoff, no retry operator and
 * no timer.
 *
 * @author umbraco-mgmt
 */
public final class UmbracoRetryFilter implements ExchangeFilterFunction {

	/**
	 * Request attribute that marks a body that cannot be sent twice (e.g. a stream read
	 * as it is sent): such a request is never retried.
	 */
	public static final String NON_REPLAYABLE_BODY_ATTRIBUTE = UmbracoRetryFilter.class.getName()
			+ ".nonReplayableBody";

	private static final Log logger = LogFactory.getLog(UmbracoRetryFilter.class);

	private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 502, 503, 504);

	private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.TRACE);

	private static final Set<HttpMethod> IDEMPOTENT_WRITES = Set.of(HttpMethod.PUT, HttpMethod.DELETE);

	private final UmbracoRetryPolicy policy;

	UmbracoRetryFilter(UmbracoRetryPolicy policy) {
		this.policy = policy;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		// The success path is one attempt with two cheap checks: no backoff is started,
		// no Reactor retry operator is subscribed and no timer is scheduled until an
		// attempt has failed. A per-call timer (Mono.timeout) scheduled and cancelled a
		// task on a shared scheduler, and built its description, for every call.
		return Mono.defer(() -> attempt(new Call(request, now()), next));
	}

	private Mono<ClientResponse> attempt(Call call, ExchangeFunction next) {
		int attempt = ++call.attempts;
		ClientRequest request = call.request;
		// a retry drops the token put on the request when it was built, so the bearer
		// filter asks the token manager for the current one: the wait may have outlasted
		// it
		Mono<ClientResponse> exchange = next.exchange((attempt == 1) ? request
				: ClientRequest.from(request).headers((headers) -> headers.remove(HttpHeaders.AUTHORIZATION)).build());
		Duration timeout = this.policy.attemptTimeout();
		if (timeout != null) {
			exchange = limit(exchange, request, timeout, timeout, "attempt-timeout");
		}
		// two operators on the success path. The failure check judges this attempt's
		// failures only: what the retry it starts fails with passes on unjudged (it was
		// judged there). The response check after it also sees the responses of the
		// attempts after this one, already judged there: it hands those on as they are.
		return exchange.onErrorResume((ex) -> {
			Duration delay = retryDelay(call, ex);
			return (delay != null) ? retry(call, delay, next) : Mono.error(ex);
		}).flatMap((response) -> {
			Duration delay = (call.attempts == attempt) ? retryDelay(call, response) : null;
			return (delay != null) ? response.releaseBody().then(Mono.defer(() -> retry(call, delay, next)))
					: Mono.just(response);
		});
	}

	/**
	 * The wait and the attempts after it. The first retry of a call arms the total
	 * timeout for the rest of the call: the time left of it since the call started.
	 */
	private Mono<ClientResponse> retry(Call call, Duration delay, ExchangeFunction next) {
		Mono<ClientResponse> retried = Mono.delay(delay, this.policy.scheduler())
			.then(Mono.defer(() -> attempt(call, next)));
		Duration total = this.policy.totalTimeout();
		if (total == null || call.deadlineArmed) {
			return retried;
		}
		call.deadlineArmed = true;
		Duration left = Duration.ofMillis(Math.max(0, call.startedAt + total.toMillis() - now()));
		return limit(retried, call.request, left, total, "total-timeout");
	}

	/**
	 * Cuts {@code exchange} after {@code after}, failing with a message that names the
	 * {@code limit} and its property.
	 */
	private Mono<ClientResponse> limit(Mono<ClientResponse> exchange, ClientRequest request, Duration after,
			Duration limit, String property) {
		return exchange.timeout(after, this.policy.scheduler())
			.onErrorMap(TimeoutException.class, (ex) -> new UmbracoTimeoutException(request.method(), request.url(),
					limit, this.policy.property(property), ex));
	}

	/**
	 * The wait before the next attempt after a failure without a response, or
	 * {@code null} to give up.
	 */
	private @Nullable Duration retryDelay(Call call, Throwable failure) {
		if (!(failure instanceof UmbracoIoException) || failure instanceof UmbracoCircuitOpenException
				|| !replayable(call.request)) {
			return null;
		}
		HttpMethod method = call.request.method();
		boolean notSent = notConnected(failure);
		if (!notSent && !retriesOnFailure(method)) {
			return null;
		}
		String status = (failure instanceof UmbracoTimeoutException) ? "TIMEOUT" : "IO_ERROR";
		return schedule(call, status, Optional.empty(), failure.getMessage());
	}

	/**
	 * The wait before the next attempt after a response, or {@code null} to hand the
	 * response on.
	 */
	private @Nullable Duration retryDelay(Call call, ClientResponse response) {
		int status = response.statusCode().value();
		if (!RETRYABLE_STATUSES.contains(status) || !retriesOnFailure(call.request.method())
				|| !replayable(call.request)) {
			return null;
		}
		Optional<Duration> retryAfter = RetryAfter.of(response.headers().asHttpHeaders(),
				this.policy.clock().instant());
		if (retryAfter.isPresent() && retryAfter.get().compareTo(this.policy.maxRetryAfter()) > 0) {
			record(call, String.valueOf(status), "retry_after_too_long");
			if (logger.isDebugEnabled()) {
				logger.debug("Not retrying " + describe(call) + " after " + status + ": Retry-After "
						+ UmbracoTimeoutException.format(retryAfter.get()) + " is longer than "
						+ UmbracoTimeoutException.format(this.policy.maxRetryAfter()) + " ("
						+ this.policy.property("max-retry-after") + ")");
			}
			return null;
		}
		return schedule(call, String.valueOf(status), retryAfter, "HTTP " + status);
	}

	private @Nullable Duration schedule(Call call, String status, Optional<Duration> retryAfter,
			@Nullable String reason) {
		if (call.backOff == null) {
			call.backOff = this.policy.backOff().start();
		}
		long backoff = call.backOff.nextBackOff();
		if (call.attempts >= this.policy.maxAttempts() || backoff == BackOffExecution.STOP) {
			record(call, status, "exhausted");
			if (logger.isDebugEnabled()) {
				logger.debug("Giving up on " + describe(call) + " after " + call.attempts + " attempt"
						+ ((call.attempts > 1) ? "s" : "") + " (" + this.policy.property("max-attempts") + "): "
						+ reason);
			}
			return null;
		}
		Duration delay = retryAfter.orElse(Duration.ofMillis(backoff));
		Duration total = this.policy.totalTimeout();
		if (total != null && now() + delay.toMillis() > call.startedAt + total.toMillis()) {
			record(call, status, "exhausted");
			if (logger.isDebugEnabled()) {
				logger.debug("Giving up on " + describe(call) + ": waiting " + UmbracoTimeoutException.format(delay)
						+ " would pass " + this.policy.property("total-timeout") + " ("
						+ UmbracoTimeoutException.format(total) + "): " + reason);
			}
			return null;
		}
		record(call, status, "retried");
		if (logger.isDebugEnabled()) {
			logger.debug("Retrying " + describe(call) + " in " + UmbracoTimeoutException.format(delay)
					+ (retryAfter.isPresent() ? " (Retry-After)" : "") + ", attempt " + (call.attempts + 1) + " of "
					+ this.policy.maxAttempts() + ": " + reason);
		}
		return delay;
	}

	private boolean retriesOnFailure(HttpMethod method) {
		return SAFE_METHODS.contains(method) || (this.policy.idempotentWrites() && IDEMPOTENT_WRITES.contains(method));
	}

	private static boolean replayable(ClientRequest request) {
		return !Boolean.TRUE.equals(request.attributes().get(NON_REPLAYABLE_BODY_ATTRIBUTE));
	}

	/**
	 * Whether the connection could not be established at all, so not a byte of the
	 * request was sent.
	 */
	private static boolean notConnected(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
					|| cause instanceof HttpConnectTimeoutException) {
				return true;
			}
		}
		return false;
	}

	private void record(Call call, String status, String outcome) {
		this.policy.metrics().retry(call.request.method(), status, outcome);
	}

	private static String describe(Call call) {
		return call.request.method() + " " + call.request.url().getRawPath();
	}

	private long now() {
		return this.policy.scheduler().now(TimeUnit.MILLISECONDS);
	}

	@Override
	public String toString() {
		return "UmbracoRetryFilter[" + this.policy + "]";
	}

	/** The state of one call across its attempts. */
	private static final class Call {

		private final ClientRequest request;

		private final long startedAt;

		/** Started at the first failure: a call that succeeds at once needs none. */
		private @Nullable BackOffExecution backOff;

		private int attempts;

		/** Whether the total timeout is running (from the first retry on). */
		private boolean deadlineArmed;

		Call(ClientRequest request, long startedAt) {
			this.request = request;
			this.startedAt = startedAt;
		}

	}

}
