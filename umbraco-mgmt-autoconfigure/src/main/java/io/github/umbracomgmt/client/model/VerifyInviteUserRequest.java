package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code VerifyInviteUserRequestModel}.
 *
 * @param user the {@code user} (required)
 * @param token the {@code token} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerifyInviteUserRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById user,
		@JsonInclude(JsonInclude.Include.ALWAYS) String token) {
}
