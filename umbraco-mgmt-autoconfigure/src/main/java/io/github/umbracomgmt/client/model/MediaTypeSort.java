package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code MediaTypeSortModel}.
 *
 * @param mediaType the {@code mediaType} (required)
 * @param sortOrder the {@code sortOrder} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaTypeSort(
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById mediaType,
		@JsonInclude(JsonInclude.Include.ALWAYS) Integer sortOrder) {
}
