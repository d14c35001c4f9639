package io.github.umbracomgmt.client.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DocumentTreeItemResponseModel}.
 *
 * @param hasChildren the {@code hasChildren} (required)
 * @param parent the {@code parent}
 * @param noAccess the {@code noAccess} (required)
 * @param isTrashed the {@code isTrashed} (required)
 * @param id the {@code id} (required)
 * @param createDate the {@code createDate} (required)
 * @param isProtected the {@code isProtected} (required)
 * @param ancestors the {@code ancestors} (required)
 * @param documentType the {@code documentType} (required)
 * @param variants the {@code variants} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentTreeItemResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean hasChildren,
		ReferenceById parent,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean noAccess,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isTrashed,
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) OffsetDateTime createDate,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isProtected,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<ReferenceById> ancestors,
		@JsonInclude(JsonInclude.Include.ALWAYS) DocumentTypeReferenceResponse documentType,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<DocumentVariantItemResponse> variants) {
}
