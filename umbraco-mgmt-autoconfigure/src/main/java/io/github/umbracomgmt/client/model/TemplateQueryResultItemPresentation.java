package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code TemplateQueryResultItemPresentationModel}.
 *
 * @param icon the {@code icon} (required)
 * @param name the {@code name} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateQueryResultItemPresentation(
		String icon,
		String name) {
}
