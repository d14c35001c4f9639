package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code UserGroupResponseModel}.
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
 * @param id the {@code id} (required)
 * @param isDeletable the {@code isDeletable} (required)
 * @param aliasCanBeChanged the {@code aliasCanBeChanged} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserGroupResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		@JsonInclude(JsonInclude.Include.ALWAYS) String alias,
		String icon,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<String> sections,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<String> languages,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean hasAccessToAllLanguages,
		ReferenceById documentStartNode,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean documentRootAccess,
		ReferenceById mediaStartNode,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean mediaRootAccess,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<String> fallbackPermissions,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<Permission> permissions,
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isDeletable,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean aliasCanBeChanged) {
}
