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

import io.github.umbracomgmt.client.model.CalculatedUserStartNodesResponse;
import io.github.umbracomgmt.client.model.ChangePasswordCurrentUserRequest;
import io.github.umbracomgmt.client.model.ChangePasswordUserRequest;
import io.github.umbracomgmt.client.model.CreateInitialPasswordUserRequest;
import io.github.umbracomgmt.client.model.CreateUserClientCredentialsRequest;
import io.github.umbracomgmt.client.model.CreateUserRequest;
import io.github.umbracomgmt.client.model.CurrentUser;
import io.github.umbracomgmt.client.model.CurrentUserConfigurationResponse;
import io.github.umbracomgmt.client.model.DeleteUsersRequest;
import io.github.umbracomgmt.client.model.Direction;
import io.github.umbracomgmt.client.model.DisableUserRequest;
import io.github.umbracomgmt.client.model.EnableTwoFactorRequest;
import io.github.umbracomgmt.client.model.EnableUserRequest;
import io.github.umbracomgmt.client.model.InviteUserRequest;
import io.github.umbracomgmt.client.model.NoopSetupTwoFactor;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.ResendInviteUserRequest;
import io.github.umbracomgmt.client.model.ResetPasswordUserResponse;
import io.github.umbracomgmt.client.model.SetAvatarRequest;
import io.github.umbracomgmt.client.model.UnlockUsersRequest;
import io.github.umbracomgmt.client.model.UpdateUserGroupsOnUserRequest;
import io.github.umbracomgmt.client.model.UpdateUserRequest;
import io.github.umbracomgmt.client.model.User;
import io.github.umbracomgmt.client.model.UserConfigurationResponse;
import io.github.umbracomgmt.client.model.UserExternalLoginProvider;
import io.github.umbracomgmt.client.model.UserItemResponse;
import io.github.umbracomgmt.client.model.UserOrder;
import io.github.umbracomgmt.client.model.UserPermissionsResponse;
import io.github.umbracomgmt.client.model.UserState;
import io.github.umbracomgmt.client.model.UserTwoFactorProvider;
import io.github.umbracomgmt.client.model.VerifyInviteUserRequest;
import io.github.umbracomgmt.client.model.VerifyInviteUserResponse;

/**
 * The {@code User} operations of the Umbraco Management API (39 operations), as the OpenAPI
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
public interface UmbracoUserClient {

	/**
	 * {@code GET /umbraco/management/api/v1/filter/user} ({@code GetFilterUser}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @param orderBy the {@code orderBy} query parameter
	 * @param orderDirection the {@code orderDirection} query parameter
	 * @param userGroupIds the {@code userGroupIds} query parameter
	 * @param userStates the {@code userStates} query parameter
	 * @param filter the {@code filter} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/filter/user")
	Mono<Page<User>> getFilterUser(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take,
			@RequestParam(name = "orderBy", required = false) UserOrder orderBy,
			@RequestParam(name = "orderDirection", required = false) Direction orderDirection,
			@RequestParam(name = "userGroupIds", required = false) List<UUID> userGroupIds,
			@RequestParam(name = "userStates", required = false) List<UserState> userStates,
			@RequestParam(name = "filter", required = false) String filter);

	/**
	 * Every item of {@link #getFilterUser}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param orderBy see {@link #getFilterUser}
	 * @param orderDirection see {@link #getFilterUser}
	 * @param userGroupIds see {@link #getFilterUser}
	 * @param userStates see {@link #getFilterUser}
	 * @param filter see {@link #getFilterUser}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<User> getFilterUserAll(UserOrder orderBy, Direction orderDirection, List<UUID> userGroupIds, List<UserState> userStates, String filter, int pageSize) {
		return Paging.flux((skip, take) -> getFilterUser(skip, take, orderBy, orderDirection, userGroupIds, userStates, filter), pageSize);
	}

	/**
	 * Every item of {@link #getFilterUser} as a blocking stream, requesting pages lazily; close it when done.
	 * @param orderBy see {@link #getFilterUser}
	 * @param orderDirection see {@link #getFilterUser}
	 * @param userGroupIds see {@link #getFilterUser}
	 * @param userStates see {@link #getFilterUser}
	 * @param filter see {@link #getFilterUser}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<User> getFilterUserStream(UserOrder orderBy, Direction orderDirection, List<UUID> userGroupIds, List<UserState> userStates, String filter, int pageSize) {
		return getFilterUserAll(orderBy, orderDirection, userGroupIds, userStates, filter, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/item/user} ({@code GetItemUser}).
	 * @param id the {@code id} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/user")
	Mono<List<UserItemResponse>> getItemUser(@RequestParam(name = "id", required = false) List<UUID> id);

	/**
	 * {@code POST /umbraco/management/api/v1/user} ({@code PostUser}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/user")
	Mono<ResponseEntity<Void>> postUser(@RequestBody CreateUserRequest body);

	/**
	 * Like {@link #postUser}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postUser}
	 * @return the created resource
	 */
	default Mono<Created> createUser(CreateUserRequest body) {
		return postUser(body).map(Created::from);
	}

	/**
	 * {@code DELETE /umbraco/management/api/v1/user} ({@code DeleteUser}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/user")
	Mono<ResponseEntity<Void>> deleteUser(@RequestBody DeleteUsersRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/user} ({@code GetUser}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/user")
	Mono<Page<User>> getUser(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getUser}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<User> getUserAll(int pageSize) {
		return Paging.flux((skip, take) -> getUser(skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getUser} as a blocking stream, requesting pages lazily; close it when done.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<User> getUserStream(int pageSize) {
		return getUserAll(pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/user/{id}} ({@code GetUserById}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/user/{id}")
	Mono<User> getUserById(@PathVariable("id") UUID id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/user/{id}} ({@code DeleteUserById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/user/{id}")
	Mono<ResponseEntity<Void>> deleteUserById(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/user/{id}} ({@code PutUserById}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/user/{id}")
	Mono<ResponseEntity<Void>> putUserById(@PathVariable("id") UUID id, @RequestBody UpdateUserRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/user/{id}/2fa} ({@code GetUserById2fa}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/user/{id}/2fa")
	Mono<List<UserTwoFactorProvider>> getUserById2fa(@PathVariable("id") UUID id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/user/{id}/2fa/{providerName}} ({@code DeleteUserById2faByProviderName}).
	 * @param id the {@code id} path parameter
	 * @param providerName the {@code providerName} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/user/{id}/2fa/{providerName}")
	Mono<ResponseEntity<Void>> deleteUserById2faByProviderName(@PathVariable("id") UUID id,
			@PathVariable("providerName") String providerName);

	/**
	 * {@code GET /umbraco/management/api/v1/user/{id}/calculate-start-nodes} ({@code GetUserByIdCalculateStartNodes}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/user/{id}/calculate-start-nodes")
	Mono<CalculatedUserStartNodesResponse> getUserByIdCalculateStartNodes(@PathVariable("id") UUID id);

	/**
	 * {@code POST /umbraco/management/api/v1/user/{id}/change-password} ({@code PostUserByIdChangePassword}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/user/{id}/change-password")
	Mono<ResponseEntity<Void>> postUserByIdChangePassword(@PathVariable("id") UUID id,
			@RequestBody ChangePasswordUserRequest body);

	/**
	 * {@code POST /umbraco/management/api/v1/user/{id}/client-credentials} ({@code PostUserByIdClientCredentials}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/user/{id}/client-credentials")
	Mono<ResponseEntity<Void>> postUserByIdClientCredentials(@PathVariable("id") UUID id,
			@RequestBody CreateUserClientCredentialsRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/user/{id}/client-credentials} ({@code GetUserByIdClientCredentials}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/user/{id}/client-credentials")
	Mono<List<String>> getUserByIdClientCredentials(@PathVariable("id") UUID id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/user/{id}/client-credentials/{clientId}} ({@code DeleteUserByIdClientCredentialsByClientId}).
	 * @param id the {@code id} path parameter
	 * @param clientId the {@code clientId} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/user/{id}/client-credentials/{clientId}")
	Mono<ResponseEntity<Void>> deleteUserByIdClientCredentialsByClientId(@PathVariable("id") UUID id,
			@PathVariable("clientId") String clientId);

	/**
	 * {@code POST /umbraco/management/api/v1/user/{id}/reset-password} ({@code PostUserByIdResetPassword}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@PostExchange(url = "/umbraco/management/api/v1/user/{id}/reset-password")
	Mono<ResetPasswordUserResponse> postUserByIdResetPassword(@PathVariable("id") UUID id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/user/avatar/{id}} ({@code DeleteUserAvatarById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/user/avatar/{id}")
	Mono<ResponseEntity<Void>> deleteUserAvatarById(@PathVariable("id") UUID id);

	/**
	 * {@code POST /umbraco/management/api/v1/user/avatar/{id}} ({@code PostUserAvatarById}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/user/avatar/{id}")
	Mono<ResponseEntity<Void>> postUserAvatarById(@PathVariable("id") UUID id, @RequestBody SetAvatarRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/user/configuration} ({@code GetUserConfiguration}).
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/user/configuration")
	Mono<UserConfigurationResponse> getUserConfiguration();

	/**
	 * {@code GET /umbraco/management/api/v1/user/current} ({@code GetUserCurrent}).
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/user/current")
	Mono<CurrentUser> getUserCurrent();

	/**
	 * {@code GET /umbraco/management/api/v1/user/current/2fa} ({@code GetUserCurrent2fa}).
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/user/current/2fa")
	Mono<List<UserTwoFactorProvider>> getUserCurrent2fa();

	/**
	 * {@code DELETE /umbraco/management/api/v1/user/current/2fa/{providerName}} ({@code DeleteUserCurrent2faByProviderName}).
	 * @param providerName the {@code providerName} path parameter
	 * @param code the {@code code} query parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/user/current/2fa/{providerName}")
	Mono<ResponseEntity<Void>> deleteUserCurrent2faByProviderName(@PathVariable("providerName") String providerName,
			@RequestParam(name = "code", required = false) String code);

	/**
	 * {@code POST /umbraco/management/api/v1/user/current/2fa/{providerName}} ({@code PostUserCurrent2faByProviderName}).
	 * @param providerName the {@code providerName} path parameter
	 * @param body the request body
	 * @return the response body
	 */
	@PostExchange(url = "/umbraco/management/api/v1/user/current/2fa/{providerName}")
	Mono<NoopSetupTwoFactor> postUserCurrent2faByProviderName(@PathVariable("providerName") String providerName,
			@RequestBody EnableTwoFactorRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/user/current/2fa/{providerName}} ({@code GetUserCurrent2faByProviderName}).
	 * @param providerName the {@code providerName} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/user/current/2fa/{providerName}")
	Mono<NoopSetupTwoFactor> getUserCurrent2faByProviderName(@PathVariable("providerName") String providerName);

	/**
	 * {@code POST /umbraco/management/api/v1/user/current/avatar} ({@code PostUserCurrentAvatar}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/user/current/avatar")
	Mono<ResponseEntity<Void>> postUserCurrentAvatar(@RequestBody SetAvatarRequest body);

	/**
	 * {@code POST /umbraco/management/api/v1/user/current/change-password} ({@code PostUserCurrentChangePassword}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/user/current/change-password")
	Mono<ResponseEntity<Void>> postUserCurrentChangePassword(@RequestBody ChangePasswordCurrentUserRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/user/current/configuration} ({@code GetUserCurrentConfiguration}).
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/user/current/configuration")
	Mono<CurrentUserConfigurationResponse> getUserCurrentConfiguration();

	/**
	 * {@code GET /umbraco/management/api/v1/user/current/login-providers} ({@code GetUserCurrentLoginProviders}).
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/user/current/login-providers")
	Mono<List<UserExternalLoginProvider>> getUserCurrentLoginProviders();

	/**
	 * {@code GET /umbraco/management/api/v1/user/current/permissions} ({@code GetUserCurrentPermissions}).
	 * @param id the {@code id} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/user/current/permissions")
	Mono<UserPermissionsResponse> getUserCurrentPermissions(@RequestParam(name = "id", required = false) List<UUID> id);

	/**
	 * {@code GET /umbraco/management/api/v1/user/current/permissions/document} ({@code GetUserCurrentPermissionsDocument}).
	 * @param id the {@code id} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/user/current/permissions/document")
	Mono<List<UserPermissionsResponse>> getUserCurrentPermissionsDocument(@RequestParam(name = "id", required = false) List<UUID> id);

	/**
	 * {@code GET /umbraco/management/api/v1/user/current/permissions/media} ({@code GetUserCurrentPermissionsMedia}).
	 * @param id the {@code id} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/user/current/permissions/media")
	Mono<UserPermissionsResponse> getUserCurrentPermissionsMedia(@RequestParam(name = "id", required = false) List<UUID> id);

	/**
	 * {@code POST /umbraco/management/api/v1/user/disable} ({@code PostUserDisable}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/user/disable")
	Mono<ResponseEntity<Void>> postUserDisable(@RequestBody DisableUserRequest body);

	/**
	 * {@code POST /umbraco/management/api/v1/user/enable} ({@code PostUserEnable}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/user/enable")
	Mono<ResponseEntity<Void>> postUserEnable(@RequestBody EnableUserRequest body);

	/**
	 * {@code POST /umbraco/management/api/v1/user/invite} ({@code PostUserInvite}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/user/invite")
	Mono<ResponseEntity<Void>> postUserInvite(@RequestBody InviteUserRequest body);

	/**
	 * Like {@link #postUserInvite}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postUserInvite}
	 * @return the created resource
	 */
	default Mono<Created> createUserInvite(InviteUserRequest body) {
		return postUserInvite(body).map(Created::from);
	}

	/**
	 * {@code POST /umbraco/management/api/v1/user/invite/create-password} ({@code PostUserInviteCreatePassword}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/user/invite/create-password")
	Mono<ResponseEntity<Void>> postUserInviteCreatePassword(@RequestBody CreateInitialPasswordUserRequest body);

	/**
	 * {@code POST /umbraco/management/api/v1/user/invite/resend} ({@code PostUserInviteResend}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/user/invite/resend")
	Mono<ResponseEntity<Void>> postUserInviteResend(@RequestBody ResendInviteUserRequest body);

	/**
	 * {@code POST /umbraco/management/api/v1/user/invite/verify} ({@code PostUserInviteVerify}).
	 * @param body the request body
	 * @return the response body
	 */
	@PostExchange(url = "/umbraco/management/api/v1/user/invite/verify")
	Mono<VerifyInviteUserResponse> postUserInviteVerify(@RequestBody VerifyInviteUserRequest body);

	/**
	 * {@code POST /umbraco/management/api/v1/user/set-user-groups} ({@code PostUserSetUserGroups}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/user/set-user-groups")
	Mono<ResponseEntity<Void>> postUserSetUserGroups(@RequestBody UpdateUserGroupsOnUserRequest body);

	/**
	 * {@code POST /umbraco/management/api/v1/user/unlock} ({@code PostUserUnlock}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/user/unlock")
	Mono<ResponseEntity<Void>> postUserUnlock(@RequestBody UnlockUsersRequest body);

	/**
	 * The user the access token acts for: with client credentials, the API user ({@code GET /user/current}).
	 * @return the current user
	 */
	default Mono<CurrentUser> getCurrentUser() {
		return getUserCurrent();
	}

	/**
	 * One user ({@code GET /user/{id}}).
	 * @param id the user's id
	 * @return the user; fails with {@link io.github.umbracomgmt.error.UmbracoNotFoundException} when unknown
	 */
	default Mono<User> getUser(UUID id) {
		return getUserById(id);
	}

	/**
	 * One page of users ({@code GET /user?skip=&take=}).
	 * @param skip how many users to skip
	 * @param take how many users to return at most
	 * @return the page, with the total across all pages
	 */
	default Mono<Page<User>> getUsers(int skip, int take) {
		return getUser(skip, take);
	}

	/**
	 * Every user, fetching pages of {@code pageSize} lazily as the returned Flux is consumed.
	 * @param pageSize the page size
	 * @return all users
	 */
	default Flux<User> getAllUsers(int pageSize) {
		return getUserAll(pageSize);
	}

}
