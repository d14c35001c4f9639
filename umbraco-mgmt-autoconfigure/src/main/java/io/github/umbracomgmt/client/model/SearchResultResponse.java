package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code SearchResultResponseModel}.
 *
 * @param id the {@code id} (required)
 * @param score the {@code score} (required)
 * @param fieldCount the {@code fieldCount} (required)
 * @param fields the {@code fields} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchResultResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) String id,
		@JsonInclude(JsonInclude.Include.ALWAYS) Double score,
		@JsonInclude(JsonInclude.Include.ALWAYS) Integer fieldCount,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<FieldPresentation> fields) {
}
