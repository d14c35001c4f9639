package io.github.umbracomgmt.client;

import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

import io.github.umbracomgmt.client.model.CurrentUser;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.User;

/**
 * Users of the Umbraco back office ({@code /umbraco/management/api/v1/user}). Every call is authenticated with the
 * application's shared access token; errors arrive as {@link io.github.umbracomgmt.error.UmbracoException}s.
 *
 * @author umbraco-mgmt
 */
@HttpExchange(url = "/umbraco/management/api/v1/user", accept = "application/json")
public interface UmbracoUserClient {

	/** The page size Umbraco uses when none is given. */
	int DEFAULT_PAGE_SIZE = 100;

	/**
	 * The user the access token acts for: with client credentials, the API user ({@code GET /user/current}).
	 * @return the current user
	 */
	@GetExchange("/current")
	Mono<CurrentUser> getCurrentUser();

	/**
	 * One user ({@code GET /user/{id}}).
	 * @param id the user's id
	 * @return the user; fails with {@link io.github.umbracomgmt.error.UmbracoNotFoundException} when unknown
	 */
	@GetExchange("/{id}")
	Mono<User> getUser(@PathVariable("id") UUID id);

	/**
	 * One page of users ({@code GET /user?skip=&take=}).
	 * @param skip how many users to skip
	 * @param take how many users to return at most
	 * @return the page, with the total across all pages
	 */
	@GetExchange
	Mono<Page<User>> getUsers(@RequestParam("skip") int skip, @RequestParam("take") int take);

	/**
	 * Every user, fetching pages of {@code pageSize} lazily as the returned Flux is consumed.
	 * @param pageSize the page size
	 * @return all users
	 */
	default Flux<User> getAllUsers(int pageSize) {
		return Paging.flux(this::getUsers, pageSize);
	}

}
