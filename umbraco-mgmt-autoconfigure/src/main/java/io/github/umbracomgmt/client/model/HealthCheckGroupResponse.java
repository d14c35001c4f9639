package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code HealthCheckGroupResponseModel}.
 *
 * @param name the {@code name} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthCheckGroupResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) String name) {
}
