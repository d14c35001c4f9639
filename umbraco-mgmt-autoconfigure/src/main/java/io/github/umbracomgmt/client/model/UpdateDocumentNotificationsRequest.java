package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code UpdateDocumentNotificationsRequestModel}.
 *
 * @param subscribedActionIds the {@code subscribedActionIds} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateDocumentNotificationsRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) List<String> subscribedActionIds) {
}
