package io.github.umbracomgmt.test;

import java.util.Map;
import java.util.UUID;

/** The {@code User} operations: the current user, a user by id and the paged user list. */
final class UserResources implements ResourceGroup {

	private final UserStore users;

	UserResources(UserStore users) {
		this.users = users;
	}

	@Override
	public void registerRoutes(Router router) {
		router.get("/user/current", (request, variables) -> ApiResponse.json(200, UserJson.currentUser(this.users.current())));
		router.get("/user/{id:uuid}", this::userById);
		router.get("/user", (request, variables) -> ApiResponse.json(200,
				Paging.from(request, 100).page(this.users.all(), UserJson::user)));
	}

	private ApiResponse userById(ApiRequest request, Map<String, String> variables) {
		UUID id = UUID.fromString(variables.get("id"));
		return this.users.find(id)
			.map(user -> ApiResponse.json(200, UserJson.user(user)))
			.orElseGet(() -> ApiResponse.problem(404, "The user was not found",
					"The specified user was not found.", "UserNotFound"));
	}
}
