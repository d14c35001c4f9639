package io.github.umbracomgmt.client.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DocumentVersionItemResponseModel}.
 *
 * @param id the {@code id} (required)
 * @param document the {@code document} (required)
 * @param documentType the {@code documentType} (required)
 * @param user the {@code user} (required)
 * @param versionDate the {@code versionDate} (required)
 * @param isCurrentPublishedVersion the {@code isCurrentPublishedVersion} (required)
 * @param isCurrentDraftVersion the {@code isCurrentDraftVersion} (required)
 * @param preventCleanup the {@code preventCleanup} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentVersionItemResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById document,
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById documentType,
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById user,
		@JsonInclude(JsonInclude.Include.ALWAYS) OffsetDateTime versionDate,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isCurrentPublishedVersion,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isCurrentDraftVersion,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean preventCleanup) {
}
