package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code PublicAccessRequestModel}.
 *
 * @param loginDocument the {@code loginDocument} (required)
 * @param errorDocument the {@code errorDocument} (required)
 * @param memberUserNames the {@code memberUserNames} (required)
 * @param memberGroupNames the {@code memberGroupNames} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicAccessRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById loginDocument,
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById errorDocument,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<String> memberUserNames,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<String> memberGroupNames) {
}
