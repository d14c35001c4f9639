package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code CultureAndScheduleRequestModel}.
 *
 * @param culture the {@code culture}
 * @param schedule the {@code schedule}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CultureAndScheduleRequest(
		String culture,
		ScheduleRequest schedule) {
}
