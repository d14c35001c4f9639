package io.github.umbracomgmt.client.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code AuditLogResponseModel}.
 *
 * @param user the {@code user} (required)
 * @param timestamp the {@code timestamp} (required)
 * @param logType the {@code logType} (required)
 * @param comment the {@code comment}
 * @param parameters the {@code parameters}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditLogResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) ReferenceById user,
		@JsonInclude(JsonInclude.Include.ALWAYS) OffsetDateTime timestamp,
		@JsonInclude(JsonInclude.Include.ALWAYS) AuditType logType,
		String comment,
		String parameters) {
}
