package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code VerifyInviteUserResponseModel}.
 *
 * @param passwordConfiguration the {@code passwordConfiguration} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerifyInviteUserResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) PasswordConfigurationResponse passwordConfiguration) {
}
