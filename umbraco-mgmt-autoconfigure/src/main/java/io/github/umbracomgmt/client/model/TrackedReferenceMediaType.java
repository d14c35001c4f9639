package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code TrackedReferenceMediaTypeModel}.
 *
 * @param id the {@code id} (required)
 * @param icon the {@code icon}
 * @param alias the {@code alias}
 * @param name the {@code name}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrackedReferenceMediaType(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		String icon,
		String alias,
		String name) {
}
