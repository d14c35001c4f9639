package io.github.umbracomgmt.client.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code ScheduleRequestModel}.
 *
 * @param publishTime the {@code publishTime}
 * @param unpublishTime the {@code unpublishTime}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduleRequest(
		OffsetDateTime publishTime,
		OffsetDateTime unpublishTime) {
}
