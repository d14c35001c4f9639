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
		Boolean hasChildren,
		ReferenceById parent,
		Boolean noAccess,
		Boolean isTrashed,
		UUID id,
		OffsetDateTime createDate,
		MediaTypeReferenceResponse mediaType,
		List<VariantItemResponse> variants) {
}
