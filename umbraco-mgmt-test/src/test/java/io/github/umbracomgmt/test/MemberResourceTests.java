package io.github.umbracomgmt.test;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.assertOk;
import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MemberResourceTests extends ServerTestSupport {

	/** The required properties of MemberResponseModel. */
	private static final List<String> MEMBER_REQUIRED = List.of("email", "failedPasswordAttempts", "groups", "id",
			"isApproved", "isLockedOut", "isTwoFactorEnabled", "kind", "memberType", "username", "values", "variants");

	/**
	 * The required properties of MemberVariantResponseModel and MemberValueResponseModel.
	 */
	private static final List<String> VARIANT_REQUIRED = List.of("createDate", "name", "updateDate");

	private static final List<String> VALUE_REQUIRED = List.of("alias", "editorAlias");

	private UUID customer;

	private UUID gold;

	@BeforeEach
	void seed() {
		this.customer = this.server.members().addType("customer", "Customer", "bio");
		this.gold = this.server.members().addGroup("Gold");
	}

	private String createBody(String username, String email, String name, UUID type, String groups) {
		return """
				{"values":[{"alias":"bio","value":"Likes tea","culture":null,"segment":null}],
				 "variants":[{"culture":null,"segment":null,"name":"%s"}],
				 "email":"%s","username":"%s","password":"correct-horse-battery","memberType":{"id":"%s"},
				 "groups":%s,"isApproved":true}""".formatted(name, email, username, type, groups);
	}

	private static String updateBody(String name, String email, String groups, boolean lockedOut) {
		return """
				{"values":[{"alias":"bio","value":"Prefers coffee"}],"variants":[{"name":"%s"}],
				 "email":"%s","username":"%s","oldPassword":null,"newPassword":"another-long-password",
				 "groups":%s,"isApproved":false,"isLockedOut":%s,"isTwoFactorEnabled":false}""".formatted(name, email,
				email, groups, lockedOut);
	}

	@Test
	void createReadUpdateDeleteFlow() {
		UUID id = this.http.create("/member",
				createBody("ann", "ann@example.com", "Ann", this.customer, "[\"" + this.gold + "\"]"));

		JsonNode member = this.http.getJson("/member/" + id);
		assertThat(member.propertyNames()).containsAll(MEMBER_REQUIRED);
		assertThat(member.get("username").asString()).isEqualTo("ann");
		assertThat(member.get("kind").asString()).isEqualTo("Default");
		assertThat(member.get("memberType").get("id").asString()).isEqualTo(this.customer.toString());
		assertThat(member.get("memberType").get("icon").asString()).isEqualTo("icon-user");
		assertThat(member.get("groups").get(0).asString()).isEqualTo(this.gold.toString());
		JsonNode variant = member.get("variants").get(0);
		assertThat(variant.propertyNames()).containsAll(VARIANT_REQUIRED);
		assertThat(variant.get("name").asString()).isEqualTo("Ann");
		OffsetDateTime.parse(variant.get("createDate").asString());
		JsonNode value = member.get("values").get(0);
		assertThat(value.propertyNames()).containsAll(VALUE_REQUIRED);
		assertThat(value.get("value").asString()).isEqualTo("Likes tea");
		assertThat(value.get("editorAlias").asString()).isEqualTo("Umbraco.TextBox");
		assertThat(member.toString()).doesNotContain("correct-horse-battery");

		assertOk(this.http.put("/member/" + id, updateBody("Annie", "annie@example.com", "[]", true)));
		MemberInfo updated = this.server.members().find(id).orElseThrow();
		assertThat(updated.name()).isEqualTo("Annie");
		assertThat(updated.username()).isEqualTo("annie@example.com");
		assertThat(updated.groupIds()).isEmpty();
		assertThat(updated.approved()).isFalse();
		assertThat(updated.lockedOut()).isTrue();
		assertThat(updated.values()).containsEntry("bio", "Prefers coffee");
		JsonNode after = this.http.getJson("/member/" + id);
		assertThat(after.get("lastLockoutDate").isString()).isTrue();
		assertThat(after.get("lastPasswordChangeDate").isString()).isTrue();

		assertOk(this.http.delete("/member/" + id));
		assertProblem(this.http.get("/member/" + id), 404, "MemberNotFound");
		assertThat(this.server.members().count()).isZero();
	}

	@Test
	void createHonoursCallerChosenId() {
		UUID id = UUID.randomUUID();
		String body = "{\"id\":\"" + id + "\","
				+ createBody("bob", "bob@example.com", "Bob", MemberTypeIds.MEMBER, "null").substring(1)
					.replace("\"alias\":\"bio\"", "\"alias\":\"umbracoMemberComments\"");

		assertThat(this.http.create("/member", body)).isEqualTo(id);
		assertThat(this.http.getJson("/member/" + id).get("values").get(0).get("editorAlias").asString())
			.isEqualTo("Umbraco.TextArea");
		assertProblem(this.http.post("/member", body), 409, "DuplicateId");
	}

	@Test
	void refusesWhatUmbracoRefuses() {
		this.server.members().add("taken", "taken@example.com", "Taken", this.customer);

		assertProblem(this.http.post("/member",
				createBody("x", "x@example.com", "X", this.customer, "null").replace("correct-horse-battery", "short")),
				400, "InvalidPassword");
		assertProblem(this.http.post("/member", createBody("x", "x@example.com", "X", UUID.randomUUID(), "null")), 404,
				"MemberTypeNotFound");
		assertProblem(
				this.http.post("/member",
						createBody("x", "x@example.com", "X", this.customer, "[\"" + UUID.randomUUID() + "\"]")),
				400, "RoleAssignmentFailed");
		assertProblem(this.http.post("/member", createBody("TAKEN", "x@example.com", "X", this.customer, "null")), 400,
				"DuplicateUsername");
		assertProblem(this.http.post("/member", createBody("x", "taken@example.com", "X", this.customer, "null")), 400,
				"DuplicateEmail");
		assertProblem(this.http.post("/member", createBody("x", "nope", "X", this.customer, "null")), 400,
				"InvalidEmail");
		assertProblem(this.http.post("/member",
				createBody("x", "x@example.com", "X", this.customer, "null").replace("\"bio\"", "\"shoeSize\"")), 400,
				"PropertyTypeNotFound");
		JsonNode missing = assertProblem(this.http.post("/member", "{\"values\":[],\"variants\":[{\"name\":\"X\"}]}"),
				400, "InvalidEmail");
		assertThat(missing.get("errors").has("$.email")).isTrue();
		assertThat(this.server.members().count()).isEqualTo(1);
	}

	@Test
	void validateEndpointsCheckWithoutSaving() {
		HttpResponse<String> valid = this.http.post("/member/validate",
				createBody("val", "val@example.com", "Val", this.customer, "null"));
		assertThat(valid.statusCode()).isEqualTo(200);
		assertThat(this.server.members().count()).isZero();

		UUID id = this.server.members().add("eve", "eve@example.com", "Eve", this.customer);
		assertThat(this.http.put("/member/" + id + "/validate", updateBody("Eve", "eve2@example.com", "null", false))
			.statusCode()).isEqualTo(200);
		assertThat(this.server.members().find(id).orElseThrow().email()).isEqualTo("eve@example.com");
		assertProblem(
				this.http.put("/member/" + id + "/validate",
						updateBody("Eve", "eve2@example.com", "null", false).replace("another-long-password", "short")),
				400, "InvalidPassword");
	}

	@Test
	void unknownMemberIs404() {
		UUID unknown = UUID.randomUUID();

		assertProblem(this.http.get("/member/" + unknown), 404, "MemberNotFound");
		assertProblem(this.http.put("/member/" + unknown, updateBody("X", "x@example.com", "null", false)), 404,
				"MemberNotFound");
		assertProblem(this.http.delete("/member/" + unknown), 404, "MemberNotFound");
	}

	@Test
	void filterByTypeGroupTextAndStateWithPaging() {
		UUID partner = this.server.members().addType("partner", "Partner");
		UUID ann = this.server.members().add("ann", "ann@example.com", "Ann", this.customer);
		UUID bob = this.server.members().add("bob", "bob@shop.org", "Bob", this.customer);
		UUID cat = this.server.members().add("cat", "cat@example.com", "Cat", partner);
		this.http.put("/member/" + bob, updateBody("Bob", "bob@shop.org", "[\"" + this.gold + "\"]", false));

		assertThat(ids(this.http.getJson("/filter/member?memberTypeId=" + this.customer)))
			.containsExactly(ann.toString(), bob.toString());
		assertThat(ids(this.http.getJson("/filter/member?memberGroupName=gold"))).containsExactly(bob.toString());
		assertThat(ids(this.http.getJson("/filter/member?memberGroupName=Unknown"))).isEmpty();
		assertThat(ids(this.http.getJson("/filter/member?filter=EXAMPLE"))).containsExactly(ann.toString(),
				cat.toString());
		assertThat(ids(this.http.getJson("/filter/member?isApproved=false"))).containsExactly(bob.toString());

		JsonNode page = this.http.getJson("/filter/member?skip=1&take=1&orderDirection=Descending");
		assertThat(page.get("total").asLong()).isEqualTo(3);
		assertThat(ids(page)).containsExactly(bob.toString());
		assertThat(page.get("items").get(0).propertyNames()).containsAll(MEMBER_REQUIRED);

		assertProblem(this.http.get("/filter/member?memberTypeId=" + UUID.randomUUID()), 404, "MemberTypeNotFound");
		assertThat(this.http.get("/filter/member?isApproved=maybe").statusCode()).isEqualTo(400);
	}

	@Test
	void itemsAndSearch() {
		UUID ann = this.server.members().add("ann", "ann@example.com", "Ann", this.customer);
		UUID bob = this.server.members().add("bob", "bob@example.com", "Bob", MemberTypeIds.MEMBER);

		JsonNode items = this.http.getJson("/item/member?id=" + bob + "&id=" + ann);
		assertThat(ids(items)).containsExactly(bob.toString(), ann.toString());
		assertThat(items.get(0).propertyNames()).containsExactlyInAnyOrder("id", "memberType", "variants", "kind",
				"flags");
		assertThat(items.get(0).get("variants").get(0).get("name").asString()).isEqualTo("Bob");

		JsonNode found = this.http.getJson("/item/member/search?query=ann");
		assertThat(ids(found)).containsExactly(ann.toString());
		JsonNode ofType = this.http.getJson("/item/member/search?allowedMemberTypes=" + MemberTypeIds.MEMBER);
		assertThat(ids(ofType)).containsExactly(bob.toString());
	}

	@Test
	void deletingATypeDeletesItsMembersAndDeletingAGroupLeavesThem() {
		UUID ann = this.http.create("/member",
				createBody("ann", "ann@example.com", "Ann", this.customer, "[\"" + this.gold + "\"]"));

		assertOk(this.http.delete("/member-group/" + this.gold));
		assertThat(this.server.members().find(ann).orElseThrow().groupIds()).isEmpty();

		assertOk(this.http.delete("/member-type/" + this.customer));
		assertThat(this.server.members().find(ann)).isEmpty();
	}

	@Test
	void seedingAndClearing() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.server.members().add("z", "z@example.com", "Z", UUID.randomUUID()))
			.withMessageContaining("MemberTypeNotFound");
		this.server.members().add("z", "z@example.com", "Z", this.customer);
		assertThat(this.http.get("/member/configuration").statusCode()).as("removed in 18.0").isEqualTo(404);
		this.server.setVersion("17.3");
		assertThat(this.http.getJson("/member/configuration").isObject()).isTrue();

		this.server.members().clear();

		assertThat(this.server.members().count()).isZero();
		assertThat(this.server.members().type(this.customer)).isEmpty();
		assertThat(this.server.members().group(this.gold)).isEmpty();
		assertThat(this.server.members().type(MemberTypeIds.MEMBER).orElseThrow().propertyAliases())
			.containsExactly("umbracoMemberComments");
	}

}
