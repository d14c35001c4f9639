package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DictionaryOverviewResponseModel}.
 *
 * @param name the {@code name}
 * @param id the {@code id} (required)
 * @param parent the {@code parent}
 * @param translatedIsoCodes the {@code translatedIsoCodes} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DictionaryOverviewResponse(
		String name,
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		ReferenceById parent,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<String> translatedIsoCodes) {
}
