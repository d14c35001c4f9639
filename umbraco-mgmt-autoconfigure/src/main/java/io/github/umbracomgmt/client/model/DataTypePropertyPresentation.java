package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DataTypePropertyPresentationModel}.
 *
 * @param alias the {@code alias} (required)
 * @param value the {@code value}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataTypePropertyPresentation(
		@JsonInclude(JsonInclude.Include.ALWAYS) String alias,
		Object value) {
}
