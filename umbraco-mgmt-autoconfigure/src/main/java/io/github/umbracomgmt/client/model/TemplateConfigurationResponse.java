package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code TemplateConfigurationResponseModel}.
 *
 * @param disabled the {@code disabled} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateConfigurationResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean disabled) {
}
