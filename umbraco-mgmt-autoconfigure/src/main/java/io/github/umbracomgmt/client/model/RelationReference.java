package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code RelationReferenceModel}.
 *
 * @param id the {@code id} (required)
 * @param name the {@code name}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RelationReference(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		String name) {
}
