package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code MediaTypeConfigurationResponseModel}.
 *
 * @param reservedFieldNames the {@code reservedFieldNames} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaTypeConfigurationResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) List<String> reservedFieldNames) {
}
