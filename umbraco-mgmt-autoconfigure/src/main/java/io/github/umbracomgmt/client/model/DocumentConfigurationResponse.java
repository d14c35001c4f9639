package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DocumentConfigurationResponseModel}.
 *
 * @param disableDeleteWhenReferenced the {@code disableDeleteWhenReferenced} (required)
 * @param disableUnpublishWhenReferenced the {@code disableUnpublishWhenReferenced} (required)
 * @param allowEditInvariantFromNonDefault the {@code allowEditInvariantFromNonDefault} (required)
 * @param allowNonExistingSegmentsCreation the {@code allowNonExistingSegmentsCreation} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentConfigurationResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean disableDeleteWhenReferenced,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean disableUnpublishWhenReferenced,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean allowEditInvariantFromNonDefault,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean allowNonExistingSegmentsCreation) {
}
