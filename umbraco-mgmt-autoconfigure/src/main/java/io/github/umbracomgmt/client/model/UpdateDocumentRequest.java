package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code UpdateDocumentRequestModel}.
 *
 * @param values the {@code values} (required)
 * @param variants the {@code variants} (required)
 * @param template the {@code template}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateDocumentRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) List<DocumentValue> values,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<DocumentVariantRequest> variants,
		ReferenceById template) {
}
