package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code ChangePasswordCurrentUserRequestModel}.
 *
 * @param newPassword the {@code newPassword} (required)
 * @param oldPassword the {@code oldPassword}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangePasswordCurrentUserRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) String newPassword,
		String oldPassword) {
}
