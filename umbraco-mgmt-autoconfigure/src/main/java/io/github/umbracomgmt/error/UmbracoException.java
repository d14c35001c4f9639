package io.github.umbracomgmt.error;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception this library throws. Unchecked; messages never contain a client
 * secret or a token.
 *
 * @author umbraco-mgmt
 */
public class UmbracoException extends RuntimeException {

	/**
	 * Creates a new instance.
	 * @param message the message
	 * @param cause the cause, or {@code null}
	 */
	public UmbracoException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

	/**
	 * The innermost cause of a failure, as {@code ExceptionType: message}, for messages
	 * about I/O failures whose outer layers (Reactor, WebClient) only wrap it.
	 * @param failure the failure
	 * @return the description
	 */
	static String describeRootCause(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return root.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

}
