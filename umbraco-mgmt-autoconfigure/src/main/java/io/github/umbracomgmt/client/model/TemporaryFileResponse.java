package io.github.umbracomgmt.client.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code TemporaryFileResponseModel}.
 *
 * @param id the {@code id} (required)
 * @param availableUntil the {@code availableUntil}
 * @param fileName the {@code fileName} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemporaryFileResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		OffsetDateTime availableUntil,
		@JsonInclude(JsonInclude.Include.ALWAYS) String fileName) {
}
