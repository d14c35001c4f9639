/**
 * An Umbraco site as one unit: {@code UmbracoSite.Builder} assembles a site's
 * registration, token manager, connector, authenticated WebClient, typed clients,
 * uploads, server probe and Spring Security managers, and is the one place where a
 * site-level feature (token store, retry, circuit breaker, meters) is added.
 */
@NullMarked
package io.github.umbracomgmt.site;

import org.jspecify.annotations.NullMarked;
