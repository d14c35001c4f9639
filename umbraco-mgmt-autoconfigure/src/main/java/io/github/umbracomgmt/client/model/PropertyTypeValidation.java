package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code PropertyTypeValidationModel}.
 *
 * @param mandatory the {@code mandatory} (required)
 * @param mandatoryMessage the {@code mandatoryMessage}
 * @param regEx the {@code regEx}
 * @param regExMessage the {@code regExMessage}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PropertyTypeValidation(
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean mandatory,
		String mandatoryMessage,
		String regEx,
		String regExMessage) {
}
