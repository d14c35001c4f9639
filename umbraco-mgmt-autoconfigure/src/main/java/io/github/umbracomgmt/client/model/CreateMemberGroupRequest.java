package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code CreateMemberGroupRequestModel}.
 *
 * @param name the {@code name} (required)
 * @param id the {@code id}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateMemberGroupRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		UUID id) {
}
