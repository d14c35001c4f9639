package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code UserTwoFactorProviderModel}.
 *
 * @param providerName the {@code providerName} (required)
 * @param isEnabledOnUser the {@code isEnabledOnUser} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserTwoFactorProvider(
		@JsonInclude(JsonInclude.Include.ALWAYS) String providerName,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isEnabledOnUser) {
}
