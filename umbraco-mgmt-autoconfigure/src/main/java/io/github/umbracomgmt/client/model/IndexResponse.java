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
		String name,
		HealthStatusResponse healthStatus,
		Boolean canRebuild,
		String searcherName,
		Long documentCount,
		Integer fieldCount,
		Map<String, Object> providerProperties) {
}
