package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DocumentTypeCompositionModel}.
 *
 * @param documentType the {@code documentType} (required)
 * @param compositionType the {@code compositionType} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentTypeComposition(
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById documentType,
		@JsonInclude(JsonInclude.Include.ALWAYS) CompositionType compositionType) {
}
