package io.github.umbracomgmt.client.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code MediaRecycleBinItemResponseModel}.
 *
 * @param id the {@code id} (required)
 * @param createDate the {@code createDate} (required)
 * @param hasChildren the {@code hasChildren} (required)
 * @param parent the {@code parent}
 * @param mediaType the {@code mediaType} (required)
 * @param variants the {@code variants} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaRecycleBinItemResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) OffsetDateTime createDate,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean hasChildren,
		ItemReferenceByIdResponse parent,
		@JsonInclude(JsonInclude.Include.ALWAYS) MediaTypeReferenceResponse mediaType,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<VariantItemResponse> variants) {
}
