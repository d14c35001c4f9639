package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DomainPresentationModel}.
 *
 * @param domainName the {@code domainName} (required)
 * @param isoCode the {@code isoCode} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DomainPresentation(
		@JsonInclude(JsonInclude.Include.ALWAYS) String domainName,
		@JsonInclude(JsonInclude.Include.ALWAYS) String isoCode) {
}
