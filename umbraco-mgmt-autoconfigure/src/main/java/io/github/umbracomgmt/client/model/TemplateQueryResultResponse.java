package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code TemplateQueryResultResponseModel}.
 *
 * @param queryExpression the {@code queryExpression} (required)
 * @param sampleResults the {@code sampleResults} (required)
 * @param resultCount the {@code resultCount} (required)
 * @param executionTime the {@code executionTime} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateQueryResultResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) String queryExpression,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<TemplateQueryResultItemPresentation> sampleResults,
		@JsonInclude(JsonInclude.Include.ALWAYS) Integer resultCount,
		@JsonInclude(JsonInclude.Include.ALWAYS) Long executionTime) {
}
