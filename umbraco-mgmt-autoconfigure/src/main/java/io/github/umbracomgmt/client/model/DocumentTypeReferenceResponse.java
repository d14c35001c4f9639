package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DocumentTypeReferenceResponseModel}.
 *
 * @param id the {@code id} (required)
 * @param icon the {@code icon} (required)
 * @param collection the {@code collection}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentTypeReferenceResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) String icon,
		ReferenceById collection) {
}
