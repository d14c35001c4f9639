/**
 * The Actuator health of each configured Umbraco site: server status, token and version.
 */
@NullMarked
package io.github.umbracomgmt.health;

import org.jspecify.annotations.NullMarked;
