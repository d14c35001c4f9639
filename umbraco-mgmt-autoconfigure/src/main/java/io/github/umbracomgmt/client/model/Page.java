package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One page of a paged Management API listing ({@code Paged...ResponseModel}).
 *
 * @param total the number of items across all pages
 * @param items the items of this page
 * @param <T> the item type
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Page<T>(long total, List<T> items) {

	/**
	 * Creates a page; a missing item list becomes an empty one.
	 * @param total the number of items across all pages
	 * @param items the items of this page
	 */
	public Page {
		items = (items != null) ? List.copyOf(items) : List.of();
	}

}
