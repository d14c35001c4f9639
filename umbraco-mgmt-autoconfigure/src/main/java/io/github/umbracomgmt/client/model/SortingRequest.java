package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code SortingRequestModel}.
 *
 * @param parent the {@code parent}
 * @param sorting the {@code sorting} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SortingRequest(
		ReferenceById parent,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<ItemSortingRequest> sorting) {
}
