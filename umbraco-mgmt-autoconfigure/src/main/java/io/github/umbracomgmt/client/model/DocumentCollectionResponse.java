package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DocumentCollectionResponseModel}.
 *
 * @param values the {@code values} (required)
 * @param variants the {@code variants} (required)
 * @param id the {@code id} (required)
 * @param creator the {@code creator}
 * @param sortOrder the {@code sortOrder} (required)
 * @param documentType the {@code documentType} (required)
 * @param isTrashed the {@code isTrashed} (required)
 * @param isProtected the {@code isProtected} (required)
 * @param ancestors the {@code ancestors} (required)
 * @param updater the {@code updater}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentCollectionResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) List<DocumentValueResponse> values,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<DocumentVariantResponse> variants,
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		String creator,
		@JsonInclude(JsonInclude.Include.ALWAYS) Integer sortOrder,
		@JsonInclude(JsonInclude.Include.ALWAYS) DocumentTypeCollectionReferenceResponse documentType,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isTrashed,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isProtected,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<ReferenceById> ancestors,
		String updater) {
}
