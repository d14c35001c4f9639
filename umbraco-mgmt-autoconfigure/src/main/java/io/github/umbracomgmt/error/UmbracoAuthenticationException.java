package io.github.umbracomgmt.error;

import org.jspecify.annotations.Nullable;

/**
 * No access token could be obtained from Umbraco's token endpoint: the credentials were
 * rejected (OAuth {@code invalid_client}), the endpoint answered something else than a
 * token, or it could not be reached.
 *
 * <p>
 * The message reads like Umbraco's own example
 * ({@code Error obtaining a token: <description>}) and never contains the client secret.
 *
 * @author umbraco-mgmt
 */
public class UmbracoAuthenticationException extends UmbracoException {

	private final @Nullable String error;

	private final @Nullable String errorDescription;

	private final @Nullable String errorUri;

	/**
	 * Creates a new instance.
	 * @param error the OAuth error code, e.g. {@code invalid_client}, or {@code null} for
	 * an I/O failure
	 * @param errorDescription the OAuth error description, or {@code null}
	 * @param errorUri the OAuth error URI, or {@code null}
	 * @param detail what else the caller should know (e.g. the backoff), or {@code null}
	 * @param cause the underlying failure, or {@code null}
	 */
	public UmbracoAuthenticationException(@Nullable String error, @Nullable String errorDescription,
			@Nullable String errorUri, @Nullable String detail, @Nullable Throwable cause) {
		super(message(error, errorDescription, detail, cause), cause);
		this.error = error;
		this.errorDescription = errorDescription;
		this.errorUri = errorUri;
	}

	private static String message(@Nullable String error, @Nullable String description, @Nullable String detail,
			@Nullable Throwable cause) {
		StringBuilder message = new StringBuilder("Error obtaining a token: ");
		if (description != null && !description.isBlank()) {
			message.append(description);
			if (error != null) {
				message.append(" (").append(error).append(')');
			}
		}
		else if (error != null) {
			message.append(error);
		}
		else if (cause != null) {
			message.append(cause.getClass().getSimpleName());
			if (cause.getMessage() != null) {
				message.append(": ").append(cause.getMessage());
			}
		}
		else {
			message.append("unknown failure");
		}
		if (detail != null) {
			message.append("; ").append(detail);
		}
		return message.toString();
	}

	/**
	 * The token endpoint could not be reached or gave no HTTP answer. When it did not
	 * answer within a configured time limit, the message names the limit and its property
	 * instead of the I/O failure.
	 * @param tokenUri the token endpoint
	 * @param cause the I/O failure
	 * @return the exception, with no OAuth error code
	 */
	public static UmbracoAuthenticationException unreachable(String tokenUri, Throwable cause) {
		UmbracoTimeoutException timeout = timeoutIn(cause);
		if (timeout != null) {
			// the endpoint was reached: say which limit it did not answer within, and
			// where to change it
			return new UmbracoAuthenticationException(null,
					tokenUri + " " + UmbracoTimeoutException.describe(timeout.getTimeout(), timeout.getProperty()),
					null, null, cause);
		}
		return new UmbracoAuthenticationException(null,
				"could not reach " + tokenUri + " (" + describeRootCause(cause) + ")", null, null, cause);
	}

	private static @Nullable UmbracoTimeoutException timeoutIn(Throwable failure) {
		for (Throwable current = failure; current != null; current = (current.getCause() != current)
				? current.getCause() : null) {
			if (current instanceof UmbracoTimeoutException timeout) {
				return timeout;
			}
		}
		return null;
	}

	/**
	 * The OAuth error code, e.g. {@code invalid_client}.
	 * @return the code, or {@code null} when the endpoint could not be reached
	 */
	public @Nullable String getError() {
		return this.error;
	}

	/**
	 * The OAuth error description, e.g.
	 * {@code The specified client credentials are invalid.}.
	 * @return the description, or {@code null}
	 */
	public @Nullable String getErrorDescription() {
		return this.errorDescription;
	}

	/**
	 * The OAuth error URI.
	 * @return the URI, or {@code null}
	 */
	public @Nullable String getErrorUri() {
		return this.errorUri;
	}

	/**
	 * A new exception with the same error and an extra detail, for callers that share one
	 * failed token request.
	 * @param detail the detail to append, or {@code null}
	 * @return a new exception whose cause is the same as this one's
	 */
	public UmbracoAuthenticationException withDetail(@Nullable String detail) {
		return new UmbracoAuthenticationException(this.error, this.errorDescription, this.errorUri, detail, getCause());
	}

}
