/**
 * Typed clients of the Umbraco Management API: one Spring HTTP interface per resource
 * group, and the conveniences around them (paging, created ids, media uploads, the server
 * probe and its version check).
 */
@NullMarked
package io.github.umbracomgmt.client;

import org.jspecify.annotations.NullMarked;
