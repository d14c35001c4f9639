package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code EnableUserRequestModel}.
 *
 * @param userIds the {@code userIds} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnableUserRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) List<ReferenceById> userIds) {
}
