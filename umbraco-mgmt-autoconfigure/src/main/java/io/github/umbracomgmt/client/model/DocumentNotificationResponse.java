package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DocumentNotificationResponseModel}.
 *
 * @param actionId the {@code actionId} (required)
 * @param alias the {@code alias} (required)
 * @param subscribed the {@code subscribed} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentNotificationResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) String actionId,
		@JsonInclude(JsonInclude.Include.ALWAYS) String alias,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean subscribed) {
}
