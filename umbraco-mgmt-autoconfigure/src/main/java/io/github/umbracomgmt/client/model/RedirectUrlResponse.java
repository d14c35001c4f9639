package io.github.umbracomgmt.client.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code RedirectUrlResponseModel}.
 *
 * @param id the {@code id} (required)
 * @param originalUrl the {@code originalUrl} (required)
 * @param destinationUrl the {@code destinationUrl} (required)
 * @param created the {@code created} (required)
 * @param document the {@code document} (required)
 * @param culture the {@code culture}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RedirectUrlResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) String originalUrl,
		@JsonInclude(JsonInclude.Include.ALWAYS) String destinationUrl,
		@JsonInclude(JsonInclude.Include.ALWAYS) OffsetDateTime created,
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById document,
		String culture) {
}
