package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DocumentReferenceResponseModel}.
 *
 * @param id the {@code id} (required)
 * @param name the {@code name}
 * @param published the {@code published}
 * @param documentType the {@code documentType} (required)
 * @param variants the {@code variants} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentReferenceResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		String name,
		Boolean published,
		@JsonInclude(JsonInclude.Include.ALWAYS) TrackedReferenceDocumentType documentType,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<DocumentVariantItemResponse> variants) implements ReferenceResponse {
}
