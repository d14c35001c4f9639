package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code WebhookEventModel}.
 *
 * @param eventName the {@code eventName} (required)
 * @param eventType the {@code eventType} (required)
 * @param alias the {@code alias} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookEvent(
		@JsonInclude(JsonInclude.Include.ALWAYS) String eventName,
		@JsonInclude(JsonInclude.Include.ALWAYS) String eventType,
		@JsonInclude(JsonInclude.Include.ALWAYS) String alias) {
}
