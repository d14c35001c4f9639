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
		UUID id,
		String originalUrl,
		String destinationUrl,
		OffsetDateTime created,
		ReferenceById document,
		String culture) {
}
