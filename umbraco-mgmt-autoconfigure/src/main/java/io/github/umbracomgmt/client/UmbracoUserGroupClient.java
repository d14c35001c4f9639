package io.github.umbracomgmt.client;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

import io.github.umbracomgmt.client.model.CreateUserGroupRequest;
import io.github.umbracomgmt.client.model.DeleteUserGroupsRequest;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.client.model.UpdateUserGroupRequest;
import io.github.umbracomgmt.client.model.UserGroupItemResponse;
import io.github.umbracomgmt.client.model.UserGroupResponse;

/**
 * The {@code User Group} operations of the Umbraco Management API (10 operations), as the OpenAPI
 * document defines them: paths, methods, parameters and field names. Every call is authenticated with the
 * application's shared access token; errors arrive as {@link io.github.umbracomgmt.error.UmbracoException}s.
 *
 * <p>Methods are named after the document's operation ids. Operations that answer with status and headers only
 * return the {@link org.springframework.http.ResponseEntity}: read {@code Umb-Notifications} with
 * {@link Created#notifications(org.springframework.http.ResponseEntity)}.
 *
 * @author umbraco-mgmt
 */
@HttpExchange(accept = "application/json")
public interface UmbracoUserGroupClient {

	/**
	 * {@code GET /umbraco/management/api/v1/filter/user-group} ({@code GetFilterUserGroup}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @param filter the {@code filter} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/filter/user-group")
	Mono<Page<UserGroupResponse>> getFilterUserGroup(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take,
			@RequestParam(name = "filter", required = false) String filter);

	/**
	 * Every item of {@link #getFilterUserGroup}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param filter see {@link #getFilterUserGroup}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<UserGroupResponse> getFilterUserGroupAll(String filter, int pageSize) {
		return Paging.flux((skip, take) -> getFilterUserGroup(skip, take, filter), pageSize);
	}

	/**
	 * Every item of {@link #getFilterUserGroup} as a blocking stream, requesting pages lazily; close it when done.
	 * @param filter see {@link #getFilterUserGroup}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<UserGroupResponse> getFilterUserGroupStream(String filter, int pageSize) {
		return getFilterUserGroupAll(filter, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/item/user-group} ({@code GetItemUserGroup}).
	 * @param id the {@code id} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/user-group")
	Mono<List<UserGroupItemResponse>> getItemUserGroup(@RequestParam(name = "id", required = false) List<UUID> id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/user-group} ({@code DeleteUserGroup}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/user-group")
	Mono<ResponseEntity<Void>> deleteUserGroup(@RequestBody DeleteUserGroupsRequest body);

	/**
	 * {@code POST /umbraco/management/api/v1/user-group} ({@code PostUserGroup}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/user-group")
	Mono<ResponseEntity<Void>> postUserGroup(@RequestBody CreateUserGroupRequest body);

	/**
	 * Like {@link #postUserGroup}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postUserGroup}
	 * @return the created resource
	 */
	default Mono<Created> createUserGroup(CreateUserGroupRequest body) {
		return postUserGroup(body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/user-group} ({@code GetUserGroup}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/user-group")
	Mono<Page<UserGroupResponse>> getUserGroup(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getUserGroup}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<UserGroupResponse> getUserGroupAll(int pageSize) {
		return Paging.flux((skip, take) -> getUserGroup(skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getUserGroup} as a blocking stream, requesting pages lazily; close it when done.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<UserGroupResponse> getUserGroupStream(int pageSize) {
		return getUserGroupAll(pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/user-group/{id}} ({@code GetUserGroupById}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/user-group/{id}")
	Mono<UserGroupResponse> getUserGroupById(@PathVariable("id") UUID id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/user-group/{id}} ({@code DeleteUserGroupById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/user-group/{id}")
	Mono<ResponseEntity<Void>> deleteUserGroupById(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/user-group/{id}} ({@code PutUserGroupById}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/user-group/{id}")
	Mono<ResponseEntity<Void>> putUserGroupById(@PathVariable("id") UUID id, @RequestBody UpdateUserGroupRequest body);

	/**
	 * {@code DELETE /umbraco/management/api/v1/user-group/{id}/users} ({@code DeleteUserGroupByIdUsers}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/user-group/{id}/users")
	Mono<ResponseEntity<Void>> deleteUserGroupByIdUsers(@PathVariable("id") UUID id,
			@RequestBody List<ReferenceById> body);

	/**
	 * {@code POST /umbraco/management/api/v1/user-group/{id}/users} ({@code PostUserGroupByIdUsers}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/user-group/{id}/users")
	Mono<ResponseEntity<Void>> postUserGroupByIdUsers(@PathVariable("id") UUID id,
			@RequestBody List<ReferenceById> body);

}
