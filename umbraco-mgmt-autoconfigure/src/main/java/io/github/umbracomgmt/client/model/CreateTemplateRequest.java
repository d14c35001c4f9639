package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code CreateTemplateRequestModel}.
 *
 * @param name the {@code name} (required)
 * @param alias the {@code alias} (required)
 * @param content the {@code content}
 * @param id the {@code id}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateTemplateRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		@JsonInclude(JsonInclude.Include.ALWAYS) String alias,
		String content,
		UUID id) {
}
