package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code PublishDocumentWithDescendantsRequestModel}.
 *
 * @param includeUnpublishedDescendants the {@code includeUnpublishedDescendants} (required)
 * @param cultures the {@code cultures} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishDocumentWithDescendantsRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean includeUnpublishedDescendants,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<String> cultures) {
}
