package io.github.umbracomgmt.client.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A back-office user ({@code UserResponseModel}).
 *
 * @param email the email address
 * @param userName the login name
 * @param name the display name
 * @param userGroupIds the user's groups
 * @param id the id
 * @param languageIsoCode the UI language, or {@code null}
 * @param documentStartNodeIds the content start nodes
 * @param hasDocumentRootAccess whether the user may access the content root
 * @param mediaStartNodeIds the media start nodes
 * @param hasMediaRootAccess whether the user may access the media root
 * @param avatarUrls avatar image URLs
 * @param state the state
 * @param failedLoginAttempts failed logins since the last success
 * @param createDate when the user was created
 * @param updateDate when the user was last changed
 * @param lastLoginDate the last login, or {@code null}
 * @param lastLockoutDate the last lockout, or {@code null}
 * @param lastPasswordChangeDate the last password change, or {@code null}
 * @param isAdmin whether the user is an administrator
 * @param kind a person ({@code Default}) or an API user
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record User(String email, String userName, String name, Set<ReferenceById> userGroupIds, UUID id,
		@Nullable String languageIsoCode, Set<ReferenceById> documentStartNodeIds, boolean hasDocumentRootAccess,
		Set<ReferenceById> mediaStartNodeIds, boolean hasMediaRootAccess, List<String> avatarUrls, UserState state,
		int failedLoginAttempts, OffsetDateTime createDate, OffsetDateTime updateDate, @Nullable OffsetDateTime lastLoginDate,
		@Nullable OffsetDateTime lastLockoutDate, @Nullable OffsetDateTime lastPasswordChangeDate, boolean isAdmin, UserKind kind) {
}
