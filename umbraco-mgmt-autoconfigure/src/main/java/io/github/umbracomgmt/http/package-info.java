/**
 * Assembly of the authenticated {@code WebClient}: the bearer filter with its retry after
 * a 401, and the mapping of error responses to exceptions.
 */
@NullMarked
package io.github.umbracomgmt.http;

import org.jspecify.annotations.NullMarked;
