package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code TemplateQueryExecuteModel}.
 *
 * @param rootDocument the {@code rootDocument}
 * @param documentTypeAlias the {@code documentTypeAlias}
 * @param filters the {@code filters}
 * @param sort the {@code sort}
 * @param take the {@code take} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateQueryExecute(
		ReferenceById rootDocument,
		String documentTypeAlias,
		List<TemplateQueryExecuteFilterPresentation> filters,
		TemplateQueryExecuteSort sort,
		@JsonInclude(JsonInclude.Include.ALWAYS) Integer take) {
}
