package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code CreateDataTypeRequestModel}.
 *
 * @param name the {@code name} (required)
 * @param editorAlias the {@code editorAlias} (required)
 * @param editorUiAlias the {@code editorUiAlias} (required)
 * @param values the {@code values} (required)
 * @param id the {@code id}
 * @param parent the {@code parent}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateDataTypeRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		@JsonInclude(JsonInclude.Include.ALWAYS) String editorAlias,
		@JsonInclude(JsonInclude.Include.ALWAYS) String editorUiAlias,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<DataTypePropertyPresentation> values,
		UUID id,
		ReferenceById parent) {
}
