package io.github.umbracomgmt.client;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.web.service.annotation.HttpExchange;

import io.github.umbracomgmt.client.model.CurrentUser;
import io.github.umbracomgmt.client.model.User;

/**
 * The {@code User} operations of the Umbraco Management API (generated in
 * {@link UmbracoUserOperations}), with the starter's documented entry points
 * {@link #getCurrentUser()} and {@link #getUser(UUID)}.
 *
 * @author umbraco-mgmt
 */
@HttpExchange(accept = "application/json")
public interface UmbracoUserClient extends UmbracoUserOperations {

	/**
	 * The user the access token acts for: with client credentials, the API user
	 * ({@code GET /user/current}).
	 * @return the current user
	 */
	default Mono<CurrentUser> getCurrentUser() {
		return getUserCurrent();
	}

	/**
	 * One user ({@code GET /user/{id}}).
	 * @param id the user's id
	 * @return the user; fails with
	 * {@link io.github.umbracomgmt.error.UmbracoNotFoundException} when unknown
	 */
	default Mono<User> getUser(UUID id) {
		return getUserById(id);
	}

}
