package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DictionaryItemResponseModel}.
 *
 * @param name the {@code name} (required)
 * @param translations the {@code translations} (required)
 * @param id the {@code id} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DictionaryItemResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<DictionaryItemTranslation> translations,
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id) {
}
