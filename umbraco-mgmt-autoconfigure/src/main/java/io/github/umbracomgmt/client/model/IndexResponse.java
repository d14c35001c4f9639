package io.github.umbracomgmt.client.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code IndexResponseModel}.
 *
 * @param name the {@code name} (required)
 * @param healthStatus the {@code healthStatus} (required)
 * @param canRebuild the {@code canRebuild} (required)
 * @param searcherName the {@code searcherName} (required)
 * @param documentCount the {@code documentCount} (required)
 * @param fieldCount the {@code fieldCount} (required)
 * @param providerProperties the {@code providerProperties}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndexResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		@JsonInclude(JsonInclude.Include.ALWAYS) HealthStatusResponse healthStatus,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean canRebuild,
		@JsonInclude(JsonInclude.Include.ALWAYS) String searcherName,
		@JsonInclude(JsonInclude.Include.ALWAYS) Long documentCount,
		@JsonInclude(JsonInclude.Include.ALWAYS) Integer fieldCount,
		Map<String, Object> providerProperties) {
}
