package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code MediaResponseModel}.
 *
 * @param values the {@code values} (required)
 * @param variants the {@code variants} (required)
 * @param id the {@code id} (required)
 * @param urls the {@code urls} (required)
 * @param isTrashed the {@code isTrashed} (required)
 * @param mediaType the {@code mediaType} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) List<MediaValueResponse> values,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<MediaVariantResponse> variants,
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<MediaUrlInfo> urls,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isTrashed,
		@JsonInclude(JsonInclude.Include.ALWAYS) MediaTypeReferenceResponse mediaType) {
}
