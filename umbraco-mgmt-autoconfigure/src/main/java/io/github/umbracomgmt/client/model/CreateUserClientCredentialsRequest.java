package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code CreateUserClientCredentialsRequestModel}.
 *
 * @param clientId the {@code clientId} (required)
 * @param clientSecret the {@code clientSecret} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateUserClientCredentialsRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) String clientId,
		@JsonInclude(JsonInclude.Include.ALWAYS) String clientSecret) {
}
