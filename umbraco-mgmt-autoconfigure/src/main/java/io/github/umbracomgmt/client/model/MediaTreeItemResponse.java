package io.github.umbracomgmt.client.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code MediaTreeItemResponseModel}.
 *
 * @param hasChildren the {@code hasChildren} (required)
 * @param parent the {@code parent}
 * @param noAccess the {@code noAccess} (required)
 * @param isTrashed the {@code isTrashed} (required)
 * @param id the {@code id} (required)
 * @param createDate the {@code createDate} (required)
 * @param mediaType the {@code mediaType} (required)
 * @param variants the {@code variants} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaTreeItemResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean hasChildren,
		ReferenceById parent,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean noAccess,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isTrashed,
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) OffsetDateTime createDate,
		@JsonInclude(JsonInclude.Include.ALWAYS) MediaTypeReferenceResponse mediaType,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<VariantItemResponse> variants) {
}
