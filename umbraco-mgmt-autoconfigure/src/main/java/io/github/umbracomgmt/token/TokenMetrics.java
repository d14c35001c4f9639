package io.github.umbracomgmt.token;

/**
 * What the token manager reports about its work; {@link #NONE} when no meter registry is
 * present.
 *
 * @author umbraco-mgmt
 */
public interface TokenMetrics {

	/** Reports nothing. */
	TokenMetrics NONE = new TokenMetrics() {
	};

	/**
	 * A token request went to the token endpoint.
	 * @param success whether it returned a token
	 */
	default void tokenRequest(boolean success) {
	}

	/**
	 * A caller was served the cached token without a request.
	 */
	default void cacheHit() {
	}

	/**
	 * A token due for refresh was replaced, or could not be: ahead of its expiry in the
	 * background while callers went on with it, or after it expired. Not called for a
	 * cold start or after a 401.
	 * @param success whether a new token was obtained
	 */
	default void refresh(boolean success) {
	}

	/**
	 * A caller failed at once because the token endpoint is backing off after failures.
	 */
	default void rejectedDuringBackoff() {
	}

	/**
	 * An API request answered 401 and was retried once with a fresh token.
	 */
	default void unauthorizedRetry() {
	}

}
