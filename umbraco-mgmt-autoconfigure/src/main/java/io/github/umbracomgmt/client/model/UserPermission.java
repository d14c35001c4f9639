package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code UserPermissionModel}.
 *
 * @param nodeKey the {@code nodeKey} (required)
 * @param permissions the {@code permissions} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserPermission(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID nodeKey,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<String> permissions) {
}
