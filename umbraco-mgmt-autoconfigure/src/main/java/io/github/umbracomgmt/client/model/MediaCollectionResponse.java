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
		List<MediaValueResponse> values,
		List<MediaVariantResponse> variants,
		UUID id,
		String creator,
		Integer sortOrder,
		MediaTypeCollectionReferenceResponse mediaType) {
}
