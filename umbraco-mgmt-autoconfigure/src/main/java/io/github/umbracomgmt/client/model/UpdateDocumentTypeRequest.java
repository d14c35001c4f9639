package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code UpdateDocumentTypeRequestModel}.
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
 * @param allowedTemplates the {@code allowedTemplates} (required)
 * @param defaultTemplate the {@code defaultTemplate}
 * @param cleanup the {@code cleanup} (required)
 * @param allowedDocumentTypes the {@code allowedDocumentTypes} (required)
 * @param compositions the {@code compositions} (required)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateDocumentTypeRequest(
		@JsonInclude(JsonInclude.Include.ALWAYS) String alias,
		@JsonInclude(JsonInclude.Include.ALWAYS) String name,
		String description,
		@JsonInclude(JsonInclude.Include.ALWAYS) String icon,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean allowedAsRoot,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean variesByCulture,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean variesBySegment,
		ReferenceById collection,
		@JsonInclude(JsonInclude.Include.ALWAYS) Boolean isElement,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<UpdateDocumentTypePropertyTypeRequest> properties,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<UpdateDocumentTypePropertyTypeContainerRequest> containers,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<ReferenceById> allowedTemplates,
		ReferenceById defaultTemplate,
		@JsonInclude(JsonInclude.Include.ALWAYS) DocumentTypeCleanup cleanup,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<DocumentTypeSort> allowedDocumentTypes,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<DocumentTypeComposition> compositions) {
}
