package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code CreateWebhookRequestModel}.
 *
 * @param enabled the {@code enabled} (required)
 * @param name the {@code name}
 * @param description the {@code description}
 * @param url the {@code url} (required)
 * @param contentTypeKeys the {@code contentTypeKeys} (required)
 * @param headers the {@code headers} (required)
 * @param id the {@code id}
 * @param events the {@code events} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateWebhookRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean enabled,
		String name,
		String description,
		@JsonInclude(JsonInclude.Include.ALWAYS) String url,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<UUID> contentTypeKeys,
		@JsonInclude(JsonInclude.Include.ALWAYS) Map<String, String> headers,
		UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<String> events) {
}
