package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DocumentTypeCompositionRequestModel}.
 *
 * @param id the {@code id}
 * @param currentPropertyAliases the {@code currentPropertyAliases} (required)
 * @param currentCompositeIds the {@code currentCompositeIds} (required)
 * @param isElement the {@code isElement} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentTypeCompositionRequest(
		UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<String> currentPropertyAliases,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<UUID> currentCompositeIds,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isElement) {
}
