package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DocumentBlueprintTreeItemResponseModel}.
 *
 * @param hasChildren the {@code hasChildren} (required)
 * @param id the {@code id} (required)
 * @param parent the {@code parent}
 * @param name the {@code name} (required)
 * @param isFolder the {@code isFolder} (required)
 * @param documentType the {@code documentType}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentBlueprintTreeItemResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean hasChildren,
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		ReferenceById parent,
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isFolder,
		DocumentTypeReferenceResponse documentType) {
}
