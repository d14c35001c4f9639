package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code MediaTypeResponseModel}.
 *
 * @param alias the {@code alias} (required)
 * @param name the {@code name} (required)
 * @param description the {@code description}
 * @param icon the {@code icon} (required)
 * @param allowedAsRoot the {@code allowedAsRoot} (required)
 * @param variesByCulture the {@code variesByCulture} (required)
 * @param variesBySegment the {@code variesBySegment} (required)
 * @param collection the {@code collection}
 * @param isElement the {@code isElement} (required)
 * @param properties the {@code properties} (required)
 * @param containers the {@code containers} (required)
 * @param id the {@code id} (required)
 * @param allowedMediaTypes the {@code allowedMediaTypes} (required)
 * @param compositions the {@code compositions} (required)
 * @param isDeletable the {@code isDeletable} (required)
 * @param aliasCanBeChanged the {@code aliasCanBeChanged} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaTypeResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) String alias,
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		String description,
		@JsonInclude(JsonInclude.Include.ALWAYS) String icon,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean allowedAsRoot,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean variesByCulture,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean variesBySegment,
		ReferenceById collection,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isElement,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<MediaTypePropertyTypeResponse> properties,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<MediaTypePropertyTypeContainerResponse> containers,
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<MediaTypeSort> allowedMediaTypes,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<MediaTypeComposition> compositions,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isDeletable,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean aliasCanBeChanged) {
}
