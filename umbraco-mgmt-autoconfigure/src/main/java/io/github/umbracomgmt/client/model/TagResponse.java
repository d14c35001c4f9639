package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code TagResponseModel}.
 *
 * @param id the {@code id} (required)
 * @param text the {@code text}
 * @param group the {@code group}
 * @param nodeCount the {@code nodeCount} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TagResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		String text,
		String group,
		@JsonInclude(JsonInclude.Include.ALWAYS) Integer nodeCount) {
}
