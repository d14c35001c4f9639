/**
 * An in-process fake of the Umbraco Management API, so clients can be tested over real
 * HTTP without an Umbraco site: the token and revocation endpoints, bearer-token checks,
 * a few resource groups and fault injection.
 *
 * <p>
 * Only {@link io.github.umbracomgmt.test.UmbracoTestServer} and its companions are
 * public; routing, token storage and JSON shaping stay package-private so they can change
 * as more resource groups are added.
 */
@NullMarked
package io.github.umbracomgmt.test;

import org.jspecify.annotations.NullMarked;
