package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code TemplateQueryOperatorModel}.
 *
 * @param operator the {@code operator} (required)
 * @param applicableTypes the {@code applicableTypes} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateQueryOperator(
		@JsonInclude(JsonInclude.Include.ALWAYS) Operator operator,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<TemplateQueryPropertyType> applicableTypes) {
}
