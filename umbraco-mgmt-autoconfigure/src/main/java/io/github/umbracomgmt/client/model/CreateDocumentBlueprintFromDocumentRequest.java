package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code CreateDocumentBlueprintFromDocumentRequestModel}.
 *
 * @param document the {@code document} (required)
 * @param id the {@code id}
 * @param name the {@code name} (required)
 * @param parent the {@code parent}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateDocumentBlueprintFromDocumentRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById document,
		UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		ReferenceById parent) {
}
