package io.github.umbracomgmt.test;

import java.util.UUID;

/**
 * The ids of the Umbraco health checks {@link UmbracoTestServer} knows, the same ids as
 * on a real site, for {@link TestHealthChecks#setResult(UUID, String, String)} and for
 * requests to {@code /health-check/execute-action}.
 */
public final class BuiltInHealthChecks {

	/**
	 * {@code Database data integrity check}, group {@code Data Integrity}; while failing
	 * it offers the actions {@code fixContentPaths} and {@code fixMediaPaths}.
	 */
	public static final UUID DATA_INTEGRITY = UUID.fromString("73dd0c1c-e0ca-4c31-9564-1dca509788af");

	/** {@code Notification Email Settings}, group {@code Configuration}. */
	public static final UUID NOTIFICATION_EMAIL = UUID.fromString("3e2f7b14-4b41-452b-9a30-e67fbc8e1206");

	/** {@code HTTPS Configuration}, group {@code Security}. */
	public static final UUID HTTPS = UUID.fromString("eb66bb3b-1bcd-4314-9531-9da2c1d6d9a7");

	/** {@code SMTP Settings}, group {@code Services}. */
	public static final UUID SMTP = UUID.fromString("1b5d221b-ce99-4193-97cb-5f3261ec73df");

	private BuiltInHealthChecks() {
	}

}
