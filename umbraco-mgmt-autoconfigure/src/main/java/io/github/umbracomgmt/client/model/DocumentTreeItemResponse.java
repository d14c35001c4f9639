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
		Boolean hasChildren,
		ReferenceById parent,
		Boolean noAccess,
		Boolean isTrashed,
		UUID id,
		OffsetDateTime createDate,
		Boolean isProtected,
		List<ReferenceById> ancestors,
		DocumentTypeReferenceResponse documentType,
		List<DocumentVariantItemResponse> variants) {
}
