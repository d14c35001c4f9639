package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DocumentTypeCleanupModel}.
 *
 * @param preventCleanup the {@code preventCleanup} (required)
 * @param keepAllVersionsNewerThanDays the {@code keepAllVersionsNewerThanDays}
 * @param keepLatestVersionPerDayForDays the {@code keepLatestVersionPerDayForDays}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentTypeCleanup(
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean preventCleanup,
		Integer keepAllVersionsNewerThanDays,
		Integer keepLatestVersionPerDayForDays) {
}
