package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code HealthCheckResultResponseModel}.
 *
 * @param message the {@code message} (required)
 * @param resultType the {@code resultType} (required)
 * @param actions the {@code actions}
 * @param readMoreLink the {@code readMoreLink}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthCheckResultResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) String message,
		@JsonInclude(JsonInclude.Include.ALWAYS) StatusResultType resultType,
		List<HealthCheckActionRequest> actions,
		String readMoreLink) {
}
