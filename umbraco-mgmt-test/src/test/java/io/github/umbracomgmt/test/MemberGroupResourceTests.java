package io.github.umbracomgmt.test;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.PeopleTestClient.assertOk;
import static io.github.umbracomgmt.test.PeopleTestClient.assertProblem;
import static io.github.umbracomgmt.test.PeopleTestClient.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MemberGroupResourceTests {

	private UmbracoTestServer server;

	private PeopleTestClient client;

	@BeforeEach
	void start() {
		this.server = UmbracoTestServer.start();
		this.client = new PeopleTestClient(this.server);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void createReadUpdateDeleteFlow() {
		UUID id = this.client.create("/member-group", "{\"name\":\"Subscribers\"}");

		JsonNode group = this.client.getJson("/member-group/" + id);
		assertThat(group.propertyNames()).containsExactlyInAnyOrder("name", "id");
		assertThat(group.get("name").asString()).isEqualTo("Subscribers");

		assertOk(this.client.put("/member-group/" + id, "{\"name\":\"Premium subscribers\"}"));
		assertThat(this.server.memberGroup(id).orElseThrow().name()).isEqualTo("Premium subscribers");

		assertOk(this.client.delete("/member-group/" + id));
		assertProblem(this.client.get("/member-group/" + id), 404, "NotFound");
		assertThat(this.server.memberGroup(id)).isEmpty();
	}

	@Test
	void refusesDuplicatesAndMissingNames() {
		UUID id = UUID.randomUUID();
		String chosen = "{\"id\":\"" + id + "\",\"name\":\"Chosen\"}";

		assertThat(this.client.create("/member-group", chosen)).isEqualTo(id);
		assertProblem(this.client.post("/member-group", chosen), 409, "DuplicateKey");
		assertProblem(this.client.post("/member-group", "{\"name\":\"CHOSEN\"}"), 400, "DuplicateName");
		JsonNode missing = assertProblem(this.client.post("/member-group", "{\"name\":\" \"}"), 400,
				"CannotHaveEmptyName");
		assertThat(missing.get("errors").has("$.name")).isTrue();
		assertProblem(this.client.post("/member-group", "not json"), 400, "InvalidRequest");
	}

	@Test
	void unknownGroupIs404() {
		UUID unknown = UUID.randomUUID();

		assertProblem(this.client.get("/member-group/" + unknown), 404, "NotFound");
		assertProblem(this.client.put("/member-group/" + unknown, "{\"name\":\"X\"}"), 404, "NotFound");
		assertProblem(this.client.delete("/member-group/" + unknown), 404, "NotFound");
	}

	@Test
	void pagesTheListAndTheTreeAndListsItems() {
		UUID first = this.server.addMemberGroup("First");
		UUID second = this.server.addMemberGroup("Second");
		UUID third = this.server.addMemberGroup("Third");

		JsonNode page = this.client.getJson("/member-group?skip=1&take=1");
		assertThat(page.get("total").asLong()).isEqualTo(3);
		assertThat(ids(page)).containsExactly(second.toString());

		JsonNode tree = this.client.getJson("/tree/member-group/root");
		assertThat(ids(tree)).containsExactly(first.toString(), second.toString(), third.toString());
		assertThat(tree.get("items").get(0).propertyNames()).containsExactlyInAnyOrder("hasChildren", "id", "parent",
				"name");

		JsonNode items = this.client.getJson("/item/member-group?id=" + third + "&id=" + UUID.randomUUID());
		assertThat(ids(items)).containsExactly(third.toString());
		assertThat(items.get(0).get("name").asString()).isEqualTo("Third");
	}

	@Test
	void seedingRefusesADuplicateName() {
		this.server.addMemberGroup("Team");

		assertThatIllegalArgumentException().isThrownBy(() -> this.server.addMemberGroup("team"))
			.withMessageContaining("DuplicateName");
	}
}
