package io.github.umbracomgmt.client.model;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code CreateMemberTypeRequestModel}.
 *
 * @param alias the {@code alias} (required)
 * @param name the {@code name} (required)
 * @param description the {@code description}
 * @param icon the {@code icon} (required)
 * @param allowedAsRoot the {@code allowedAsRoot} (required)
 * @param variesByCulture the {@code variesByCulture} (required)
 * @param variesBySegment the {@code variesBySegment} (required)
 * @param collection the {@code collection}
 * @param isElement the {@code isElement} (required)
 * @param properties the {@code properties} (required)
 * @param containers the {@code containers} (required)
 * @param id the {@code id}
 * @param compositions the {@code compositions} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateMemberTypeRequest(
		String alias,
		String name,
		String description,
		String icon,
		Boolean allowedAsRoot,
		Boolean variesByCulture,
		Boolean variesBySegment,
		ReferenceById collection,
		Boolean isElement,
		List<CreateMemberTypePropertyTypeRequest> properties,
		List<CreateMemberTypePropertyTypeContainerRequest> containers,
		UUID id,
		List<MemberTypeComposition> compositions) {
}
