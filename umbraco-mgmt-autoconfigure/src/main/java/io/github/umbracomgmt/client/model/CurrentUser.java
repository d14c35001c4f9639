package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The user the access token acts for ({@code CurrentUserResponseModel}); for client credentials, the API user.
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
 * @param languages the languages the user may edit
 * @param hasAccessToAllLanguages whether the user may edit every language
 * @param hasAccessToSensitiveData whether the user may see sensitive member data
 * @param fallbackPermissions the permission verbs used where no granular permission applies
 * @param permissions granular permissions
 * @param allowedSections the back-office sections the user may open
 * @param isAdmin whether the user is an administrator
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CurrentUser(String email, String userName, String name, Set<ReferenceById> userGroupIds, UUID id,
		@Nullable String languageIsoCode, Set<ReferenceById> documentStartNodeIds, boolean hasDocumentRootAccess,
		Set<ReferenceById> mediaStartNodeIds, boolean hasMediaRootAccess, List<String> avatarUrls,
		List<String> languages, boolean hasAccessToAllLanguages, boolean hasAccessToSensitiveData,
		Set<String> fallbackPermissions, List<Permission> permissions, Set<String> allowedSections,
		boolean isAdmin) {
}
