package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code UserExternalLoginProviderModel}.
 *
 * @param providerSchemeName the {@code providerSchemeName} (required)
 * @param providerKey the {@code providerKey}
 * @param isLinkedOnUser the {@code isLinkedOnUser} (required)
 * @param hasManualLinkingEnabled the {@code hasManualLinkingEnabled} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserExternalLoginProvider(
		@JsonInclude(JsonInclude.Include.ALWAYS) String providerSchemeName,
		String providerKey,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isLinkedOnUser,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean hasManualLinkingEnabled) {
}
