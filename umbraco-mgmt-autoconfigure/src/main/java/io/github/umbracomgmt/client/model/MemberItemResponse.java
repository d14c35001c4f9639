package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code MemberItemResponseModel}.
 *
 * @param id the {@code id} (required)
 * @param memberType the {@code memberType} (required)
 * @param variants the {@code variants} (required)
 * @param kind the {@code kind} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberItemResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) MemberTypeReferenceResponse memberType,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<VariantItemResponse> variants,
		@JsonInclude(JsonInclude.Include.ALWAYS) MemberKind kind) {
}
