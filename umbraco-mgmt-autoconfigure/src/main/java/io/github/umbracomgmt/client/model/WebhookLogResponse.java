package io.github.umbracomgmt.client.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code WebhookLogResponseModel}.
 *
 * @param key the {@code key} (required)
 * @param webhookKey the {@code webhookKey} (required)
 * @param statusCode the {@code statusCode} (required)
 * @param isSuccessStatusCode the {@code isSuccessStatusCode} (required)
 * @param date the {@code date} (required)
 * @param eventAlias the {@code eventAlias} (required)
 * @param url the {@code url} (required)
 * @param retryCount the {@code retryCount} (required)
 * @param requestHeaders the {@code requestHeaders} (required)
 * @param requestBody the {@code requestBody} (required)
 * @param responseHeaders the {@code responseHeaders} (required)
 * @param responseBody the {@code responseBody} (required)
 * @param exceptionOccured the {@code exceptionOccured} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookLogResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID key,
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID webhookKey,
		@JsonInclude(JsonInclude.Include.ALWAYS) String statusCode,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isSuccessStatusCode,
		@JsonInclude(JsonInclude.Include.ALWAYS) OffsetDateTime date,
		@JsonInclude(JsonInclude.Include.ALWAYS) String eventAlias,
		@JsonInclude(JsonInclude.Include.ALWAYS) String url,
		@JsonInclude(JsonInclude.Include.ALWAYS) Integer retryCount,
		@JsonInclude(JsonInclude.Include.ALWAYS) String requestHeaders,
		@JsonInclude(JsonInclude.Include.ALWAYS) String requestBody,
		@JsonInclude(JsonInclude.Include.ALWAYS) String responseHeaders,
		@JsonInclude(JsonInclude.Include.ALWAYS) String responseBody,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean exceptionOccured) {
}
