package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code ResendInviteUserRequestModel}.
 *
 * @param user the {@code user} (required)
 * @param message the {@code message}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResendInviteUserRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById user,
		String message) {
}
