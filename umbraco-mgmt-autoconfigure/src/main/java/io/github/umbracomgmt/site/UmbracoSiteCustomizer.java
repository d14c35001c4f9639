package io.github.umbracomgmt.site;

/**
 * Adds a feature to every Umbraco site of the application as it is built, the default
 * site included: a token store, an API filter, other metrics. Beans of this type are
 * applied in order ({@code @Order}), after the site's own settings; use
 * {@link UmbracoSite.Builder#name()} to tell the sites apart.
 *
 * @author umbraco-mgmt
 */
@FunctionalInterface
public interface UmbracoSiteCustomizer {

	/**
	 * Customizes a site being built.
	 * @param site the site's builder
	 */
	void customize(UmbracoSite.Builder site);

}
