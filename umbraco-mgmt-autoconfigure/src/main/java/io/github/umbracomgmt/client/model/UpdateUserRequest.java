package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code UpdateUserRequestModel}.
 *
 * @param email the {@code email} (required)
 * @param userName the {@code userName} (required)
 * @param name the {@code name} (required)
 * @param userGroupIds the {@code userGroupIds} (required)
 * @param languageIsoCode the {@code languageIsoCode} (required)
 * @param documentStartNodeIds the {@code documentStartNodeIds} (required)
 * @param hasDocumentRootAccess the {@code hasDocumentRootAccess} (required)
 * @param mediaStartNodeIds the {@code mediaStartNodeIds} (required)
 * @param hasMediaRootAccess the {@code hasMediaRootAccess} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateUserRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) String email,
		@JsonInclude(JsonInclude.Include.ALWAYS) String userName,
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<ReferenceById> userGroupIds,
		@JsonInclude(JsonInclude.Include.ALWAYS) String languageIsoCode,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<ReferenceById> documentStartNodeIds,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean hasDocumentRootAccess,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<ReferenceById> mediaStartNodeIds,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean hasMediaRootAccess) {
}
