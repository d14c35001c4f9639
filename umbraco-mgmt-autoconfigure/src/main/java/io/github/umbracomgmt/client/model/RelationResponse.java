package io.github.umbracomgmt.client.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code RelationResponseModel}.
 *
 * @param id the {@code id} (required)
 * @param relationType the {@code relationType} (required)
 * @param parent the {@code parent} (required)
 * @param child the {@code child} (required)
 * @param createDate the {@code createDate} (required)
 * @param comment the {@code comment}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RelationResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById relationType,
		@JsonInclude(JsonInclude.Include.ALWAYS) RelationReference parent,
		@JsonInclude(JsonInclude.Include.ALWAYS) RelationReference child,
		@JsonInclude(JsonInclude.Include.ALWAYS) OffsetDateTime createDate,
		String comment) {
}
