package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code MediaTypePropertyTypeReferenceResponseModel}.
 *
 * @param id the {@code id} (required)
 * @param name the {@code name}
 * @param alias the {@code alias}
 * @param mediaType the {@code mediaType} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaTypePropertyTypeReferenceResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		String name,
		String alias,
		@JsonInclude(JsonInclude.Include.ALWAYS) TrackedReferenceMediaType mediaType) implements ReferenceResponse {
}
