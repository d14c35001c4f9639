package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code MediaItemResponseModel}.
 *
 * @param id the {@code id} (required)
 * @param isTrashed the {@code isTrashed} (required)
 * @param parent the {@code parent}
 * @param hasChildren the {@code hasChildren} (required)
 * @param mediaType the {@code mediaType} (required)
 * @param variants the {@code variants} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaItemResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isTrashed,
		ReferenceById parent,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean hasChildren,
		@JsonInclude(JsonInclude.Include.ALWAYS) MediaTypeReferenceResponse mediaType,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<VariantItemResponse> variants) {
}
