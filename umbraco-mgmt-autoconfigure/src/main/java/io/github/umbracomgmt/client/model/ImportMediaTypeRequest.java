package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code ImportMediaTypeRequestModel}.
 *
 * @param file the {@code file} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportMediaTypeRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById file) {
}
