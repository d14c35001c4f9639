package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code ServerStatusResponseModel}.
 *
 * @param serverStatus the {@code serverStatus} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServerStatusResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) RuntimeLevel serverStatus) {
}
