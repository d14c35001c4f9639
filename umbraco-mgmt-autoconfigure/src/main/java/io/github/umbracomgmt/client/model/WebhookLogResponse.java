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
		UUID key,
		UUID webhookKey,
		String statusCode,
		Boolean isSuccessStatusCode,
		OffsetDateTime date,
		String eventAlias,
		String url,
		Integer retryCount,
		String requestHeaders,
		String requestBody,
		String responseHeaders,
		String responseBody,
		Boolean exceptionOccured) {
}
