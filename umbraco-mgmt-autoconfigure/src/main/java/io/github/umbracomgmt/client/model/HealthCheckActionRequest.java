package io.github.umbracomgmt.client.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code HealthCheckActionRequestModel}.
 *
 * @param healthCheck the {@code healthCheck} (required)
 * @param alias the {@code alias}
 * @param name the {@code name}
 * @param description the {@code description}
 * @param valueRequired the {@code valueRequired} (required)
 * @param providedValue the {@code providedValue}
 * @param providedValueValidation the {@code providedValueValidation}
 * @param providedValueValidationRegex the {@code providedValueValidationRegex}
 * @param actionParameters the {@code actionParameters}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthCheckActionRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById healthCheck,
		String alias,
		String name,
		String description,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean valueRequired,
		String providedValue,
		String providedValueValidation,
		String providedValueValidationRegex,
		Map<String, Object> actionParameters) {
}
