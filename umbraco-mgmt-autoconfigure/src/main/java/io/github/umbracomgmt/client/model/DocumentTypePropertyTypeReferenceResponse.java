package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DocumentTypePropertyTypeReferenceResponseModel}.
 *
 * @param id the {@code id} (required)
 * @param name the {@code name}
 * @param alias the {@code alias}
 * @param documentType the {@code documentType} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentTypePropertyTypeReferenceResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		String name,
		String alias,
		@JsonInclude(JsonInclude.Include.ALWAYS) TrackedReferenceDocumentType documentType) implements ReferenceResponse {
}
