package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code UserPermissionsResponseModel}.
 *
 * @param permissions the {@code permissions} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserPermissionsResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) List<UserPermission> permissions) {
}
