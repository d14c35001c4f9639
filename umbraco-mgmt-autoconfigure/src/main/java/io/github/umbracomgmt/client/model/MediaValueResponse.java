package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code MediaValueResponseModel}.
 *
 * @param culture the {@code culture}
 * @param segment the {@code segment}
 * @param alias the {@code alias} (required)
 * @param value the {@code value}
 * @param editorAlias the {@code editorAlias} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaValueResponse(
		String culture,
		String segment,
		@JsonInclude(JsonInclude.Include.ALWAYS) String alias,
		Object value,
		@JsonInclude(JsonInclude.Include.ALWAYS) String editorAlias) {
}
