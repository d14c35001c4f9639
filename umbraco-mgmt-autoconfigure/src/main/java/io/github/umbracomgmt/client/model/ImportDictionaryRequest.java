package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code ImportDictionaryRequestModel}.
 *
 * @param temporaryFile the {@code temporaryFile} (required)
 * @param parent the {@code parent}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportDictionaryRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById temporaryFile,
		ReferenceById parent) {
}
