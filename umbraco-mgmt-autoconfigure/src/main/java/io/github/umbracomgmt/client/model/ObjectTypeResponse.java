package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code ObjectTypeResponseModel}.
 *
 * @param name the {@code name}
 * @param id the {@code id} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObjectTypeResponse(
		String name,
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id) {
}
