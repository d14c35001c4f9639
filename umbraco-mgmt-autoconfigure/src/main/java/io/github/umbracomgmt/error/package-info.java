/**
 * The unchecked exceptions of the Umbraco Management API client, all under
 * {@link io.github.umbracomgmt.error.UmbracoException}, and the problem details and
 * notifications they carry.
 */
@NullMarked
package io.github.umbracomgmt.error;

import org.jspecify.annotations.NullMarked;
