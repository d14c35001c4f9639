package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DocumentItemResponseModel}.
 *
 * @param id the {@code id} (required)
 * @param isTrashed the {@code isTrashed} (required)
 * @param isProtected the {@code isProtected} (required)
 * @param parent the {@code parent}
 * @param hasChildren the {@code hasChildren} (required)
 * @param documentType the {@code documentType} (required)
 * @param variants the {@code variants} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentItemResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isTrashed,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isProtected,
		ReferenceById parent,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean hasChildren,
		@JsonInclude(JsonInclude.Include.ALWAYS) DocumentTypeReferenceResponse documentType,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<DocumentVariantItemResponse> variants) {
}
