package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code EnableTwoFactorRequestModel}.
 *
 * @param code the {@code code} (required)
 * @param secret the {@code secret} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnableTwoFactorRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) String code,
		@JsonInclude(JsonInclude.Include.ALWAYS) String secret) {
}
