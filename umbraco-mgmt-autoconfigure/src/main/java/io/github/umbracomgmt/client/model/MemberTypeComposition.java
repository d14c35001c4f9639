package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code MemberTypeCompositionModel}.
 *
 * @param memberType the {@code memberType} (required)
 * @param compositionType the {@code compositionType} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberTypeComposition(
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById memberType,
		@JsonInclude(JsonInclude.Include.ALWAYS) CompositionType compositionType) {
}
