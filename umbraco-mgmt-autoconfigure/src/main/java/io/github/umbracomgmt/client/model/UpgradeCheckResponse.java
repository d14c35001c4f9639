package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code UpgradeCheckResponseModel}.
 *
 * @param type the {@code type} (required)
 * @param comment the {@code comment} (required)
 * @param url the {@code url} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpgradeCheckResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) String type,
		@JsonInclude(JsonInclude.Include.ALWAYS) String comment,
		@JsonInclude(JsonInclude.Include.ALWAYS) String url) {
}
