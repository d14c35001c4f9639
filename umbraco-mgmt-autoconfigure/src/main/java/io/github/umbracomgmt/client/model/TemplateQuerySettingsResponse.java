package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code TemplateQuerySettingsResponseModel}.
 *
 * @param documentTypeAliases the {@code documentTypeAliases} (required)
 * @param properties the {@code properties} (required)
 * @param operators the {@code operators} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateQuerySettingsResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) List<String> documentTypeAliases,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<TemplateQueryPropertyPresentation> properties,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<TemplateQueryOperator> operators) {
}
