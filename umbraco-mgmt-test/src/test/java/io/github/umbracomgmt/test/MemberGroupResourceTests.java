package io.github.umbracomgmt.test;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.assertOk;
import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MemberGroupResourceTests extends ServerTestSupport {

	@Test
	void createReadUpdateDeleteFlow() {
		UUID id = this.http.create("/member-group", "{\"name\":\"Subscribers\"}");

		JsonNode group = this.http.getJson("/member-group/" + id);
		assertThat(group.propertyNames()).containsExactlyInAnyOrder("name", "id");
		assertThat(group.get("name").asString()).isEqualTo("Subscribers");

		assertOk(this.http.put("/member-group/" + id, "{\"name\":\"Premium subscribers\"}"));
		assertThat(this.server.members().group(id).orElseThrow().name()).isEqualTo("Premium subscribers");

		assertOk(this.http.delete("/member-group/" + id));
		assertProblem(this.http.get("/member-group/" + id), 404, "NotFound");
		assertThat(this.server.members().group(id)).isEmpty();
	}

	@Test
	void refusesDuplicatesAndMissingNames() {
		UUID id = UUID.randomUUID();
		String chosen = "{\"id\":\"" + id + "\",\"name\":\"Chosen\"}";

		assertThat(this.http.create("/member-group", chosen)).isEqualTo(id);
		assertProblem(this.http.post("/member-group", chosen), 409, "DuplicateKey");
		assertProblem(this.http.post("/member-group", "{\"name\":\"CHOSEN\"}"), 400, "DuplicateName");
		JsonNode missing = assertProblem(this.http.post("/member-group", "{\"name\":\" \"}"), 400,
				"CannotHaveEmptyName");
		assertThat(missing.get("errors").has("$.name")).isTrue();
		assertProblem(this.http.post("/member-group", "not json"), 400, "InvalidRequest");
	}

	@Test
	void unknownGroupIs404() {
		UUID unknown = UUID.randomUUID();

		assertProblem(this.http.get("/member-group/" + unknown), 404, "NotFound");
		assertProblem(this.http.put("/member-group/" + unknown, "{\"name\":\"X\"}"), 404, "NotFound");
		assertProblem(this.http.delete("/member-group/" + unknown), 404, "NotFound");
	}

	@Test
	void pagesTheListAndTheTreeAndListsItems() {
		UUID first = this.server.members().addGroup("First");
		UUID second = this.server.members().addGroup("Second");
		UUID third = this.server.members().addGroup("Third");

		JsonNode page = this.http.getJson("/member-group?skip=1&take=1");
		assertThat(page.get("total").asLong()).isEqualTo(3);
		assertThat(ids(page)).containsExactly(second.toString());

		JsonNode tree = this.http.getJson("/tree/member-group/root");
		assertThat(ids(tree)).containsExactly(first.toString(), second.toString(), third.toString());
		assertThat(tree.get("items").get(0).propertyNames()).containsExactlyInAnyOrder("hasChildren", "id", "parent",
				"name");

		JsonNode items = this.http.getJson("/item/member-group?id=" + third + "&id=" + UUID.randomUUID());
		assertThat(ids(items)).containsExactly(third.toString());
		assertThat(items.get(0).get("name").asString()).isEqualTo("Third");
	}

	@Test
	void seedingRefusesADuplicateName() {
		this.server.members().addGroup("Team");

		assertThatIllegalArgumentException().isThrownBy(() -> this.server.members().addGroup("team"))
			.withMessageContaining("DuplicateName");
	}

}
