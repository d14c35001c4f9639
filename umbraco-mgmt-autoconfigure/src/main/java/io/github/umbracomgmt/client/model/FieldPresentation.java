package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code FieldPresentationModel}.
 *
 * @param name the {@code name} (required)
 * @param values the {@code values} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldPresentation(
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<String> values) {
}
