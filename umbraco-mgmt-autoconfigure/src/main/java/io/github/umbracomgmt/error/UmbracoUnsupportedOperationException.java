package io.github.umbracomgmt.error;

/**
 * The Management API answered 404 Not Found, without ProblemDetails, to an operation that
 * the server's Umbraco version does not have: the operation was introduced by a newer
 * version, or removed before the server's. Instead of a bare "not found", it names the
 * operation, the version that introduced it (and removed it, if it did) and the server's
 * version.
 *
 * @author umbraco-mgmt
 */
public class UmbracoUnsupportedOperationException extends UmbracoNotFoundException {

	private final String operationId;

	private final String since;

	private final String removed;

	private final String serverVersion;

	/**
	 * Creates a new instance.
	 * @param notFound the 404 the server answered
	 * @param operationId the operation's id, e.g. {@code GetElementById}
	 * @param since the first Umbraco version that has the operation, e.g. {@code 18.0}
	 * @param removed the first Umbraco version that no longer has it, or empty
	 * @param serverVersion the server's version, e.g. {@code 17.3.0}
	 */
	public UmbracoUnsupportedOperationException(UmbracoNotFoundException notFound, String operationId, String since,
			String removed, String serverVersion) {
		super(notFound.getMethod(), notFound.getUri(), notFound.getStatusCode(), notFound.getHeaders(), null,
				notFound.getNotifications());
		this.operationId = operationId;
		this.since = since;
		this.removed = removed;
		this.serverVersion = serverVersion;
	}

	@Override
	public String getMessage() {
		String versions = (this.removed.isEmpty()) ? "introduced in Umbraco " + this.since
				: "introduced in Umbraco " + this.since + " and removed in Umbraco " + this.removed;
		return "The server runs Umbraco " + this.serverVersion + ", which does not have the operation "
				+ this.operationId + " (" + versions + "): " + super.getMessage();
	}

	/**
	 * The operation's id in the OpenAPI document.
	 * @return e.g. {@code GetElementById}
	 */
	public String getOperationId() {
		return this.operationId;
	}

	/**
	 * The first Umbraco version that has the operation.
	 * @return e.g. {@code 18.0}
	 */
	public String getSince() {
		return this.since;
	}

	/**
	 * The first Umbraco version that no longer has the operation.
	 * @return e.g. {@code 18.0}, or empty when it still exists
	 */
	public String getRemoved() {
		return this.removed;
	}

	/**
	 * The version the server reports at {@code /server/information}.
	 * @return e.g. {@code 17.3.0}
	 */
	public String getServerVersion() {
		return this.serverVersion;
	}

}
