package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code PublicAccessResponseModel}.
 *
 * @param loginDocument the {@code loginDocument} (required)
 * @param errorDocument the {@code errorDocument} (required)
 * @param members the {@code members} (required)
 * @param groups the {@code groups} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicAccessResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById loginDocument,
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById errorDocument,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<MemberItemResponse> members,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<MemberGroupItemResponse> groups) {
}
