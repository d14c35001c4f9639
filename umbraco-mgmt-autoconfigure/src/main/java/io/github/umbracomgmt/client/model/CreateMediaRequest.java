package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code CreateMediaRequestModel}.
 *
 * @param values the {@code values} (required)
 * @param variants the {@code variants} (required)
 * @param id the {@code id}
 * @param parent the {@code parent}
 * @param mediaType the {@code mediaType} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateMediaRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) List<MediaValue> values,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<MediaVariantRequest> variants,
		UUID id,
		ReferenceById parent,
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById mediaType) {
}
