package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code PasswordConfigurationResponseModel}.
 *
 * @param minimumPasswordLength the {@code minimumPasswordLength} (required)
 * @param requireNonLetterOrDigit the {@code requireNonLetterOrDigit} (required)
 * @param requireDigit the {@code requireDigit} (required)
 * @param requireLowercase the {@code requireLowercase} (required)
 * @param requireUppercase the {@code requireUppercase} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PasswordConfigurationResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) Integer minimumPasswordLength,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean requireNonLetterOrDigit,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean requireDigit,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean requireLowercase,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean requireUppercase) {
}
