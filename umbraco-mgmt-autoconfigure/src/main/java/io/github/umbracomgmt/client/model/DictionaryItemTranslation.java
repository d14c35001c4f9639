package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code DictionaryItemTranslationModel}.
 *
 * @param isoCode the {@code isoCode} (required)
 * @param translation the {@code translation} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DictionaryItemTranslation(
		@JsonInclude(JsonInclude.Include.ALWAYS) String isoCode,
		@JsonInclude(JsonInclude.Include.ALWAYS) String translation) {
}
