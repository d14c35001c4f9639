package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DeleteUserGroupsRequestModel}.
 *
 * @param userGroupIds the {@code userGroupIds} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteUserGroupsRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) List<ReferenceById> userGroupIds) {
}
