package io.github.umbracomgmt.client.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code MediaVariantResponseModel}.
 *
 * @param culture the {@code culture}
 * @param segment the {@code segment}
 * @param name the {@code name} (required)
 * @param createDate the {@code createDate} (required)
 * @param updateDate the {@code updateDate} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaVariantResponse(
		String culture,
		String segment,
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		@JsonInclude(JsonInclude.Include.ALWAYS) OffsetDateTime createDate,
		@JsonInclude(JsonInclude.Include.ALWAYS) OffsetDateTime updateDate) {
}
