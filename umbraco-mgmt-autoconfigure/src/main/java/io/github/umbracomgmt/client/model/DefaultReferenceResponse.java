package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DefaultReferenceResponseModel}.
 *
 * @param id the {@code id} (required)
 * @param name the {@code name}
 * @param type the {@code type}
 * @param icon the {@code icon}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DefaultReferenceResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		String name,
		String type,
		String icon) implements ReferenceResponse {
}
