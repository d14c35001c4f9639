/**
 * Records and enums of the Umbraco Management API's request and response bodies, named
 * after the OpenAPI document's schemas. A component that the document marks as nullable
 * or not required may be {@code null}.
 */
@NullMarked
package io.github.umbracomgmt.client.model;

import org.jspecify.annotations.NullMarked;
