package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code UpdateMemberRequestModel}.
 *
 * @param values the {@code values} (required)
 * @param variants the {@code variants} (required)
 * @param email the {@code email} (required)
 * @param username the {@code username} (required)
 * @param oldPassword the {@code oldPassword}
 * @param newPassword the {@code newPassword}
 * @param groups the {@code groups}
 * @param isApproved the {@code isApproved} (required)
 * @param isLockedOut the {@code isLockedOut} (required)
 * @param isTwoFactorEnabled the {@code isTwoFactorEnabled} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateMemberRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) List<MemberValue> values,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<MemberVariantRequest> variants,
		@JsonInclude(JsonInclude.Include.ALWAYS) String email,
		@JsonInclude(JsonInclude.Include.ALWAYS) String username,
		String oldPassword,
		String newPassword,
		List<UUID> groups,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isApproved,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isLockedOut,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isTwoFactorEnabled) {
}
