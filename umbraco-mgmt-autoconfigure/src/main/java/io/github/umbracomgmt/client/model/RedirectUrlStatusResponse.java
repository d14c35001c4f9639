package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code RedirectUrlStatusResponseModel}.
 *
 * @param status the {@code status} (required)
 * @param userIsAdmin the {@code userIsAdmin} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RedirectUrlStatusResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) RedirectStatus status,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean userIsAdmin) {
}
