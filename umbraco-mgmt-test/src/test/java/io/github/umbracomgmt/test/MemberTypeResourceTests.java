package io.github.umbracomgmt.test;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.assertOk;
import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.ids;
import static org.assertj.core.api.Assertions.assertThat;

class MemberTypeResourceTests extends ServerTestSupport {

	/** The required properties of MemberTypeResponseModel. */
	private static final List<String> TYPE_REQUIRED = List.of("alias", "allowedAsRoot", "compositions", "containers",
			"icon", "id", "isElement", "name", "properties", "variesByCulture", "variesBySegment");

	/** The required properties of MemberTypePropertyTypeResponseModel. */
	private static final List<String> PROPERTY_REQUIRED = List.of("alias", "appearance", "dataType", "id",
			"isSensitive", "name", "sortOrder", "validation", "variesByCulture", "variesBySegment", "visibility");

	private static String body(String alias, String name, String propertyAlias) {
		UUID container = UUID.randomUUID();
		return """
				{"alias":"%s","name":"%s","description":null,"icon":"icon-user","allowedAsRoot":false,
				 "variesByCulture":false,"variesBySegment":false,"collection":null,"isElement":false,
				 "properties":[{"id":"%s","container":{"id":"%s"},"sortOrder":0,"alias":"%s","name":"Bio",
				   "dataType":{"id":"c6bac0dd-4ab9-45b1-8e30-e4b619ee5da3"},"variesByCulture":false,
				   "variesBySegment":false,"validation":{"mandatory":true,"mandatoryMessage":"Needed"},
				   "appearance":{"labelOnTop":false},"isSensitive":true,
				   "visibility":{"memberCanView":true,"memberCanEdit":false}}],
				 "containers":[{"id":"%s","parent":null,"name":"Profile","type":"Group","sortOrder":0}],
				 "compositions":[]}""".formatted(alias, name, UUID.randomUUID(), container, propertyAlias, container);
	}

	@Test
	void startsWithTheBuiltInMemberType() {
		JsonNode member = this.http.getJson("/member-type/" + MemberTypeIds.MEMBER);

		assertThat(member.propertyNames()).containsAll(TYPE_REQUIRED);
		assertThat(member.get("alias").asString()).isEqualTo("Member");
		assertThat(member.get("properties").get(0).get("alias").asString()).isEqualTo("umbracoMemberComments");
		assertThat(member.get("properties").get(0).propertyNames()).containsAll(PROPERTY_REQUIRED);
		JsonNode root = this.http.getJson("/tree/member-type/root");
		assertThat(ids(root)).containsExactly(MemberTypeIds.MEMBER.toString());
		assertThat(root.get("items").get(0).propertyNames()).containsExactlyInAnyOrder("hasChildren", "id", "parent",
				"name", "icon", "isFolder", "noAccess", "flags");
	}

	@Test
	void createReadUpdateDeleteFlow() {
		UUID id = this.http.create("/member-type", body("customer", "Customer", "bio"));

		JsonNode type = this.http.getJson("/member-type/" + id);
		assertThat(type.propertyNames()).containsAll(TYPE_REQUIRED);
		JsonNode property = type.get("properties").get(0);
		assertThat(property.propertyNames()).containsAll(PROPERTY_REQUIRED);
		assertThat(property.get("validation").get("mandatory").asBoolean()).isTrue();
		assertThat(property.get("validation").get("regEx").isNull()).isTrue();
		assertThat(property.get("visibility").get("memberCanView").asBoolean()).isTrue();
		assertThat(type.get("containers").get(0).get("name").asString()).isEqualTo("Profile");

		assertOk(this.http.put("/member-type/" + id, body("customer", "Client", "about")));
		assertThat(this.server.members().type(id).orElseThrow().propertyAliases()).containsExactly("about");
		assertThat(this.http.getJson("/member-type/" + id).get("name").asString()).isEqualTo("Client");

		assertOk(this.http.delete("/member-type/" + id));
		assertProblem(this.http.get("/member-type/" + id), 404, "NotFound");
	}

	@Test
	void refusesWhatUmbracoRefuses() {
		UUID id = UUID.randomUUID();
		String chosen = "{\"id\":\"" + id + "\"," + body("chosen", "Chosen", "bio").substring(1);

		assertThat(this.http.create("/member-type", chosen)).isEqualTo(id);
		assertProblem(this.http.post("/member-type", chosen), 409, "DuplicateId");
		assertProblem(this.http.post("/member-type", body("member", "Again", "bio")), 400, "DuplicateAlias");
		assertProblem(this.http.post("/member-type", body("ok", "Ok", "email")), 400, "InvalidPropertyTypeAlias");
		assertProblem(this.http.post("/member-type", body("bad alias", "Bad", "bio")), 400, "InvalidAlias");
		JsonNode missing = assertProblem(this.http.post("/member-type", "{\"alias\":\"x\",\"name\":\"X\"}"), 400,
				"InvalidRequest");
		assertThat(missing.get("errors").has("$.icon")).isTrue();
		assertProblem(
				this.http
					.post("/member-type",
							body("comp", "Comp", "bio")
								.replace("\"compositions\":[]",
										"\"compositions\":[{\"memberType\":{\"id\":\"" + UUID.randomUUID()
												+ "\"},\"compositionType\":\"Composition\"}]")),
				400, "InvalidComposition");
	}

	@Test
	void unknownMemberTypeIs404() {
		UUID unknown = UUID.randomUUID();

		assertProblem(this.http.get("/member-type/" + unknown), 404, "NotFound");
		assertProblem(this.http.put("/member-type/" + unknown, body("a", "A", "bio")), 404, "NotFound");
		assertProblem(this.http.delete("/member-type/" + unknown), 404, "NotFound");
	}

	@Test
	void pagesTheTreeAndListsItemsAndSearchResults() {
		UUID customer = this.server.members().addType("customer", "Customer", "bio");
		UUID partner = this.server.members().addType("partner", "Partner");

		JsonNode page = this.http.getJson("/tree/member-type/root?skip=1&take=1");
		assertThat(page.get("total").asLong()).isEqualTo(3);
		// A level lists folders, then types, by name: Customer, Member, Partner.
		assertThat(ids(page)).containsExactly(MemberTypeIds.MEMBER.toString());

		JsonNode items = this.http.getJson("/item/member-type?id=" + partner + "&id=" + MemberTypeIds.MEMBER);
		assertThat(ids(items)).containsExactly(partner.toString(), MemberTypeIds.MEMBER.toString());
		assertThat(items.get(0).propertyNames()).containsExactlyInAnyOrder("id", "name", "icon", "flags");

		JsonNode found = this.http.getJson("/item/member-type/search?query=PART");
		assertThat(found.get("total").asLong()).isEqualTo(1);
		assertThat(ids(found)).containsExactly(partner.toString());
	}

	@Test
	void configurationListsReservedFieldNames() {
		JsonNode configuration = this.http.getJson("/member-type/configuration");

		assertThat(configuration.get("reservedFieldNames").valueStream().map(JsonNode::asString)).contains("email");
	}

}
