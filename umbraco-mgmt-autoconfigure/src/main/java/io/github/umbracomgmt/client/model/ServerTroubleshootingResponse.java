package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code ServerTroubleshootingResponseModel}.
 *
 * @param items the {@code items} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServerTroubleshootingResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) List<ServerConfigurationItemResponse> items) {
}
