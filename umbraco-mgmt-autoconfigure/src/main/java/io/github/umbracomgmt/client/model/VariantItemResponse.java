package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code VariantItemResponseModel}.
 *
 * @param name the {@code name} (required)
 * @param culture the {@code culture}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VariantItemResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		String culture) {
}
