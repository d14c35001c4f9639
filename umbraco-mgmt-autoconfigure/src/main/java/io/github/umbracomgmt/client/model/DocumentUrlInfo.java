package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DocumentUrlInfoModel}.
 *
 * @param culture the {@code culture} (required)
 * @param url the {@code url} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentUrlInfo(
		@JsonInclude(JsonInclude.Include.ALWAYS) String culture,
		@JsonInclude(JsonInclude.Include.ALWAYS) String url) {
}
