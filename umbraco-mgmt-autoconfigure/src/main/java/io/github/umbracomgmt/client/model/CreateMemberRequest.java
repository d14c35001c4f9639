package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code CreateMemberRequestModel}.
 *
 * @param values the {@code values} (required)
 * @param variants the {@code variants} (required)
 * @param id the {@code id}
 * @param email the {@code email} (required)
 * @param username the {@code username} (required)
 * @param password the {@code password} (required)
 * @param memberType the {@code memberType} (required)
 * @param groups the {@code groups}
 * @param isApproved the {@code isApproved} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateMemberRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) List<MemberValue> values,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<MemberVariantRequest> variants,
		UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) String email,
		@JsonInclude(JsonInclude.Include.ALWAYS) String username,
		@JsonInclude(JsonInclude.Include.ALWAYS) String password,
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById memberType,
		List<UUID> groups,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isApproved) {
}
