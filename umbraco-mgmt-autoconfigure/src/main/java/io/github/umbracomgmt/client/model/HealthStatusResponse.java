package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code HealthStatusResponseModel}.
 *
 * @param status the {@code status} (required)
 * @param message the {@code message}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthStatusResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) HealthStatus status,
		String message) {
}
