package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DataTypeResponseModel}.
 *
 * @param name the {@code name} (required)
 * @param editorAlias the {@code editorAlias} (required)
 * @param editorUiAlias the {@code editorUiAlias} (required)
 * @param values the {@code values} (required)
 * @param id the {@code id} (required)
 * @param isDeletable the {@code isDeletable} (required)
 * @param canIgnoreStartNodes the {@code canIgnoreStartNodes} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataTypeResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		@JsonInclude(JsonInclude.Include.ALWAYS) String editorAlias,
		@JsonInclude(JsonInclude.Include.ALWAYS) String editorUiAlias,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<DataTypePropertyPresentation> values,
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isDeletable,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean canIgnoreStartNodes) {
}
