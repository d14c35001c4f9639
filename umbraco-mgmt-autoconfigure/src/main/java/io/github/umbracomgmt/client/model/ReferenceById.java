package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code ReferenceByIdModel}.
 *
 * @param id the {@code id} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferenceById(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id) {
}
