package io.github.umbracomgmt.client.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A reference to another resource by its id ({@code ReferenceByIdModel}).
 *
 * @param id the referenced resource's id
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferenceById(UUID id) {
}
