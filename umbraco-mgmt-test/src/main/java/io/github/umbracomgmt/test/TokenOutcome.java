package io.github.umbracomgmt.test;

/**
 * How the token endpoint answered, so tests can count what a client's token manager
 * caused (one issued token for many concurrent callers, no retry storm after
 * {@code invalid_client}, ...).
 */
public enum TokenOutcome {

	/** 200 with a new access token. */
	ISSUED,

	/**
	 * 401 {@code invalid_client}: no credentials, an unknown client, a wrong secret or a
	 * disabled API user.
	 */
	INVALID_CLIENT,

	/**
	 * 400 {@code invalid_request}: a malformed request, e.g. credentials both in the form
	 * and in Basic auth.
	 */
	INVALID_REQUEST,

	/**
	 * 400 {@code unsupported_grant_type}: any grant other than
	 * {@code client_credentials}.
	 */
	UNSUPPORTED_GRANT_TYPE

}
