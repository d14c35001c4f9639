package io.github.umbracomgmt.client;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.CreateUserGroupRequest;
import io.github.umbracomgmt.client.model.DeleteUserGroupsRequest;
import io.github.umbracomgmt.client.model.Permission;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.client.model.UpdateUserGroupRequest;
import io.github.umbracomgmt.client.model.UserGroupItemResponse;
import io.github.umbracomgmt.client.model.UserGroupResponse;
import io.github.umbracomgmt.error.UmbracoBadRequestException;
import io.github.umbracomgmt.error.UmbracoConflictException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;
import io.github.umbracomgmt.test.UserGroupIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UserGroupClientTests extends ClientTestSupport {

	private static final String API = "/umbraco/management/api/v1";

	private static final String READ = "Umb.Document.Read";

	private static final String UPDATE = "Umb.Document.Update";

	@Autowired
	private UmbracoUserGroupClient userGroups;

	private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	@Test
	void createsReadsUpdatesAndDeletesAUserGroup() {
		UUID document = UUID.randomUUID();
		UUID documentStart = UUID.randomUUID();
		Created created = this.userGroups
			.createUserGroup(new CreateUserGroupRequest("Reviewers " + this.suffix, "reviewers" + this.suffix,
					"icon-eye", List.of("Umb.Section.Content"), List.of("en-US"), false,
					new ReferenceById(documentStart), false, null, true, List.of(READ),
					List.of(new Permission.Document(new ReferenceById(document), List.of(READ, UPDATE))), null, null,
					null, null))
			.block();
		assertThat(created.id()).isNotNull();
		assertThat(created.location().toString()).endsWith("/user-group/" + created.id());
		assertThat(created.notifications()).isNotEmpty();
		assertThat(this.umbraco.users().group(created.id())).hasValueSatisfying((info) -> {
			assertThat(info.alias()).isEqualTo("reviewers" + this.suffix);
			assertThat(info.sections()).containsExactly("Umb.Section.Content");
			assertThat(info.deletable()).isTrue();
		});

		UserGroupResponse group = this.userGroups.getUserGroupById(created.id()).block();
		assertThat(group.id()).isEqualTo(created.id());
		assertThat(group.name()).isEqualTo("Reviewers " + this.suffix);
		assertThat(group.icon()).isEqualTo("icon-eye");
		assertThat(group.languages()).containsExactly("en-US");
		assertThat(group.hasAccessToAllLanguages()).isFalse();
		assertThat(group.documentStartNode()).isEqualTo(new ReferenceById(documentStart));
		assertThat(group.documentRootAccess()).isFalse();
		assertThat(group.mediaStartNode()).isNull();
		assertThat(group.mediaRootAccess()).isTrue();
		assertThat(group.fallbackPermissions()).containsExactly(READ);
		assertThat(group.permissions())
			.containsExactly(new Permission.Document(new ReferenceById(document), List.of(READ, UPDATE)));
		assertThat(group.isDeletable()).isTrue();
		assertThat(group.aliasCanBeChanged()).isTrue();

		var updated = this.userGroups
			.putUserGroupById(created.id(),
					new UpdateUserGroupRequest("Senior reviewers " + this.suffix, "senior" + this.suffix, null,
							List.of("Umb.Section.Content", "Umb.Section.Media"), List.of(), true, null, true, null,
							true, List.of(READ, UPDATE), List.of(), null, null, null))
			.block();
		assertThat(updated.getStatusCode().value()).isEqualTo(200);
		assertThat(Created.notifications(updated)).isNotEmpty();
		UserGroupResponse changed = this.userGroups.getUserGroupById(created.id()).block();
		assertThat(changed.name()).isEqualTo("Senior reviewers " + this.suffix);
		assertThat(changed.alias()).isEqualTo("senior" + this.suffix);
		assertThat(changed.icon()).isNull();
		assertThat(changed.sections()).containsExactly("Umb.Section.Content", "Umb.Section.Media");
		assertThat(changed.documentStartNode()).isNull();
		assertThat(changed.fallbackPermissions()).containsExactly(READ, UPDATE);
		assertThat(changed.permissions()).isEmpty();

		var deleted = this.userGroups.deleteUserGroupById(created.id()).block();
		assertThat(deleted.getStatusCode().value()).isEqualTo(200);
		assertThat(this.umbraco.users().group(created.id())).isEmpty();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.userGroups.getUserGroupById(created.id()).block())
			.satisfies((ex) -> {
				assertThat(ex.getProblemDetails().title()).isEqualTo("User group not found");
				assertThat(ex.getOperationStatus()).isEqualTo("NotFound");
			});
	}

	@Test
	void roundTripsEveryKindOfGranularPermission() {
		UUID document = UUID.randomUUID();
		UUID documentType = UUID.randomUUID();
		UUID propertyType = UUID.randomUUID();
		List<Permission> permissions = List.of(new Permission.Document(new ReferenceById(document), List.of(READ)),
				new Permission.DocumentPropertyValue(new ReferenceById(documentType), new ReferenceById(propertyType),
						List.of("Umb.Document.PropertyValue.Read")),
				new Permission.UnknownType(List.of("Umb.Custom.Verb"), "Umb.Custom.Context"));
		UUID id = this.userGroups.createUserGroup(group("granular", permissions)).block().id();
		assertThat(this.userGroups.getUserGroupById(id).block().permissions())
			.containsExactlyInAnyOrderElementsOf(permissions);
	}

	@Test
	void addsAndRemovesUsers() {
		UUID group = this.umbraco.users().addGroup("members" + this.suffix, "Members " + this.suffix);
		UUID first = this.umbraco.users().add("First", "first." + this.suffix + "@example.com");
		UUID second = this.umbraco.users().add("Second", "second." + this.suffix + "@example.com");

		var added = this.userGroups
			.postUserGroupByIdUsers(group, List.of(new ReferenceById(first), new ReferenceById(second)))
			.block();
		assertThat(added.getStatusCode().value()).isEqualTo(200);
		assertThat(this.umbraco.users().find(first).get().getUserGroupIds()).contains(group);
		assertThat(this.umbraco.users().find(second).get().getUserGroupIds()).contains(group);

		this.userGroups.deleteUserGroupByIdUsers(group, List.of(new ReferenceById(first))).block();
		assertThat(this.umbraco.users().find(first).get().getUserGroupIds()).doesNotContain(group);
		assertThat(this.umbraco.users().find(second).get().getUserGroupIds()).contains(group);
	}

	@Test
	void reportsAnUnknownUserWhenAddingUsers() {
		UUID group = this.umbraco.users().addGroup("strict" + this.suffix, "Strict " + this.suffix);
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(
					() -> this.userGroups.postUserGroupByIdUsers(group, List.of(new ReferenceById(UUID.randomUUID())))
						.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("UserNotFound"));
	}

	@Test
	void deletesSeveralGroupsAtOnce() {
		UUID first = this.umbraco.users().addGroup("bulk1" + this.suffix, "Bulk 1");
		UUID second = this.umbraco.users().addGroup("bulk2" + this.suffix, "Bulk 2");
		var response = this.userGroups
			.deleteUserGroup(new DeleteUserGroupsRequest(List.of(new ReferenceById(first), new ReferenceById(second))))
			.block();
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(this.umbraco.users().group(first)).isEmpty();
		assertThat(this.umbraco.users().group(second)).isEmpty();
	}

	@Test
	void refusesToDeleteASystemGroup() {
		assertThat(this.userGroups.getUserGroupById(UserGroupIds.ADMIN).block().isDeletable()).isFalse();
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.userGroups.deleteUserGroupById(UserGroupIds.ADMIN).block())
			.satisfies((ex) -> {
				assertThat(ex.getProblemDetails().title()).isEqualTo("Cannot delete");
				assertThat(ex.getOperationStatus()).isEqualTo("CanNotDeleteIsSystemUserGroup");
			});
		assertThat(this.umbraco.users().group(UserGroupIds.ADMIN)).isPresent();
	}

	@Test
	void refusesADuplicateAlias() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.userGroups
				.createUserGroup(new CreateUserGroupRequest("Other editors", "EDITOR", null, List.of(), List.of(), true,
						null, false, null, false, List.of(), List.of(), null, null, null, null))
				.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("DuplicateAlias"));
	}

	@Test
	void refusesATakenIdWithAConflict() {
		UUID id = UUID.randomUUID();
		this.userGroups.createUserGroup(withId(group("first", List.of()), id)).block();
		assertThatExceptionOfType(UmbracoConflictException.class)
			.isThrownBy(() -> this.userGroups.createUserGroup(withId(group("second", List.of()), id)).block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("AlreadyExists"));
	}

	@Test
	void walksAllGroupsLazilyPageByPage() {
		UUID mine = this.umbraco.users().addGroup("paged" + this.suffix, "Paged " + this.suffix);
		long total = this.userGroups.getUserGroupPage(0, 1).block().total();
		this.umbraco.resetCounters();
		List<UserGroupResponse> all = this.userGroups.getUserGroupAll(2).collectList().block();
		assertThat(all).hasSize((int) total)
			.extracting(UserGroupResponse::id)
			.doesNotHaveDuplicates()
			.contains(UserGroupIds.ADMIN, UserGroupIds.EDITOR, UserGroupIds.WRITER, UserGroupIds.TRANSLATOR,
					UserGroupIds.SENSITIVE_DATA, mine);
		assertThat(this.umbraco.apiRequests("GET", API + "/user-group")).isEqualTo((int) ((total + 1) / 2));
		try (var stream = this.userGroups.getUserGroupStream(3)) {
			assertThat(stream.count()).isEqualTo(total);
		}
	}

	@Test
	void filtersGroupsByNameOrAlias() {
		UUID first = this.umbraco.users().addGroup("alpha" + this.suffix, "Alpha");
		UUID second = this.umbraco.users()
			.addGroup("beta" + UUID.randomUUID().toString().substring(0, 8), "Beta " + this.suffix);
		this.umbraco.resetCounters();
		assertThat(this.userGroups.getFilterUserGroupAll(this.suffix, 1).collectList().block())
			.extracting(UserGroupResponse::id)
			.containsExactly(first, second);
		assertThat(this.umbraco.apiRequests("GET", API + "/filter/user-group")).isEqualTo(2);
		try (var stream = this.userGroups.getFilterUserGroupStream("alpha" + this.suffix, 10)) {
			assertThat(stream).extracting(UserGroupResponse::id).containsExactly(first);
		}
	}

	@Test
	void readsItemsByRepeatedIdParameters() {
		UUID mine = this.umbraco.users().addGroup("item" + this.suffix, "Item " + this.suffix);
		assertThat(this.userGroups.getItemUserGroup(List.of(UserGroupIds.EDITOR, UUID.randomUUID(), mine)).block())
			.containsExactly(
					new UserGroupItemResponse(UserGroupIds.EDITOR, "Editors", "icon-tools", "editor", List.of()),
					new UserGroupItemResponse(mine, "Item " + this.suffix, "icon-users", "item" + this.suffix,
							List.of()));
	}

	private CreateUserGroupRequest group(String alias, List<Permission> permissions) {
		return new CreateUserGroupRequest(alias + " " + this.suffix, alias + this.suffix, "icon-users",
				List.of("Umb.Section.Content"), List.of(), true, null, true, null, true, List.of(READ), permissions,
				null, null, null, null);
	}

	private static CreateUserGroupRequest withId(CreateUserGroupRequest request, UUID id) {
		return new CreateUserGroupRequest(request.name(), request.alias(), request.icon(), request.sections(),
				request.languages(), request.hasAccessToAllLanguages(), request.documentStartNode(),
				request.documentRootAccess(), request.mediaStartNode(), request.mediaRootAccess(),
				request.fallbackPermissions(), request.permissions(), id, null, null, null);
	}

}
