package io.github.umbracomgmt.autoconfigure;

import io.github.umbracomgmt.token.UmbracoTokenStore;

/**
 * Creates the shared token store of a site whose {@code token-store} asks for one.
 * Registered only when the store's library is on the classpath; the site factory fails
 * startup, naming the dependency, when a site asks for a store that no bean of this type
 * can create.
 *
 * @author umbraco-mgmt
 */
@FunctionalInterface
interface SiteTokenStores {

	/**
	 * Creates the store of one site.
	 * @param siteName the site's name
	 * @param prefix where the site's settings are bound, for error messages
	 * @param site the site's validated settings
	 * @return the site's store
	 */
	UmbracoTokenStore create(String siteName, String prefix, UmbracoSiteProperties site);

}
