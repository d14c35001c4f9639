package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code MemberReferenceResponseModel}.
 *
 * @param id the {@code id} (required)
 * @param name the {@code name}
 * @param memberType the {@code memberType} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberReferenceResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		String name,
		@JsonInclude(JsonInclude.Include.ALWAYS) TrackedReferenceMemberType memberType) implements ReferenceResponse {
}
