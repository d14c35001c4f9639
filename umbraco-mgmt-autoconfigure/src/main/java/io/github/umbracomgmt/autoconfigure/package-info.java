/**
 * Auto-configuration of the Umbraco Management API client: the
 * {@code umbraco.management.*} properties, their validation and failure analysis, and the
 * beans the starter contributes.
 */
@NullMarked
package io.github.umbracomgmt.autoconfigure;

import org.jspecify.annotations.NullMarked;
