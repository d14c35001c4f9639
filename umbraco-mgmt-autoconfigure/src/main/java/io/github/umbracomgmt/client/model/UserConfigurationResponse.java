package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code UserConfigurationResponseModel}.
 *
 * @param canInviteUsers the {@code canInviteUsers} (required)
 * @param usernameIsEmail the {@code usernameIsEmail} (required)
 * @param passwordConfiguration the {@code passwordConfiguration} (required)
 * @param allowChangePassword the {@code allowChangePassword} (required)
 * @param allowTwoFactor the {@code allowTwoFactor} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserConfigurationResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean canInviteUsers,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean usernameIsEmail,
		@JsonInclude(JsonInclude.Include.ALWAYS) PasswordConfigurationResponse passwordConfiguration,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean allowChangePassword,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean allowTwoFactor) {
}
