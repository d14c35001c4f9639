package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DocumentBlueprintResponseModel}.
 *
 * @param values the {@code values} (required)
 * @param variants the {@code variants} (required)
 * @param id the {@code id} (required)
 * @param documentType the {@code documentType} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentBlueprintResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) List<DocumentValueResponse> values,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<DocumentVariantResponse> variants,
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) DocumentTypeReferenceResponse documentType) {
}
