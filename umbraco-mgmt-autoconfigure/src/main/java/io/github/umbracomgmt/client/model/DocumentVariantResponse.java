package io.github.umbracomgmt.client.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DocumentVariantResponseModel}.
 *
 * @param culture the {@code culture}
 * @param segment the {@code segment}
 * @param name the {@code name} (required)
 * @param createDate the {@code createDate} (required)
 * @param updateDate the {@code updateDate} (required)
 * @param state the {@code state} (required)
 * @param publishDate the {@code publishDate}
 * @param scheduledPublishDate the {@code scheduledPublishDate}
 * @param scheduledUnpublishDate the {@code scheduledUnpublishDate}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentVariantResponse(
		String culture,
		String segment,
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		@JsonInclude(JsonInclude.Include.ALWAYS) OffsetDateTime createDate,
		@JsonInclude(JsonInclude.Include.ALWAYS) OffsetDateTime updateDate,
		@JsonInclude(JsonInclude.Include.ALWAYS) DocumentVariantState state,
		OffsetDateTime publishDate,
		OffsetDateTime scheduledPublishDate,
		OffsetDateTime scheduledUnpublishDate) {
}
