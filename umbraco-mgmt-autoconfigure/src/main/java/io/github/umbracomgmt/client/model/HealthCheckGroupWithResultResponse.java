package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code HealthCheckGroupWithResultResponseModel}.
 *
 * @param checks the {@code checks} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthCheckGroupWithResultResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) List<HealthCheckWithResultPresentation> checks) {
}
