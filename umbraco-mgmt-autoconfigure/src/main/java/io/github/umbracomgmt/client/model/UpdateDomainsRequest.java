package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code UpdateDomainsRequestModel}.
 *
 * @param defaultIsoCode the {@code defaultIsoCode}
 * @param domains the {@code domains} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateDomainsRequest(
		String defaultIsoCode,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<DomainPresentation> domains) {
}
