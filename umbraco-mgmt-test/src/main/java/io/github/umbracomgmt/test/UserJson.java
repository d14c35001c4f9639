package io.github.umbracomgmt.test;

import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link UserSeed} as the OpenAPI models {@code UserResponseModel},
 * {@code CurrentUserResponseModel} and {@code UserItemResponseModel}, and the user
 * configuration models.
 */
final class UserJson {

	private UserJson() {
	}

	static ObjectNode user(UserSeed user) {
		ObjectNode node = common(user);
		node.put("state", user.getState());
		node.put("failedLoginAttempts", user.getFailedLoginAttempts());
		Json.putDateTime(node, "createDate", user.getCreateDate());
		Json.putDateTime(node, "updateDate", user.getUpdateDate());
		Json.putDateTime(node, "lastLoginDate", user.getLastLoginDate());
		Json.putDateTime(node, "lastLockoutDate", user.getLastLockoutDate());
		Json.putDateTime(node, "lastPasswordChangeDate", user.getLastPasswordChangeDate());
		node.put("isAdmin", user.isAdmin());
		node.put("kind", user.getKind());
		return node;
	}

	static ObjectNode currentUser(UserSeed user) {
		ObjectNode node = common(user);
		Json.putStrings(node, "languages", user.getLanguages());
		node.put("hasAccessToAllLanguages", user.hasAccessToAllLanguages());
		node.put("hasAccessToSensitiveData", user.hasAccessToSensitiveData());
		Json.putStrings(node, "fallbackPermissions", user.getFallbackPermissions());
		// Node-specific permissions are polymorphic models; none are seeded, so the array
		// stays empty.
		node.putArray("permissions");
		Json.putStrings(node, "allowedSections", user.getAllowedSections());
		node.put("isAdmin", user.isAdmin());
		return node;
	}

	static ObjectNode item(UserSeed user) {
		ObjectNode node = Json.object();
		node.put("id", user.getId().toString());
		node.put("name", user.getName());
		Json.putStrings(node, "avatarUrls", user.getAvatarUrls());
		node.put("kind", user.getKind());
		Json.putFlags(node);
		return node;
	}

	/**
	 * {@code UserConfigurationResponseModel} of a site with Umbraco's defaults and no
	 * email sender or 2FA provider.
	 */
	static ObjectNode configuration() {
		ObjectNode node = Json.object();
		node.put("canInviteUsers", false);
		node.put("usernameIsEmail", true);
		node.set("passwordConfiguration", passwordConfiguration());
		node.put("allowChangePassword", true);
		node.put("allowTwoFactor", false);
		return node;
	}

	/** {@code CurrentUserConfigurationResponseModel} with Umbraco's defaults. */
	static ObjectNode currentUserConfiguration() {
		ObjectNode node = Json.object();
		node.put("keepUserLoggedIn", false);
		node.set("passwordConfiguration", passwordConfiguration());
		node.put("allowChangePassword", true);
		node.put("allowTwoFactor", false);
		return node;
	}

	/**
	 * Umbraco's default user password rules: ten characters, no character classes
	 * required.
	 */
	private static ObjectNode passwordConfiguration() {
		ObjectNode node = Json.object();
		node.put("minimumPasswordLength", 10);
		node.put("requireNonLetterOrDigit", false);
		node.put("requireDigit", false);
		node.put("requireLowercase", false);
		node.put("requireUppercase", false);
		return node;
	}

	/** The fields both models share, in the order the OpenAPI document lists them. */
	private static ObjectNode common(UserSeed user) {
		ObjectNode node = Json.object();
		node.put("email", user.getEmail());
		node.put("userName", user.getUserName());
		node.put("name", user.getName());
		Json.putReferences(node, "userGroupIds", user.getUserGroupIds());
		node.put("id", user.getId().toString());
		node.put("languageIsoCode", user.getLanguageIsoCode());
		Json.putReferences(node, "documentStartNodeIds", user.getDocumentStartNodeIds());
		node.put("hasDocumentRootAccess", user.hasDocumentRootAccess());
		Json.putReferences(node, "mediaStartNodeIds", user.getMediaStartNodeIds());
		node.put("hasMediaRootAccess", user.hasMediaRootAccess());
		Json.putReferences(node, "elementStartNodeIds", user.getElementStartNodeIds());
		node.put("hasElementRootAccess", user.hasElementRootAccess());
		Json.putStrings(node, "avatarUrls", user.getAvatarUrls());
		return node;
	}

}
