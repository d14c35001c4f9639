package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code PropertyTypeAppearanceModel}.
 *
 * @param labelOnTop the {@code labelOnTop} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PropertyTypeAppearance(
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean labelOnTop) {
}
