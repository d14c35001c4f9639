package io.github.umbracomgmt.client;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.CompositionType;
import io.github.umbracomgmt.client.model.CreateMemberTypePropertyTypeContainerRequest;
import io.github.umbracomgmt.client.model.CreateMemberTypePropertyTypeRequest;
import io.github.umbracomgmt.client.model.CreateMemberTypeRequest;
import io.github.umbracomgmt.client.model.MemberTypeComposition;
import io.github.umbracomgmt.client.model.MemberTypeItemResponse;
import io.github.umbracomgmt.client.model.MemberTypePropertyTypeResponse;
import io.github.umbracomgmt.client.model.MemberTypePropertyTypeVisibility;
import io.github.umbracomgmt.client.model.MemberTypeResponse;
import io.github.umbracomgmt.client.model.MemberTypeTreeItemResponse;
import io.github.umbracomgmt.client.model.PropertyTypeAppearance;
import io.github.umbracomgmt.client.model.PropertyTypeValidation;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.client.model.UpdateMemberTypePropertyTypeContainerRequest;
import io.github.umbracomgmt.client.model.UpdateMemberTypePropertyTypeRequest;
import io.github.umbracomgmt.client.model.UpdateMemberTypeRequest;
import io.github.umbracomgmt.error.UmbracoBadRequestException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;
import io.github.umbracomgmt.test.DataTypeIds;
import io.github.umbracomgmt.test.MemberTypeIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MemberTypeClientTests extends ClientTestSupport {

	private static final String API = "/umbraco/management/api/v1";

	@Autowired
	private UmbracoMemberTypeClient memberTypes;

	private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	private final UUID container = UUID.randomUUID();

	@Test
	void createsReadsUpdatesAndDeletesAMemberType() {
		UUID nickname = UUID.randomUUID();
		Created created = this.memberTypes
			.createMemberType(create("customer" + this.suffix, "Customer",
					List.of(createProperty(nickname, "nickname", "Nickname", true)), List.of()))
			.block();
		assertThat(created.id()).isNotNull();
		assertThat(created.location().toString()).endsWith("/member-type/" + created.id());
		assertThat(created.notifications()).isNotEmpty();
		assertThat(this.umbraco.members().type(created.id())).hasValueSatisfying((info) -> {
			assertThat(info.alias()).isEqualTo("customer" + this.suffix);
			assertThat(info.propertyAliases()).containsExactly("nickname");
		});

		MemberTypeResponse type = this.memberTypes.getMemberTypeById(created.id()).block();
		assertThat(type.id()).isEqualTo(created.id());
		assertThat(type.alias()).isEqualTo("customer" + this.suffix);
		assertThat(type.name()).isEqualTo("Customer");
		assertThat(type.description()).isEqualTo("People who buy things");
		assertThat(type.icon()).isEqualTo("icon-user");
		assertThat(type.isElement()).isFalse();
		assertThat(type.compositions()).isEmpty();
		assertThat(type.containers()).singleElement().satisfies((group) -> {
			assertThat(group.id()).isEqualTo(this.container);
			assertThat(group.name()).isEqualTo("Details");
			assertThat(group.type()).isEqualTo("Group");
		});
		assertThat(type.properties()).singleElement().satisfies((property) -> {
			assertThat(property.id()).isEqualTo(nickname);
			assertThat(property.alias()).isEqualTo("nickname");
			assertThat(property.container()).isEqualTo(new ReferenceById(this.container));
			assertThat(property.dataType()).isEqualTo(new ReferenceById(DataTypeIds.TEXTSTRING));
			assertThat(property.validation().mandatory()).isTrue();
			assertThat(property.isSensitive()).isFalse();
			assertThat(property.visibility()).isEqualTo(new MemberTypePropertyTypeVisibility(true, true));
		});

		UUID loyalty = UUID.randomUUID();
		var updated = this.memberTypes.putMemberTypeById(created.id(), new UpdateMemberTypeRequest(
				"customer" + this.suffix, "Loyal customer", null, "icon-medal", false, false, false, null, false,
				List.of(updateProperty(nickname, "nickname", "Nickname"),
						updateProperty(loyalty, "loyaltyNumber", "Loyalty number")),
				List.of(new UpdateMemberTypePropertyTypeContainerRequest(this.container, null, "Details", "Group", 0)),
				List.of(), null))
			.block();
		assertThat(updated.getStatusCode().value()).isEqualTo(200);
		assertThat(Created.notifications(updated)).isNotEmpty();
		MemberTypeResponse changed = this.memberTypes.getMemberTypeById(created.id()).block();
		assertThat(changed.name()).isEqualTo("Loyal customer");
		assertThat(changed.description()).isNull();
		assertThat(changed.icon()).isEqualTo("icon-medal");
		assertThat(changed.properties()).extracting(MemberTypePropertyTypeResponse::alias)
			.containsExactly("nickname", "loyaltyNumber");

		var deleted = this.memberTypes.deleteMemberTypeById(created.id()).block();
		assertThat(deleted.getStatusCode().value()).isEqualTo(200);
		assertThat(this.umbraco.members().type(created.id())).isEmpty();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.memberTypes.getMemberTypeById(created.id()).block())
			.satisfies((ex) -> {
				assertThat(ex.getProblemDetails().title()).isEqualTo("The member type could not be found");
				assertThat(ex.getOperationStatus()).isEqualTo("NotFound");
			});
	}

	@Test
	void readsTheBuiltInMemberType() {
		MemberTypeResponse member = this.memberTypes.getMemberTypeById(MemberTypeIds.MEMBER).block();
		assertThat(member.alias()).isEqualTo("Member");
		assertThat(member.properties()).extracting(MemberTypePropertyTypeResponse::alias)
			.containsExactly("umbracoMemberComments");
		assertThat(member.properties().get(0).dataType()).isEqualTo(new ReferenceById(DataTypeIds.TEXTAREA));
	}

	@Test
	void composesAMemberTypeOfAnother() {
		UUID base = this.umbraco.members().addType("base" + this.suffix, "Base", "street");
		Created created = this.memberTypes
			.createMemberType(create("composed" + this.suffix, "Composed", List.of(),
					List.of(new MemberTypeComposition(new ReferenceById(base), CompositionType.COMPOSITION))))
			.block();
		assertThat(this.memberTypes.getMemberTypeById(created.id()).block().compositions())
			.containsExactly(new MemberTypeComposition(new ReferenceById(base), CompositionType.COMPOSITION));
	}

	@Test
	void refusesInheritanceWithTheOperationStatus() {
		UUID base = this.umbraco.members().addType("parent" + this.suffix, "Parent");
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.memberTypes
				.createMemberType(create("child" + this.suffix, "Child", List.of(),
						List.of(new MemberTypeComposition(new ReferenceById(base), CompositionType.INHERITANCE))))
				.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("InvalidInheritance"));
	}

	@Test
	void refusesAReservedPropertyAlias() {
		assertThatExceptionOfType(UmbracoBadRequestException.class).isThrownBy(
				() -> this.memberTypes
					.createMemberType(create("reserved" + this.suffix, "Reserved",
							List.of(createProperty(UUID.randomUUID(), "email", "Email", false)), List.of()))
					.block())
			.satisfies((ex) -> {
				assertThat(ex.getProblemDetails().status()).isEqualTo(400);
				assertThat(ex.getProblemDetails().title()).isEqualTo("Invalid property type alias");
				assertThat(ex.getOperationStatus()).isEqualTo("InvalidPropertyTypeAlias");
			});
	}

	@Test
	void refusesADuplicateAlias() {
		this.umbraco.members().addType("dup" + this.suffix, "First");
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(
					() -> this.memberTypes.createMemberType(create("DUP" + this.suffix, "Second", List.of(), List.of()))
						.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("DuplicateAlias"));
	}

	@Test
	void readsTheReservedFieldNames() {
		assertThat(this.memberTypes.getMemberTypeConfiguration().block().reservedFieldNames()).contains("email",
				"username", "password");
	}

	@Test
	void walksTheTreeRootLazilyPageByPage() {
		UUID first = this.umbraco.members().addType("treeA" + this.suffix, "Tree A");
		UUID second = this.umbraco.members().addType("treeB" + this.suffix, "Tree B");
		long total = this.memberTypes.getTreeMemberTypeRootPage(0, 1, null).block().total();
		this.umbraco.resetCounters();
		List<MemberTypeTreeItemResponse> roots = this.memberTypes.getTreeMemberTypeRootAll(null, 1)
			.collectList()
			.block();
		assertThat(roots).hasSize((int) total)
			.extracting(MemberTypeTreeItemResponse::id)
			.doesNotHaveDuplicates()
			.contains(MemberTypeIds.MEMBER, first, second);
		assertThat(this.umbraco.apiRequests("GET", API + "/tree/member-type/root")).isEqualTo((int) total);
		try (var stream = this.memberTypes.getTreeMemberTypeRootStream(null, 2)) {
			assertThat(stream.filter((item) -> item.id().equals(first) || item.id().equals(second)))
				.extracting(MemberTypeTreeItemResponse::name)
				.containsExactly("Tree A", "Tree B");
		}
	}

	@Test
	void readsItemsAndSearchesThemByName() {
		UUID gold = this.umbraco.members().addType("gold" + this.suffix, "Gold " + this.suffix);
		UUID silver = this.umbraco.members().addType("silver" + this.suffix, "Silver " + this.suffix);
		assertThat(this.memberTypes.getItemMemberType(List.of(gold, silver)).block()).containsExactly(
				new MemberTypeItemResponse(gold, "Gold " + this.suffix, "icon-user", List.of()),
				new MemberTypeItemResponse(silver, "Silver " + this.suffix, "icon-user", List.of()));
		assertThat(this.memberTypes.getItemMemberTypeSearchPage(this.suffix, 0, 1).block().total()).isEqualTo(2);
		assertThat(this.memberTypes.getItemMemberTypeSearchAll(this.suffix, 1).collectList().block())
			.extracting(MemberTypeItemResponse::id)
			.containsExactly(gold, silver);
		try (var stream = this.memberTypes.getItemMemberTypeSearchStream("silver" + this.suffix, 10)) {
			assertThat(stream).extracting(MemberTypeItemResponse::id).containsExactly(silver);
		}
	}

	private CreateMemberTypeRequest create(String alias, String name,
			List<CreateMemberTypePropertyTypeRequest> properties, List<MemberTypeComposition> compositions) {
		return new CreateMemberTypeRequest(alias, name, "People who buy things", "icon-user", false, false, false, null,
				false, properties,
				List.of(new CreateMemberTypePropertyTypeContainerRequest(this.container, null, "Details", "Group", 0)),
				null, compositions, null, null);
	}

	private CreateMemberTypePropertyTypeRequest createProperty(UUID id, String alias, String name, boolean mandatory) {
		return new CreateMemberTypePropertyTypeRequest(id, new ReferenceById(this.container), 0, alias, name, null,
				new ReferenceById(DataTypeIds.TEXTSTRING), false, false,
				new PropertyTypeValidation(mandatory, null, null, null), new PropertyTypeAppearance(false), false,
				new MemberTypePropertyTypeVisibility(true, true));
	}

	private UpdateMemberTypePropertyTypeRequest updateProperty(UUID id, String alias, String name) {
		return new UpdateMemberTypePropertyTypeRequest(id, new ReferenceById(this.container), 0, alias, name, null,
				new ReferenceById(DataTypeIds.TEXTSTRING), false, false,
				new PropertyTypeValidation(false, null, null, null), new PropertyTypeAppearance(false), false,
				new MemberTypePropertyTypeVisibility(false, false));
	}

}
