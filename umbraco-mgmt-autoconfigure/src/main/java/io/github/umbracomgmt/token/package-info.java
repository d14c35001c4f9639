/**
 * The access token of an Umbraco site: the token manager that fetches, shares and
 * refreshes it, and the seam to a store shared by every instance of an application.
 */
@NullMarked
package io.github.umbracomgmt.token;

import org.jspecify.annotations.NullMarked;
