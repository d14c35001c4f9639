package io.github.umbracomgmt.error;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * A request was not sent because the circuit breaker in front of the Umbraco site is
 * open: recent calls failed (the site is down or overloaded), so calls fail at once until
 * the breaker lets a probe through again. Nothing reached Umbraco, so the request can
 * safely be sent again later, whatever its method.
 *
 * @author umbraco-mgmt
 */
public class UmbracoCircuitOpenException extends UmbracoIoException {

	private final String circuitBreakerName;

	/**
	 * Creates a new instance.
	 * @param method the request's method
	 * @param uri the request's URI
	 * @param circuitBreakerName the name of the Resilience4j circuit breaker
	 * @param state what the breaker reports, e.g. {@code OPEN, failure rate 100.0%}
	 * @param cause the breaker's own exception, or {@code null}
	 */
	public UmbracoCircuitOpenException(HttpMethod method, URI uri, String circuitBreakerName, String state,
			@Nullable Throwable cause) {
		super(method, uri, method + " " + uri.getRawPath() + " not sent: the circuit breaker '" + circuitBreakerName
				+ "' is " + state + " after recent calls to Umbraco failed", cause);
		this.circuitBreakerName = circuitBreakerName;
	}

	/**
	 * The name of the circuit breaker, as Resilience4j's registry, metrics and actuator
	 * endpoints show it.
	 * @return the name
	 */
	public String getCircuitBreakerName() {
		return this.circuitBreakerName;
	}

}
