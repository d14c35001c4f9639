package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code MediaTypeCompositionModel}.
 *
 * @param mediaType the {@code mediaType} (required)
 * @param compositionType the {@code compositionType} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaTypeComposition(
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById mediaType,
		@JsonInclude(JsonInclude.Include.ALWAYS) CompositionType compositionType) {
}
