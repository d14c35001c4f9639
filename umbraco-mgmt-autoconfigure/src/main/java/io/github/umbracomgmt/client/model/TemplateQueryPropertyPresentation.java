package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code TemplateQueryPropertyPresentationModel}.
 *
 * @param alias the {@code alias} (required)
 * @param type the {@code type} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateQueryPropertyPresentation(
		@JsonInclude(JsonInclude.Include.ALWAYS) String alias,
		@JsonInclude(JsonInclude.Include.ALWAYS) TemplateQueryPropertyType type) {
}
