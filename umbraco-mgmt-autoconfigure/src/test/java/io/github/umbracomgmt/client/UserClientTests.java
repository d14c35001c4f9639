package io.github.umbracomgmt.client;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.umbracomgmt.autoconfigure.UmbracoManagementAutoConfiguration;
import io.github.umbracomgmt.client.model.CreateUserClientCredentialsRequest;
import io.github.umbracomgmt.client.model.CreateUserGroupRequest;
import io.github.umbracomgmt.client.model.CreateUserRequest;
import io.github.umbracomgmt.client.model.CurrentUser;
import io.github.umbracomgmt.client.model.DeleteUsersRequest;
import io.github.umbracomgmt.client.model.Direction;
import io.github.umbracomgmt.client.model.DisableUserRequest;
import io.github.umbracomgmt.client.model.EnableUserRequest;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.client.model.UnlockUsersRequest;
import io.github.umbracomgmt.client.model.UpdateUserGroupsOnUserRequest;
import io.github.umbracomgmt.client.model.UpdateUserRequest;
import io.github.umbracomgmt.client.model.User;
import io.github.umbracomgmt.client.model.UserItemResponse;
import io.github.umbracomgmt.client.model.UserKind;
import io.github.umbracomgmt.client.model.UserOrder;
import io.github.umbracomgmt.client.model.UserState;
import io.github.umbracomgmt.error.UmbracoAuthenticationException;
import io.github.umbracomgmt.error.UmbracoBadRequestException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;
import io.github.umbracomgmt.test.UserGroupIds;
import io.github.umbracomgmt.test.UserSeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UserClientTests extends ClientTestSupport {

	private static final String API = "/umbraco/management/api/v1";

	private static final String CLIENT_ID_PREFIX = "umbraco-back-office-";

	@Autowired
	private UmbracoUserClient users;

	@Autowired
	private UmbracoUserGroupClient userGroups;

	private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	private final String clientId = CLIENT_ID_PREFIX + "sync-" + this.suffix;

	private final String clientSecret = UUID.randomUUID().toString().replace("-", "");

	@Test
	void createsAnApiUserInANewUserGroup() {
		UUID group = createUserGroup();
		UUID id = createApiUser(group);
		User user = this.users.getUserById(id).block();
		assertThat(user.id()).isEqualTo(id);
		assertThat(user.kind()).isEqualTo(UserKind.API);
		assertThat(user.state()).isEqualTo(UserState.ACTIVE);
		assertThat(user.name()).isEqualTo("Sync job " + this.suffix);
		assertThat(user.email()).isEqualTo(email("sync"));
		assertThat(user.userName()).isEqualTo(email("sync"));
		assertThat(user.userGroupIds()).containsExactly(new ReferenceById(group));
		assertThat(user.isAdmin()).isFalse();
		assertThat(this.umbraco.users().find(id)).hasValueSatisfying((seed) -> {
			assertThat(seed.getKind()).isEqualTo(UserSeed.KIND_API);
			assertThat(seed.getAllowedSections()).containsExactly("Umb.Section.Content", "Umb.Section.Media");
		});
	}

	@Test
	void addsAndListsClientCredentialsOfAnApiUser() {
		UUID id = createApiUser(createUserGroup());
		var response = this.users
			.postUserByIdClientCredentials(id, new CreateUserClientCredentialsRequest(this.clientId, this.clientSecret))
			.block();
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(this.users.getUserByIdClientCredentials(id).block()).containsExactly(this.clientId);
		assertThat(this.umbraco.users().clientCredentials(id)).containsExactly(this.clientId);
	}

	@Test
	void completesAClientIdWithoutTheBackOfficePrefix() {
		UUID id = createApiUser(createUserGroup());
		this.users
			.postUserByIdClientCredentials(id,
					new CreateUserClientCredentialsRequest("short-" + this.suffix, this.clientSecret))
			.block();
		assertThat(this.users.getUserByIdClientCredentials(id).block())
			.containsExactly(CLIENT_ID_PREFIX + "short-" + this.suffix);
	}

	@Test
	void authenticatesAsTheApiUserWithItsNewClientCredentials() {
		UUID group = createUserGroup();
		UUID id = createApiUserWithCredentials(group);
		apiUserContext().run((context) -> {
			CurrentUser current = context.getBean(UmbracoUserClient.class).getCurrentUser().block();
			assertThat(current.id()).isEqualTo(id);
			assertThat(current.name()).isEqualTo("Sync job " + this.suffix);
			assertThat(current.email()).isEqualTo(email("sync"));
			assertThat(current.userGroupIds()).containsExactly(new ReferenceById(group));
			assertThat(current.allowedSections()).containsExactlyInAnyOrder("Umb.Section.Content", "Umb.Section.Media");
			assertThat(current.fallbackPermissions()).containsExactly("Umb.Document.Read");
			assertThat(current.isAdmin()).isFalse();
		});
		// the shared application still acts as the server's own API user
		assertThat(this.users.getCurrentUser().block().id()).isEqualTo(this.umbraco.users().current().getId())
			.isNotEqualTo(id);
	}

	@Test
	void deletedClientCredentialsNoLongerAuthenticate() {
		UUID id = createApiUserWithCredentials(createUserGroup());
		apiUserContext()
			.run((context) -> assertThat(context.getBean(UmbracoUserClient.class).getCurrentUser().block().id())
				.isEqualTo(id));

		var deleted = this.users.deleteUserByIdClientCredentialsByClientId(id, this.clientId).block();
		assertThat(deleted.getStatusCode().value()).isEqualTo(200);
		assertThat(this.users.getUserByIdClientCredentials(id).block()).isEmpty();

		apiUserContext().run((context) -> assertThatExceptionOfType(UmbracoAuthenticationException.class)
			.isThrownBy(() -> context.getBean(UmbracoUserClient.class).getCurrentUser().block())
			.satisfies((ex) -> {
				assertThat(ex.getError()).isEqualTo("invalid_client");
				assertThat(ex.getErrorDescription()).isEqualTo("The specified client credentials are invalid.");
			}));
	}

	@Test
	void disablesAndEnablesAUser() {
		UUID id = this.umbraco.users().add("Toggle", email("toggle"));
		var disabled = this.users.postUserDisable(new DisableUserRequest(List.of(new ReferenceById(id)))).block();
		assertThat(disabled.getStatusCode().value()).isEqualTo(200);
		assertThat(Created.notifications(disabled)).isNotEmpty();
		assertThat(this.users.getUserById(id).block().state()).isEqualTo(UserState.DISABLED);
		assertThat(this.umbraco.users().find(id).get().getState()).isEqualTo(UserSeed.STATE_DISABLED);

		var enabled = this.users.postUserEnable(new EnableUserRequest(List.of(new ReferenceById(id)))).block();
		assertThat(enabled.getStatusCode().value()).isEqualTo(200);
		assertThat(this.users.getUserById(id).block().state()).isEqualTo(UserState.ACTIVE);
	}

	@Test
	void aDisabledApiUsersCredentialsStopWorkingUntilItIsEnabled() {
		UUID id = createApiUserWithCredentials(createUserGroup());
		this.users.postUserDisable(new DisableUserRequest(List.of(new ReferenceById(id)))).block();
		apiUserContext().run((context) -> assertThatExceptionOfType(UmbracoAuthenticationException.class)
			.isThrownBy(() -> context.getBean(UmbracoUserClient.class).getCurrentUser().block())
			.satisfies((ex) -> assertThat(ex.getError()).isEqualTo("invalid_client")));

		this.users.postUserEnable(new EnableUserRequest(List.of(new ReferenceById(id)))).block();
		apiUserContext()
			.run((context) -> assertThat(context.getBean(UmbracoUserClient.class).getCurrentUser().block().id())
				.isEqualTo(id));
	}

	@Test
	void refusesToDisableTheActingUser() {
		UUID self = this.users.getCurrentUser().block().id();
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(
					() -> this.users.postUserDisable(new DisableUserRequest(List.of(new ReferenceById(self)))).block())
			.satisfies((ex) -> {
				assertThat(ex.getProblemDetails().title()).isEqualTo("Cannot disable");
				assertThat(ex.getOperationStatus()).isEqualTo("CannotDisableSelf");
			});
		assertThat(this.umbraco.users().current().getState()).isEqualTo(UserSeed.STATE_ACTIVE);
	}

	@Test
	void createsReadsUpdatesAndDeletesABackOfficeUser() {
		Created created = this.users
			.createUser(new CreateUserRequest(email("editor"), email("editor"), "Editor " + this.suffix,
					List.of(new ReferenceById(UserGroupIds.EDITOR)), null, UserKind.DEFAULT))
			.block();
		assertThat(created.id()).isNotNull();
		assertThat(created.location().toString()).endsWith("/user/" + created.id());
		assertThat(created.notifications()).isNotEmpty();

		User user = this.users.getUserById(created.id()).block();
		assertThat(user.kind()).isEqualTo(UserKind.DEFAULT);
		assertThat(user.state()).isEqualTo(UserState.INACTIVE);
		assertThat(user.userGroupIds()).containsExactly(new ReferenceById(UserGroupIds.EDITOR));
		assertThat(user.createDate()).isNotNull();
		assertThat(user.lastLoginDate()).isNull();

		UUID documentStart = UUID.randomUUID();
		var updated = this.users
			.putUserById(created.id(),
					new UpdateUserRequest(email("chief"), email("chief"), "Chief editor " + this.suffix,
							List.of(new ReferenceById(UserGroupIds.EDITOR), new ReferenceById(UserGroupIds.WRITER)),
							"da-DK", List.of(new ReferenceById(documentStart)), false, List.of(), true, null, null))
			.block();
		assertThat(updated.getStatusCode().value()).isEqualTo(200);
		assertThat(Created.notifications(updated)).isNotEmpty();
		User changed = this.users.getUser(created.id()).block();
		assertThat(changed.name()).isEqualTo("Chief editor " + this.suffix);
		assertThat(changed.email()).isEqualTo(email("chief"));
		assertThat(changed.languageIsoCode()).isEqualTo("da-DK");
		assertThat(changed.userGroupIds()).containsExactlyInAnyOrder(new ReferenceById(UserGroupIds.EDITOR),
				new ReferenceById(UserGroupIds.WRITER));
		assertThat(changed.documentStartNodeIds()).containsExactly(new ReferenceById(documentStart));
		assertThat(changed.hasDocumentRootAccess()).isFalse();
		assertThat(changed.hasMediaRootAccess()).isTrue();

		var deleted = this.users.deleteUserById(created.id()).block();
		assertThat(deleted.getStatusCode().value()).isEqualTo(200);
		assertThat(this.umbraco.users().find(created.id())).isEmpty();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.users.getUserById(created.id()).block())
			.satisfies((ex) -> {
				assertThat(ex.getProblemDetails().title()).isEqualTo("The user was not found");
				assertThat(ex.getOperationStatus()).isEqualTo("UserNotFound");
			});
	}

	@Test
	void deletesSeveralUsersAtOnce() {
		UUID first = this.umbraco.users().add("Bulk 1", email("bulk1"));
		UUID second = this.umbraco.users().add("Bulk 2", email("bulk2"));
		var response = this.users
			.deleteUser(new DeleteUsersRequest(List.of(new ReferenceById(first), new ReferenceById(second))))
			.block();
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(this.umbraco.users().find(first)).isEmpty();
		assertThat(this.umbraco.users().find(second)).isEmpty();
	}

	@Test
	void unlocksALockedOutUser() {
		UUID id = this.umbraco.users().add("Locked", email("locked"));
		this.umbraco.users().find(id).get().setState(UserSeed.STATE_LOCKED_OUT).setFailedLoginAttempts(5);
		assertThat(this.users.getUserById(id).block().state()).isEqualTo(UserState.LOCKED_OUT);

		this.users.postUserUnlock(new UnlockUsersRequest(List.of(new ReferenceById(id)))).block();
		User user = this.users.getUserById(id).block();
		assertThat(user.state()).isEqualTo(UserState.ACTIVE);
		assertThat(user.failedLoginAttempts()).isZero();
	}

	@Test
	void replacesTheGroupsOfSeveralUsers() {
		UUID group = this.umbraco.users().addGroup("assigned" + this.suffix, "Assigned " + this.suffix);
		UUID first = this.umbraco.users().add("Assigned 1", email("assigned1"));
		UUID second = this.umbraco.users().add("Assigned 2", email("assigned2"));
		this.users
			.postUserSetUserGroups(
					new UpdateUserGroupsOnUserRequest(List.of(new ReferenceById(first), new ReferenceById(second)),
							List.of(new ReferenceById(group), new ReferenceById(UserGroupIds.WRITER))))
			.block();
		assertThat(this.users.getUserById(first).block().userGroupIds())
			.containsExactlyInAnyOrder(new ReferenceById(group), new ReferenceById(UserGroupIds.WRITER));
		assertThat(this.umbraco.users().find(second).get().getUserGroupIds()).containsExactlyInAnyOrder(group,
				UserGroupIds.WRITER);
	}

	@Test
	void walksAllUsersLazilyPageByPage() {
		for (int i = 0; i < 4; i++) {
			this.umbraco.users().add("Paged " + i, email("paged" + i));
		}
		Page<User> first = this.users.getUserPage(0, 2).block();
		assertThat(first.items()).hasSize(2);
		long total = first.total();
		this.umbraco.resetCounters();
		List<User> all = this.users.getUserAll(2).collectList().block();
		assertThat(all).hasSize((int) total).extracting(User::id).doesNotHaveDuplicates();
		assertThat(this.umbraco.apiRequests("GET", API + "/user")).isEqualTo((int) ((total + 1) / 2));
		try (var stream = this.users.getUserStream(3)) {
			assertThat(stream.count()).isEqualTo(total);
		}
		assertThat(this.users.getUserAll(100).count().block()).isEqualTo(total);
	}

	@Test
	void filtersUsersByTextGroupAndStateInOrder() {
		UUID group = this.umbraco.users().addGroup("filtered" + this.suffix, "Filtered " + this.suffix);
		UUID anna = this.umbraco.users().add("Anna " + this.suffix, email("anna"));
		UUID bert = this.umbraco.users().add("Bert " + this.suffix, email("bert"));
		UUID carl = this.umbraco.users().add("Carl " + this.suffix, email("carl"));
		this.users
			.postUserSetUserGroups(new UpdateUserGroupsOnUserRequest(
					List.of(new ReferenceById(anna), new ReferenceById(carl)), List.of(new ReferenceById(group))))
			.block();
		this.users.postUserDisable(new DisableUserRequest(List.of(new ReferenceById(carl)))).block();

		this.umbraco.resetCounters();
		assertThat(this.users.getFilterUserAll(UserOrder.NAME, Direction.DESCENDING, null, null, this.suffix, 2)
			.map(User::id)
			.collectList()
			.block()).containsExactly(carl, bert, anna);
		assertThat(this.umbraco.apiRequests("GET", API + "/filter/user")).isEqualTo(2);
		try (var stream = this.users.getFilterUserStream(null, null, List.of(group), null, null, 10)) {
			assertThat(stream.map(User::id)).containsExactlyInAnyOrder(anna, carl);
		}
		assertThat(this.users.getFilterUserPage(0, 10, null, null, List.of(group), List.of(UserState.DISABLED), null)
			.block()
			.items()).extracting(User::id).containsExactly(carl);
	}

	@Test
	void readsItemsByRepeatedIdParameters() {
		UUID person = this.umbraco.users().add("Item person", email("item"));
		UUID robot = this.umbraco.users().addApiUser("Item robot", email("robot"));
		List<UserItemResponse> items = this.users.getItemUser(List.of(person, UUID.randomUUID(), robot)).block();
		assertThat(items).extracting(UserItemResponse::id).containsExactly(person, robot);
		assertThat(items).extracting(UserItemResponse::kind).containsExactly(UserKind.DEFAULT, UserKind.API);
		assertThat(items).extracting(UserItemResponse::name).containsExactly("Item person", "Item robot");
	}

	@Test
	void readsTheCurrentUserOfTheSharedApplication() {
		CurrentUser current = this.users.getUserCurrent().block();
		UserSeed seed = this.umbraco.users().current();
		assertThat(current.id()).isEqualTo(seed.getId());
		assertThat(current.name()).isEqualTo(seed.getName());
		assertThat(current.email()).isEqualTo(seed.getEmail());
	}

	@Test
	void readsTheUserConfigurations() {
		var configuration = this.users.getUserConfiguration().block();
		assertThat(configuration.usernameIsEmail()).isTrue();
		assertThat(configuration.passwordConfiguration().minimumPasswordLength()).isEqualTo(10);
		var current = this.users.getUserCurrentConfiguration().block();
		assertThat(current.allowChangePassword()).isTrue();
		assertThat(current.passwordConfiguration().minimumPasswordLength()).isEqualTo(10);
	}

	@Test
	void refusesAUserNameThatIsNotTheEmail() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.users.createUser(new CreateUserRequest(email("mismatch"), "mismatch" + this.suffix,
					"Mismatch", List.of(new ReferenceById(UserGroupIds.EDITOR)), null, UserKind.DEFAULT))
				.block())
			.satisfies((ex) -> {
				assertThat(ex.getProblemDetails().title()).isEqualTo("Invalid Username");
				assertThat(ex.getOperationStatus()).isEqualTo("UserNameIsNotEmail");
			});
	}

	@Test
	void reportsAMissingUserGroupAsNotFound() {
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.users.createUser(new CreateUserRequest(email("orphan"), email("orphan"), "Orphan",
					List.of(new ReferenceById(UUID.randomUUID())), null, UserKind.API))
				.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("MissingUserGroup"));
	}

	@Test
	void refusesClientCredentialsForABackOfficeUser() {
		UUID id = this.umbraco.users().add("Person", email("person"));
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(
					() -> this.users
						.postUserByIdClientCredentials(id,
								new CreateUserClientCredentialsRequest(this.clientId, this.clientSecret))
						.block())
			.satisfies((ex) -> {
				assertThat(ex.getProblemDetails().title()).isEqualTo("Invalid user");
				assertThat(ex.getOperationStatus()).isEqualTo("InvalidUser");
			});
	}

	@Test
	void refusesAnInvalidOrTakenClientId() {
		UUID id = createApiUserWithCredentials(createUserGroup());
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.users
				.postUserByIdClientCredentials(id, new CreateUserClientCredentialsRequest("not valid!", "secret"))
				.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("InvalidClientId"));
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.users
				.postUserByIdClientCredentials(id, new CreateUserClientCredentialsRequest(this.clientId, "other"))
				.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("DuplicateClientId"));
	}

	private UUID createUserGroup() {
		return this.userGroups
			.createUserGroup(new CreateUserGroupRequest("Integrations " + this.suffix, "integrations" + this.suffix,
					"icon-plugin", List.of("Umb.Section.Content", "Umb.Section.Media"), List.of(), true, null, true,
					null, true, List.of("Umb.Document.Read"), List.of(), null, null, null, null))
			.block()
			.id();
	}

	private UUID createApiUser(UUID group) {
		return this.users
			.createUser(new CreateUserRequest(email("sync"), email("sync"), "Sync job " + this.suffix,
					List.of(new ReferenceById(group)), null, UserKind.API))
			.block()
			.id();
	}

	private UUID createApiUserWithCredentials(UUID group) {
		UUID id = createApiUser(group);
		this.users
			.postUserByIdClientCredentials(id, new CreateUserClientCredentialsRequest(this.clientId, this.clientSecret))
			.block();
		return id;
	}

	/** A second application that signs in with the new API user's client credentials. */
	private ApplicationContextRunner apiUserContext() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(UmbracoManagementAutoConfiguration.class))
			.withPropertyValues("umbraco.management.base-url=" + this.umbraco.baseUrl(),
					"umbraco.management.client-id=" + this.clientId,
					"umbraco.management.client-secret=" + this.clientSecret);
	}

	private String email(String local) {
		return local + "." + this.suffix + "@example.com";
	}

}
