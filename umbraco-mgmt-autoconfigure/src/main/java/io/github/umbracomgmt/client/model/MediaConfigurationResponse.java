package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code MediaConfigurationResponseModel}.
 *
 * @param disableDeleteWhenReferenced the {@code disableDeleteWhenReferenced} (required)
 * @param disableUnpublishWhenReferenced the {@code disableUnpublishWhenReferenced} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaConfigurationResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean disableDeleteWhenReferenced,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean disableUnpublishWhenReferenced) {
}
