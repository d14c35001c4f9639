package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code RelationTypeResponseModel}.
 *
 * @param name the {@code name} (required)
 * @param isBidirectional the {@code isBidirectional} (required)
 * @param isDependency the {@code isDependency} (required)
 * @param id the {@code id} (required)
 * @param alias the {@code alias}
 * @param parentObject the {@code parentObject}
 * @param childObject the {@code childObject}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RelationTypeResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isBidirectional,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isDependency,
		@JsonInclude(JsonInclude.Include.ALWAYS) UUID id,
		String alias,
		ObjectTypeResponse parentObject,
		ObjectTypeResponse childObject) {
}
