package io.github.umbracomgmt.client;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.CreateMemberRequest;
import io.github.umbracomgmt.client.model.Direction;
import io.github.umbracomgmt.client.model.MemberItemResponse;
import io.github.umbracomgmt.client.model.MemberKind;
import io.github.umbracomgmt.client.model.MemberResponse;
import io.github.umbracomgmt.client.model.MemberValue;
import io.github.umbracomgmt.client.model.MemberVariantRequest;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.client.model.UpdateMemberRequest;
import io.github.umbracomgmt.error.UmbracoBadRequestException;
import io.github.umbracomgmt.error.UmbracoConflictException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;
import io.github.umbracomgmt.test.MemberTypeIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MemberClientTests extends ClientTestSupport {

	private static final String API = "/umbraco/management/api/v1";

	private static final String PASSWORD = "correct-horse-battery";

	@Autowired
	private UmbracoMemberClient members;

	private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	@Test
	void createsAMemberOfAMemberTypeInAMemberGroupAndFindsItByIdAndThroughTheFilter() {
		UUID type = this.umbraco.members().addType("club" + this.suffix, "Club member", "nickname");
		String groupName = "Gold " + this.suffix;
		UUID group = this.umbraco.members().addGroup(groupName);

		Created created = this.members
			.createMember(new CreateMemberRequest(List.of(new MemberValue(null, null, "nickname", "Ada")),
					List.of(new MemberVariantRequest(null, null, "Ada Lovelace")), null, email("ada"),
					"ada" + this.suffix, PASSWORD, new ReferenceById(type), List.of(group), true))
			.block();
		assertThat(created.id()).isNotNull();
		assertThat(created.location().toString()).endsWith("/member/" + created.id());
		assertThat(created.notifications()).isNotEmpty();

		MemberResponse member = this.members.getMemberById(created.id()).block();
		assertThat(member.id()).isEqualTo(created.id());
		assertThat(member.email()).isEqualTo(email("ada"));
		assertThat(member.username()).isEqualTo("ada" + this.suffix);
		assertThat(member.memberType().id()).isEqualTo(type);
		assertThat(member.memberType().icon()).isEqualTo("icon-user");
		assertThat(member.groups()).containsExactly(group);
		assertThat(member.isApproved()).isTrue();
		assertThat(member.isLockedOut()).isFalse();
		assertThat(member.kind()).isEqualTo(MemberKind.DEFAULT);
		assertThat(member.variants()).singleElement().satisfies((variant) -> {
			assertThat(variant.name()).isEqualTo("Ada Lovelace");
			assertThat(variant.createDate()).isNotNull();
		});
		assertThat(member.values()).singleElement().satisfies((value) -> {
			assertThat(value.alias()).isEqualTo("nickname");
			assertThat(value.value()).isEqualTo("Ada");
			assertThat(value.editorAlias()).isEqualTo("Umbraco.TextBox");
		});

		List<MemberResponse> found = this.members.getFilterMemberAll(type, groupName, null, null, null, null, null, 10)
			.collectList()
			.block();
		assertThat(found).extracting(MemberResponse::id).containsExactly(created.id());
	}

	@Test
	void walksTheFilteredMembersLazilyPageByPage() {
		UUID type = this.umbraco.members().addType("paged" + this.suffix, "Paged");
		String groupName = "Paged " + this.suffix;
		UUID group = this.umbraco.members().addGroup(groupName);
		List<UUID> inGroup = IntStream.range(0, 5)
			.mapToObj((i) -> createMember("m" + i, type, List.of(group)))
			.toList();
		createMember("outsider", type, List.of());

		this.umbraco.resetCounters();
		List<MemberResponse> found = this.members.getFilterMemberAll(type, groupName, null, null, null, null, null, 2)
			.collectList()
			.block();
		assertThat(found).extracting(MemberResponse::id).containsExactlyInAnyOrderElementsOf(inGroup);
		assertThat(this.umbraco.apiRequests("GET", API + "/filter/member")).isEqualTo(3);
		try (var stream = this.members.getFilterMemberStream(type, null, null, null, null, null, null, 4)) {
			assertThat(stream.count()).isEqualTo(6);
		}
	}

	@Test
	void filtersByTextApprovalAndOrder() {
		UUID type = this.umbraco.members().addType("order" + this.suffix, "Ordered");
		UUID anna = createMember("anna", type, List.of());
		UUID bert = createMember("bert", type, List.of());
		UUID carl = createMember("carl", type, List.of());
		update(carl, "carl", false, false, null);

		assertThat(this.members.getFilterMemberAll(type, null, null, null, "email", Direction.DESCENDING, null, 2)
			.map(MemberResponse::id)
			.collectList()
			.block()).containsExactly(carl, bert, anna);
		assertThat(this.members.getFilterMemberPage(type, null, false, null, null, null, null, 0, 10).block().items())
			.extracting(MemberResponse::id)
			.containsExactly(carl);
		assertThat(this.members.getFilterMemberPage(null, null, null, null, null, null, "bert" + this.suffix, 0, 10)
			.block()
			.items()).extracting(MemberResponse::id).containsExactly(bert);
	}

	@Test
	void updatesLocksOutAndUnapprovesAMember() {
		UUID type = this.umbraco.members().addType("upd" + this.suffix, "Updatable", "nickname");
		UUID group = this.umbraco.members().addGroup("Updatable " + this.suffix);
		UUID id = createMember("grace", type, List.of(group));

		var response = this.members
			.putMemberById(id,
					new UpdateMemberRequest(List.of(new MemberValue(null, null, "nickname", "Amazing Grace")),
							List.of(new MemberVariantRequest(null, null, "Grace Hopper")), email("grace.hopper"),
							"grace.hopper" + this.suffix, null, "another-long-password", List.of(), false, true, false))
			.block();
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(Created.notifications(response)).isNotEmpty();

		MemberResponse member = this.members.getMemberById(id).block();
		assertThat(member.variants().get(0).name()).isEqualTo("Grace Hopper");
		assertThat(member.email()).isEqualTo(email("grace.hopper"));
		assertThat(member.username()).isEqualTo("grace.hopper" + this.suffix);
		assertThat(member.values()).singleElement()
			.satisfies((value) -> assertThat(value.value()).isEqualTo("Amazing Grace"));
		assertThat(member.groups()).isEmpty();
		assertThat(member.isApproved()).isFalse();
		assertThat(member.isLockedOut()).isTrue();
		assertThat(member.lastLockoutDate()).isNotNull();
		assertThat(member.lastPasswordChangeDate()).isNotNull();
		assertThat(this.umbraco.members().find(id)).hasValueSatisfying((info) -> {
			assertThat(info.approved()).isFalse();
			assertThat(info.lockedOut()).isTrue();
			assertThat(info.values()).containsEntry("nickname", "Amazing Grace");
		});
	}

	@Test
	void keepsTheGroupsWhenAnUpdateLeavesThemOut() {
		UUID type = this.umbraco.members().addType("keep" + this.suffix, "Keeping");
		UUID group = this.umbraco.members().addGroup("Kept " + this.suffix);
		UUID id = createMember("kept", type, List.of(group));
		update(id, "kept", true, false, null);
		assertThat(this.members.getMemberById(id).block().groups()).containsExactly(group);
	}

	@Test
	void deletesAMember() {
		UUID id = createMember("gone", MemberTypeIds.MEMBER, List.of());
		var response = this.members.deleteMemberById(id).block();
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(Created.notifications(response)).isNotEmpty();
		assertThat(this.umbraco.members().find(id)).isEmpty();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.members.getMemberById(id).block())
			.satisfies((ex) -> {
				assertThat(ex.getProblemDetails().title()).isEqualTo("The requested member could not be found");
				assertThat(ex.getOperationStatus()).isEqualTo("MemberNotFound");
			});
	}

	@Test
	void validatesWithoutSaving() {
		UUID id = UUID.randomUUID();
		CreateMemberRequest request = new CreateMemberRequest(List.of(),
				List.of(new MemberVariantRequest(null, null, "Dry run")), id, email("dry"), "dry" + this.suffix,
				PASSWORD, new ReferenceById(MemberTypeIds.MEMBER), null, true);
		assertThat(this.members.postMemberValidate(request).block().getStatusCode().value()).isEqualTo(200);
		assertThat(this.umbraco.members().find(id)).isEmpty();

		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(
					() -> this.members
						.postMemberValidate(new CreateMemberRequest(List.of(),
								List.of(new MemberVariantRequest(null, null, "Dry run")), id, email("dry"),
								"dry" + this.suffix, "short", new ReferenceById(MemberTypeIds.MEMBER), null, true))
						.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("InvalidPassword"));
	}

	@Test
	void validatesAnUpdateWithoutSaving() {
		UUID id = createMember("checked", MemberTypeIds.MEMBER, List.of());
		UpdateMemberRequest rename = new UpdateMemberRequest(List.of(),
				List.of(new MemberVariantRequest(null, null, "Renamed")), email("checked"), "checked" + this.suffix,
				null, null, null, true, false, false);
		assertThat(this.members.putMemberByIdValidate(id, rename).block().getStatusCode().value()).isEqualTo(200);
		assertThat(this.umbraco.members().find(id).get().name()).isEqualTo("checked");
	}

	@Test
	void refusesAShortPasswordWithTheProblemDetails() {
		assertThatExceptionOfType(UmbracoBadRequestException.class).isThrownBy(
				() -> this.members
					.createMember(new CreateMemberRequest(List.of(),
							List.of(new MemberVariantRequest(null, null, "Weak")), null, email("weak"),
							"weak" + this.suffix, "123", new ReferenceById(MemberTypeIds.MEMBER), null, true))
					.block())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(400);
				assertThat(ex.getProblemDetails().title()).isEqualTo("Invalid password supplied");
				assertThat(ex.getOperationStatus()).isEqualTo("InvalidPassword");
			});
	}

	@Test
	void refusesADuplicateUsername() {
		createMember("twin", MemberTypeIds.MEMBER, List.of());
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(
					() -> this.members
						.createMember(new CreateMemberRequest(List.of(),
								List.of(new MemberVariantRequest(null, null, "Twin")), null, email("other-twin"),
								"TWIN" + this.suffix, PASSWORD, new ReferenceById(MemberTypeIds.MEMBER), null, true))
						.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("DuplicateUsername"));
	}

	@Test
	void refusesATakenIdWithAConflict() {
		UUID id = createMember("first", MemberTypeIds.MEMBER, List.of());
		assertThatExceptionOfType(UmbracoConflictException.class).isThrownBy(() -> this.members
			.createMember(new CreateMemberRequest(List.of(), List.of(new MemberVariantRequest(null, null, "Second")),
					id, email("second"), "second" + this.suffix, PASSWORD, new ReferenceById(MemberTypeIds.MEMBER),
					null, true))
			.block()).satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("DuplicateId"));
	}

	@Test
	void reportsAnUnknownMemberTypeAsNotFound() {
		UUID unknown = UUID.randomUUID();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.members.createMember(new CreateMemberRequest(List.of(),
					List.of(new MemberVariantRequest(null, null, "Typeless")), null, email("typeless"),
					"typeless" + this.suffix, PASSWORD, new ReferenceById(unknown), null, true))
				.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("MemberTypeNotFound"));
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(
					() -> this.members.getFilterMemberPage(unknown, null, null, null, null, null, null, 0, 10).block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("MemberTypeNotFound"));
	}

	@Test
	void refusesAnUnknownGroup() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.members.createMember(new CreateMemberRequest(List.of(),
					List.of(new MemberVariantRequest(null, null, "Lost")), null, email("lost"), "lost" + this.suffix,
					PASSWORD, new ReferenceById(MemberTypeIds.MEMBER), List.of(UUID.randomUUID()), true))
				.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("RoleAssignmentFailed"));
	}

	@Test
	void readsItemsByRepeatedIdParameters() {
		UUID first = createMember("item1", MemberTypeIds.MEMBER, List.of());
		UUID second = createMember("item2", MemberTypeIds.MEMBER, List.of());
		List<MemberItemResponse> items = this.members.getItemMember(List.of(first, UUID.randomUUID(), second)).block();
		assertThat(items).extracting(MemberItemResponse::id).containsExactly(first, second);
		assertThat(items.get(0).memberType().id()).isEqualTo(MemberTypeIds.MEMBER);
		assertThat(items.get(0).variants()).singleElement()
			.satisfies((variant) -> assertThat(variant.name()).isEqualTo("item1"));
		assertThat(items.get(0).kind()).isEqualTo(MemberKind.DEFAULT);
	}

	@Test
	void searchesItemsOfAllowedMemberTypesPageByPage() {
		UUID type = this.umbraco.members().addType("search" + this.suffix, "Searchable");
		UUID first = createMember("s1", type, List.of());
		UUID second = createMember("s2", type, List.of());
		UUID third = createMember("s3", type, List.of());
		createMember("s4", MemberTypeIds.MEMBER, List.of());

		this.umbraco.resetCounters();
		assertThat(this.members.getItemMemberSearchAll(this.suffix, List.of(type), 2).collectList().block())
			.extracting(MemberItemResponse::id)
			.containsExactly(first, second, third);
		assertThat(this.umbraco.apiRequests("GET", API + "/item/member/search")).isEqualTo(2);
		try (var stream = this.members.getItemMemberSearchStream(this.suffix, null, 3)) {
			assertThat(stream.count()).isEqualTo(4);
		}
	}

	@Test
	void readsTheMemberConfiguration() {
		// GET /member/configuration exists until 17.x; Umbraco 18 removed it.
		this.umbraco.setVersion("17.3");
		try {
			assertThat(this.members.getMemberConfiguration().block()).isNotNull();
		}
		finally {
			this.umbraco.resetServerInformation();
		}
	}

	private UUID createMember(String name, UUID type, List<UUID> groups) {
		return this.members
			.createMember(new CreateMemberRequest(List.of(), List.of(new MemberVariantRequest(null, null, name)), null,
					email(name), name + this.suffix, PASSWORD, new ReferenceById(type), groups, true))
			.block()
			.id();
	}

	private void update(UUID id, String name, boolean approved, boolean lockedOut, List<UUID> groups) {
		this.members
			.putMemberById(id,
					new UpdateMemberRequest(List.of(), List.of(new MemberVariantRequest(null, null, name)), email(name),
							name + this.suffix, null, null, groups, approved, lockedOut, false))
			.block();
	}

	private String email(String local) {
		return local + "." + this.suffix + "@example.com";
	}

}
