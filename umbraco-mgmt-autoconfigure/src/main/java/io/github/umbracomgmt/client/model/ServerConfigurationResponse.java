package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code ServerConfigurationResponseModel}.
 *
 * @param allowPasswordReset the {@code allowPasswordReset} (required)
 * @param versionCheckPeriod the {@code versionCheckPeriod} (required)
 * @param allowLocalLogin the {@code allowLocalLogin} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServerConfigurationResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean allowPasswordReset,
		@JsonInclude(JsonInclude.Include.ALWAYS) Integer versionCheckPeriod,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean allowLocalLogin) {
}
