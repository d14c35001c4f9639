package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code MediaTypePropertyTypeResponseModel}.
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
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaTypePropertyTypeResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		ReferenceById container,
		@JsonInclude(JsonInclude.Include.ALWAYS) Integer sortOrder,
		@JsonInclude(JsonInclude.Include.ALWAYS) String alias,
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		String description,
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById dataType,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean variesByCulture,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean variesBySegment,
		@JsonInclude(JsonInclude.Include.ALWAYS) PropertyTypeValidation validation,
		@JsonInclude(JsonInclude.Include.ALWAYS) PropertyTypeAppearance appearance) {
}
