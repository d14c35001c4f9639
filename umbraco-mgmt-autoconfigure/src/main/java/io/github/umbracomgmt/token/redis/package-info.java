/**
 * The Redis token store: one access token shared by every instance of an application,
 * fetched by one of them under a lease, stored encrypted with a key derived from the
 * client secret.
 */
@NullMarked
package io.github.umbracomgmt.token.redis;

import org.jspecify.annotations.NullMarked;
