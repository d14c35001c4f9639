package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code UpdateMemberTypePropertyTypeRequestModel}.
 *
 * @param id the {@code id} (required)
 * @param container the {@code container}
 * @param sortOrder the {@code sortOrder} (required)
 * @param alias the {@code alias} (required)
 * @param name the {@code name} (required)
 * @param description the {@code description}
 * @param dataType the {@code dataType} (required)
 * @param variesByCulture the {@code variesByCulture} (required)
 * @param variesBySegment the {@code variesBySegment} (required)
 * @param validation the {@code validation} (required)
 * @param appearance the {@code appearance} (required)
 * @param isSensitive the {@code isSensitive} (required)
 * @param visibility the {@code visibility} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateMemberTypePropertyTypeRequest(
		UUID id,
		ReferenceById container,
		Integer sortOrder,
		String alias,
		String name,
		String description,
		ReferenceById dataType,
		Boolean variesByCulture,
		Boolean variesBySegment,
		PropertyTypeValidation validation,
		PropertyTypeAppearance appearance,
		Boolean isSensitive,
		MemberTypePropertyTypeVisibility visibility) {
}
