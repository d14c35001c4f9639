package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code UpdateMediaRequestModel}.
 *
 * @param values the {@code values} (required)
 * @param variants the {@code variants} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateMediaRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) List<MediaValue> values,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<MediaVariantRequest> variants) {
}
