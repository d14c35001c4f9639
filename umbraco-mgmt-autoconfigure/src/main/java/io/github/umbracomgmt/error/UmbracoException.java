package io.github.umbracomgmt.error;

/**
 * Root of every exception this library throws. Unchecked; messages never contain a client secret or a token.
 *
 * @author umbraco-mgmt
 */
public class UmbracoException extends RuntimeException {

	/**
	 * Creates a new instance.
	 * @param message the message
	 * @param cause the cause, or {@code null}
	 */
	public UmbracoException(String message, Throwable cause) {
		super(message, cause);
	}

}
