package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DictionaryItemItemResponseModel}.
 *
 * @param id the {@code id} (required)
 * @param name the {@code name} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DictionaryItemItemResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) String name) {
}
