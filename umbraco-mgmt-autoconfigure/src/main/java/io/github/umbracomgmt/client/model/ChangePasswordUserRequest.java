package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code ChangePasswordUserRequestModel}.
 *
 * @param newPassword the {@code newPassword} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangePasswordUserRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) String newPassword) {
}
