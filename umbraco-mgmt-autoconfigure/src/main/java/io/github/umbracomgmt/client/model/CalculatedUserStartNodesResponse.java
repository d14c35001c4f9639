package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code CalculatedUserStartNodesResponseModel}.
 *
 * @param id the {@code id} (required)
 * @param documentStartNodeIds the {@code documentStartNodeIds} (required)
 * @param hasDocumentRootAccess the {@code hasDocumentRootAccess} (required)
 * @param mediaStartNodeIds the {@code mediaStartNodeIds} (required)
 * @param hasMediaRootAccess the {@code hasMediaRootAccess} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CalculatedUserStartNodesResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<ReferenceById> documentStartNodeIds,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean hasDocumentRootAccess,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<ReferenceById> mediaStartNodeIds,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean hasMediaRootAccess) {
}
