package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DocumentVariantItemResponseModel}.
 *
 * @param name the {@code name} (required)
 * @param culture the {@code culture}
 * @param state the {@code state} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentVariantItemResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		String culture,
		@JsonInclude(JsonInclude.Include.ALWAYS) DocumentVariantState state) {
}
