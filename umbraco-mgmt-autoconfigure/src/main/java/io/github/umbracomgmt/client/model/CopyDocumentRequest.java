package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code CopyDocumentRequestModel}.
 *
 * @param target the {@code target}
 * @param relateToOriginal the {@code relateToOriginal} (required)
 * @param includeDescendants the {@code includeDescendants} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CopyDocumentRequest(
		ReferenceById target,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean relateToOriginal,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean includeDescendants) {
}
