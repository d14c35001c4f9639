package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code WebhookItemResponseModel}.
 *
 * @param enabled the {@code enabled} (required)
 * @param name the {@code name} (required)
 * @param events the {@code events} (required)
 * @param url the {@code url} (required)
 * @param types the {@code types} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookItemResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean enabled,
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		@JsonInclude(JsonInclude.Include.ALWAYS) String events,
		@JsonInclude(JsonInclude.Include.ALWAYS) String url,
		@JsonInclude(JsonInclude.Include.ALWAYS) String types) {
}
