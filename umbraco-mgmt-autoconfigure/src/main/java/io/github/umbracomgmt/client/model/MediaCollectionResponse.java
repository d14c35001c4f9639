package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code MediaCollectionResponseModel}.
 *
 * @param values the {@code values} (required)
 * @param variants the {@code variants} (required)
 * @param id the {@code id} (required)
 * @param creator the {@code creator}
 * @param sortOrder the {@code sortOrder} (required)
 * @param mediaType the {@code mediaType} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaCollectionResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) List<MediaValueResponse> values,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<MediaVariantResponse> variants,
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		String creator,
		@JsonInclude(JsonInclude.Include.ALWAYS) Integer sortOrder,
		@JsonInclude(JsonInclude.Include.ALWAYS) MediaTypeCollectionReferenceResponse mediaType) {
}
