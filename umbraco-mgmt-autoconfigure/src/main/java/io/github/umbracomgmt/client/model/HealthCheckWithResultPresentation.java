package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code HealthCheckWithResultPresentationModel}.
 *
 * @param id the {@code id} (required)
 * @param results the {@code results}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthCheckWithResultPresentation(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		List<HealthCheckResultResponse> results) {
}
