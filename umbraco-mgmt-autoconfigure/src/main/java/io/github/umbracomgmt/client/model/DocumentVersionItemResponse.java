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
		UUID id,
		ReferenceById document,
		ReferenceById documentType,
		ReferenceById user,
		OffsetDateTime versionDate,
		Boolean isCurrentPublishedVersion,
		Boolean isCurrentDraftVersion,
		Boolean preventCleanup) {
}
