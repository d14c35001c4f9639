package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code PublishWithDescendantsResultModel}.
 *
 * @param taskId the {@code taskId} (required)
 * @param isComplete the {@code isComplete} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishWithDescendantsResult(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID taskId,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isComplete) {
}
