package io.github.umbracomgmt.autoconfigure;

import io.github.umbracomgmt.http.UmbracoRetryMetrics;
import io.github.umbracomgmt.token.TokenMetrics;

/**
 * Where each named site's token manager reports: meters tagged {@code site=<name>} when
 * Micrometer is present.
 *
 * @author umbraco-mgmt
 */
@FunctionalInterface
interface UmbracoSiteMetrics {

	/**
	 * The metrics of one site.
	 * @param siteName the site's name
	 * @return its metrics
	 */
	TokenMetrics forSite(String siteName);

	/**
	 * Where one site's retry filter reports.
	 * @param siteName the site's name
	 * @return its retry metrics; none by default
	 */
	default UmbracoRetryMetrics retries(String siteName) {
		return UmbracoRetryMetrics.NONE;
	}

}
