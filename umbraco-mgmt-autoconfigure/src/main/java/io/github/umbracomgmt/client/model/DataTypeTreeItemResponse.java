package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DataTypeTreeItemResponseModel}.
 *
 * @param hasChildren the {@code hasChildren} (required)
 * @param id the {@code id} (required)
 * @param parent the {@code parent}
 * @param name the {@code name} (required)
 * @param isFolder the {@code isFolder} (required)
 * @param editorUiAlias the {@code editorUiAlias}
 * @param isDeletable the {@code isDeletable} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataTypeTreeItemResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean hasChildren,
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		ReferenceById parent,
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isFolder,
		String editorUiAlias,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isDeletable) {
}
