package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code CreateLanguageRequestModel}.
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
public record CreateLanguageRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isDefault,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isMandatory,
		String fallbackIsoCode,
		@JsonInclude(JsonInclude.Include.ALWAYS) String isoCode) {
}
