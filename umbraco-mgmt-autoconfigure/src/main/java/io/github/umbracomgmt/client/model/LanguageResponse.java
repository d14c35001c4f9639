package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code LanguageResponseModel}.
 *
 * @param name the {@code name} (required)
 * @param isDefault the {@code isDefault} (required)
 * @param isMandatory the {@code isMandatory} (required)
 * @param fallbackIsoCode the {@code fallbackIsoCode}
 * @param isoCode the {@code isoCode} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LanguageResponse(
		String name,
		Boolean isDefault,
		Boolean isMandatory,
		String fallbackIsoCode,
		String isoCode) {
}
