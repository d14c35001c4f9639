package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DatatypeConfigurationResponseModel}.
 *
 * @param canBeChanged the {@code canBeChanged} (required)
 * @param documentListViewId the {@code documentListViewId} (required)
 * @param mediaListViewId the {@code mediaListViewId} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatatypeConfigurationResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) DataTypeChangeMode canBeChanged,
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID documentListViewId,
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID mediaListViewId) {
}
