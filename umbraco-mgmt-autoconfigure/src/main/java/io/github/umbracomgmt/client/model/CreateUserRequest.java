package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code CreateUserRequestModel}.
 *
 * @param email the {@code email} (required)
 * @param userName the {@code userName} (required)
 * @param name the {@code name} (required)
 * @param userGroupIds the {@code userGroupIds} (required)
 * @param id the {@code id}
 * @param kind the {@code kind} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateUserRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) String email,
		@JsonInclude(JsonInclude.Include.ALWAYS) String userName,
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<ReferenceById> userGroupIds,
		UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) UserKind kind) {
}
