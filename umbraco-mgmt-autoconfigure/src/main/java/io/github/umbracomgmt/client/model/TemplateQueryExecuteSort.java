package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code TemplateQueryExecuteSortModel}.
 *
 * @param propertyAlias the {@code propertyAlias} (required)
 * @param direction the {@code direction}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateQueryExecuteSort(
		@JsonInclude(JsonInclude.Include.ALWAYS) String propertyAlias,
		String direction) {
}
