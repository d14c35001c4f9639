package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code TemplateQueryExecuteFilterPresentationModel}.
 *
 * @param propertyAlias the {@code propertyAlias} (required)
 * @param constraintValue the {@code constraintValue} (required)
 * @param operator the {@code operator} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateQueryExecuteFilterPresentation(
		@JsonInclude(JsonInclude.Include.ALWAYS) String propertyAlias,
		@JsonInclude(JsonInclude.Include.ALWAYS) String constraintValue,
		@JsonInclude(JsonInclude.Include.ALWAYS) Operator operator) {
}
