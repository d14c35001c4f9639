package io.github.umbracomgmt.test;

/**
 * One group of Management API operations (users, documents, media, settings...), each
 * keeping its own in-memory data, so adding a group means writing one class and listing
 * it in {@link UmbracoTestServer}.
 */
interface ResourceGroup {

	/**
	 * Adds this group's operations; patterns are relative to
	 * {@code /umbraco/management/api/v1}.
	 */
	void registerRoutes(Router router);

}
