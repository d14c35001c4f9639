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
		@JsonInclude(JsonInclude.Include.ALWAYS) String version,
		@JsonInclude(JsonInclude.Include.ALWAYS) String assemblyVersion,
		@JsonInclude(JsonInclude.Include.ALWAYS) String baseUtcOffset,
		@JsonInclude(JsonInclude.Include.ALWAYS) RuntimeMode runtimeMode) {
}
