package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code ServerInformationResponseModel}.
 *
 * @param version the {@code version} (required)
 * @param assemblyVersion the {@code assemblyVersion} (required)
 * @param baseUtcOffset the {@code baseUtcOffset} (required)
 * @param runtimeMode the {@code runtimeMode} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServerInformationResponse(
		String version,
		String assemblyVersion,
		String baseUtcOffset,
		RuntimeMode runtimeMode) {
}
