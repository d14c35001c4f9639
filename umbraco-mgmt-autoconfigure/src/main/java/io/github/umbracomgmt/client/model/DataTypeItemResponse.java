package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DataTypeItemResponseModel}.
 *
 * @param id the {@code id} (required)
 * @param name the {@code name} (required)
 * @param editorUiAlias the {@code editorUiAlias}
 * @param editorAlias the {@code editorAlias} (required)
 * @param isDeletable the {@code isDeletable} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataTypeItemResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		String editorUiAlias,
		@JsonInclude(JsonInclude.Include.ALWAYS) String editorAlias,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isDeletable) {
}
