package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code PublishDocumentRequestModel}.
 *
 * @param publishSchedules the {@code publishSchedules} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishDocumentRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) List<CultureAndScheduleRequest> publishSchedules) {
}
