package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code CreateUserGroupRequestModel}.
 *
 * @param name the {@code name} (required)
 * @param alias the {@code alias} (required)
 * @param icon the {@code icon}
 * @param sections the {@code sections} (required)
 * @param languages the {@code languages} (required)
 * @param hasAccessToAllLanguages the {@code hasAccessToAllLanguages} (required)
 * @param documentStartNode the {@code documentStartNode}
 * @param documentRootAccess the {@code documentRootAccess} (required)
 * @param mediaStartNode the {@code mediaStartNode}
 * @param mediaRootAccess the {@code mediaRootAccess} (required)
 * @param fallbackPermissions the {@code fallbackPermissions} (required)
 * @param permissions the {@code permissions} (required)
 * @param id the {@code id}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateUserGroupRequest(
		String name,
		String alias,
		String icon,
		List<String> sections,
		List<String> languages,
		Boolean hasAccessToAllLanguages,
		ReferenceById documentStartNode,
		Boolean documentRootAccess,
		ReferenceById mediaStartNode,
		Boolean mediaRootAccess,
		List<String> fallbackPermissions,
		List<Permission> permissions,
		UUID id) {
}
