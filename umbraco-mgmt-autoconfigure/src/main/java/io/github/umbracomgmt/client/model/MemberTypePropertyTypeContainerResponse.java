package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code MemberTypePropertyTypeContainerResponseModel}.
 *
 * @param id the {@code id} (required)
 * @param parent the {@code parent}
 * @param name the {@code name}
 * @param type the {@code type} (required)
 * @param sortOrder the {@code sortOrder} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberTypePropertyTypeContainerResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		ReferenceById parent,
		String name,
		@JsonInclude(JsonInclude.Include.ALWAYS) String type,
		@JsonInclude(JsonInclude.Include.ALWAYS) Integer sortOrder) {
}
