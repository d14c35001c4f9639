package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DataTypeReferenceResponseModel}.
 *
 * @param contentType the {@code contentType} (required)
 * @param properties the {@code properties} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataTypeReferenceResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) DataTypeContentTypeReference contentType,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<DataTypePropertyReference> properties) {
}
