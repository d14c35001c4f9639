package io.github.umbracomgmt.client;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.CreateMemberGroupRequest;
import io.github.umbracomgmt.client.model.MemberGroupItemResponse;
import io.github.umbracomgmt.client.model.MemberGroupResponse;
import io.github.umbracomgmt.client.model.MemberVariantRequest;
import io.github.umbracomgmt.client.model.NamedEntityTreeItemResponse;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.UpdateMemberGroupRequest;
import io.github.umbracomgmt.client.model.UpdateMemberRequest;
import io.github.umbracomgmt.error.UmbracoBadRequestException;
import io.github.umbracomgmt.error.UmbracoConflictException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;
import io.github.umbracomgmt.test.MemberGroupInfo;
import io.github.umbracomgmt.test.MemberTypeIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MemberGroupClientTests extends ClientTestSupport {

	private static final String API = "/umbraco/management/api/v1";

	@Autowired
	private UmbracoMemberGroupClient memberGroups;

	@Autowired
	private UmbracoMemberClient members;

	private final String suffix = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void createsReadsRenamesAndDeletesAMemberGroup() {
		Created created = this.memberGroups
			.createMemberGroup(new CreateMemberGroupRequest("Subscribers " + this.suffix, null))
			.block();
		assertThat(created.id()).isNotNull();
		assertThat(created.location().toString()).endsWith("/member-group/" + created.id());
		assertThat(created.notifications()).isNotEmpty();
		assertThat(this.umbraco.members().group(created.id()))
			.contains(new MemberGroupInfo(created.id(), "Subscribers " + this.suffix));

		MemberGroupResponse group = this.memberGroups.getMemberGroupById(created.id()).block();
		assertThat(group).isEqualTo(new MemberGroupResponse("Subscribers " + this.suffix, created.id()));

		var renamed = this.memberGroups
			.putMemberGroupById(created.id(), new UpdateMemberGroupRequest("Premium subscribers " + this.suffix))
			.block();
		assertThat(renamed.getStatusCode().value()).isEqualTo(200);
		assertThat(Created.notifications(renamed)).isNotEmpty();
		assertThat(this.memberGroups.getMemberGroupById(created.id()).block().name())
			.isEqualTo("Premium subscribers " + this.suffix);

		var deleted = this.memberGroups.deleteMemberGroupById(created.id()).block();
		assertThat(deleted.getStatusCode().value()).isEqualTo(200);
		assertThat(this.umbraco.members().group(created.id())).isEmpty();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.memberGroups.getMemberGroupById(created.id()).block())
			.satisfies((ex) -> {
				assertThat(ex.getProblemDetails().status()).isEqualTo(404);
				assertThat(ex.getOperationStatus()).isEqualTo("NotFound");
			});
	}

	@Test
	void acceptsACallerChosenIdAndRefusesItTwiceWithAConflict() {
		UUID id = UUID.randomUUID();
		Created created = this.memberGroups.createMemberGroup(new CreateMemberGroupRequest("Chosen " + this.suffix, id))
			.block();
		assertThat(created.id()).isEqualTo(id);
		assertThatExceptionOfType(UmbracoConflictException.class)
			.isThrownBy(() -> this.memberGroups
				.createMemberGroup(new CreateMemberGroupRequest("Chosen again " + this.suffix, id))
				.block())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(409);
				assertThat(ex.getOperationStatus()).isEqualTo("DuplicateKey");
			});
	}

	@Test
	void refusesADuplicateNameWithTheProblemDetails() {
		this.umbraco.members().addGroup("Taken " + this.suffix);
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.memberGroups
				.createMemberGroup(new CreateMemberGroupRequest("taken " + this.suffix, null))
				.block())
			.satisfies((ex) -> {
				assertThat(ex.getProblemDetails().title()).isEqualTo("Duplicate name");
				assertThat(ex.getProblemDetails().detail()).isNotBlank();
				assertThat(ex.getOperationStatus()).isEqualTo("DuplicateName");
			});
	}

	@Test
	void refusesAnEmptyNameNamingTheField() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.memberGroups.createMemberGroup(new CreateMemberGroupRequest(" ", null)).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("CannotHaveEmptyName");
				assertThat(ex.getErrors()).containsKey("$.name");
			});
	}

	@Test
	void reportsAnUnknownGroupOnUpdateAsNotFound() {
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.memberGroups
				.putMemberGroupById(UUID.randomUUID(), new UpdateMemberGroupRequest("Ghost " + this.suffix))
				.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("NotFound"));
	}

	@Test
	void walksTheGroupListLazilyPageByPage() {
		List<UUID> mine = addGroups(5);
		long total = this.memberGroups.getMemberGroupPage(0, 1).block().total();
		assertThat(total).isGreaterThanOrEqualTo(5);
		this.umbraco.resetCounters();
		List<MemberGroupResponse> all = this.memberGroups.getMemberGroupAll(2).collectList().block();
		assertThat(all).hasSize((int) total)
			.extracting(MemberGroupResponse::id)
			.doesNotHaveDuplicates()
			.containsAll(mine);
		assertThat(this.umbraco.apiRequests("GET", API + "/member-group")).isEqualTo((int) ((total + 1) / 2));
	}

	@Test
	void readsOnePageWithTheTotal() {
		addGroups(3);
		Page<MemberGroupResponse> page = this.memberGroups.getMemberGroupPage(1, 2).block();
		assertThat(page.total()).isGreaterThanOrEqualTo(3);
		assertThat(page.items()).hasSize(2);
	}

	@Test
	void streamsTheTreeRoot() {
		List<UUID> mine = addGroups(3);
		try (var stream = this.memberGroups.getTreeMemberGroupRootStream(2)) {
			List<NamedEntityTreeItemResponse> roots = stream.toList();
			assertThat(roots).extracting(NamedEntityTreeItemResponse::id).doesNotHaveDuplicates().containsAll(mine);
			assertThat(roots).filteredOn((item) -> mine.contains(item.id())).allSatisfy((item) -> {
				assertThat(item.hasChildren()).isFalse();
				assertThat(item.parent()).isNull();
				assertThat(item.name()).endsWith(this.suffix);
			});
		}
		assertThat(this.memberGroups.getTreeMemberGroupRootAll(100).collectList().block())
			.extracting(NamedEntityTreeItemResponse::id)
			.containsAll(mine);
	}

	@Test
	void readsItemsByRepeatedIdParametersSkippingUnknownIds() {
		List<UUID> mine = addGroups(2);
		List<MemberGroupItemResponse> items = this.memberGroups
			.getItemMemberGroup(List.of(mine.get(0), UUID.randomUUID(), mine.get(1)))
			.block();
		assertThat(items).extracting(MemberGroupItemResponse::id).containsExactly(mine.get(0), mine.get(1));
		assertThat(items).extracting(MemberGroupItemResponse::name)
			.containsExactly("Group 0 " + this.suffix, "Group 1 " + this.suffix);
	}

	@Test
	void deletingAGroupTakesItOffItsMembers() {
		UUID group = this.umbraco.members().addGroup("Leaving " + this.suffix);
		UUID member = this.umbraco.members()
			.add("leaver-" + this.suffix, "leaver-" + this.suffix + "@example.com", "Leaver", MemberTypeIds.MEMBER);
		// the seeding method adds no groups, so put the member in through the member
		// client
		this.members
			.putMemberById(member,
					new UpdateMemberRequest(List.of(), List.of(new MemberVariantRequest(null, null, "Leaver")),
							"leaver-" + this.suffix + "@example.com", "leaver-" + this.suffix, null, null,
							List.of(group), true, false, false))
			.block();
		assertThat(this.umbraco.members().find(member).get().groupIds()).containsExactly(group);

		this.memberGroups.deleteMemberGroupById(group).block();
		assertThat(this.umbraco.members().find(member).get().groupIds()).isEmpty();
	}

	private List<UUID> addGroups(int count) {
		return IntStream.range(0, count)
			.mapToObj((i) -> this.umbraco.members().addGroup("Group " + i + " " + this.suffix))
			.toList();
	}

}
