package io.github.umbracomgmt.client.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code MemberResponseModel}.
 *
 * @param values the {@code values} (required)
 * @param variants the {@code variants} (required)
 * @param id the {@code id} (required)
 * @param email the {@code email} (required)
 * @param username the {@code username} (required)
 * @param memberType the {@code memberType} (required)
 * @param isApproved the {@code isApproved} (required)
 * @param isLockedOut the {@code isLockedOut} (required)
 * @param isTwoFactorEnabled the {@code isTwoFactorEnabled} (required)
 * @param failedPasswordAttempts the {@code failedPasswordAttempts} (required)
 * @param lastLoginDate the {@code lastLoginDate}
 * @param lastLockoutDate the {@code lastLockoutDate}
 * @param lastPasswordChangeDate the {@code lastPasswordChangeDate}
 * @param groups the {@code groups} (required)
 * @param kind the {@code kind} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) List<MemberValueResponse> values,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<MemberVariantResponse> variants,
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) String email,
		@JsonInclude(JsonInclude.Include.ALWAYS) String username,
		@JsonInclude(JsonInclude.Include.ALWAYS) MemberTypeReferenceResponse memberType,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isApproved,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isLockedOut,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isTwoFactorEnabled,
		@JsonInclude(JsonInclude.Include.ALWAYS) Integer failedPasswordAttempts,
		OffsetDateTime lastLoginDate,
		OffsetDateTime lastLockoutDate,
		OffsetDateTime lastPasswordChangeDate,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<UUID> groups,
		@JsonInclude(JsonInclude.Include.ALWAYS) MemberKind kind) {
}
