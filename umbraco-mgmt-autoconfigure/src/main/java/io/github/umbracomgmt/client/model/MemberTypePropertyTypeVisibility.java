package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code MemberTypePropertyTypeVisibilityModel}.
 *
 * @param memberCanView the {@code memberCanView} (required)
 * @param memberCanEdit the {@code memberCanEdit} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberTypePropertyTypeVisibility(
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean memberCanView,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean memberCanEdit) {
}
