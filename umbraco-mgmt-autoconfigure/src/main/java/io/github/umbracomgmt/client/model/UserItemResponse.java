package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code UserItemResponseModel}.
 *
 * @param id the {@code id} (required)
 * @param name the {@code name} (required)
 * @param avatarUrls the {@code avatarUrls} (required)
 * @param kind the {@code kind} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserItemResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<String> avatarUrls,
		@JsonInclude(JsonInclude.Include.ALWAYS) UserKind kind) {
}
