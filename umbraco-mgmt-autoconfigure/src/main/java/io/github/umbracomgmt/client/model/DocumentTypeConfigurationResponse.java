package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DocumentTypeConfigurationResponseModel}.
 *
 * @param dataTypesCanBeChanged the {@code dataTypesCanBeChanged} (required)
 * @param disableTemplates the {@code disableTemplates} (required)
 * @param useSegments the {@code useSegments} (required)
 * @param reservedFieldNames the {@code reservedFieldNames} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentTypeConfigurationResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) DataTypeChangeMode dataTypesCanBeChanged,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean disableTemplates,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean useSegments,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<String> reservedFieldNames) {
}
