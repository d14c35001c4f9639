package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DocumentTypeSortModel}.
 *
 * @param documentType the {@code documentType} (required)
 * @param sortOrder the {@code sortOrder} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentTypeSort(
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById documentType,
		@JsonInclude(JsonInclude.Include.ALWAYS) Integer sortOrder) {
}
