package io.github.umbracomgmt.test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class HealthCheckResourceTests extends ServerTestSupport {

	@Test
	void listsGroupsByNamePaged() {
		JsonNode groups = this.http.getJson("/health-check-group");

		assertThat(groups.get("total").asLong()).isEqualTo(4);
		assertThat(groups.get("items").valueStream().map(group -> group.get("name").asString()))
			.containsExactly("Configuration", "Data Integrity", "Security", "Services");
		groups.get("items").forEach(group -> assertThat(group.propertyNames()).containsExactly("name"));

		JsonNode page = this.http.getJson("/health-check-group?skip=1&take=2");
		assertThat(page.get("total").asLong()).isEqualTo(4);
		assertThat(page.get("items").valueStream().map(group -> group.get("name").asString()))
			.containsExactly("Data Integrity", "Security");
	}

	@Test
	void groupByNameListsItsChecksMatchingTheNameLoosely() {
		JsonNode group = this.http.getJson("/health-check-group/data%20integrity");

		assertThat(group.get("name").asString()).isEqualTo("Data Integrity");
		JsonNode check = group.get("checks").get(0);
		assertThat(check.propertyNames()).containsAll(List.of("id", "name"));
		assertThat(check.get("id").asString()).isEqualTo(BuiltInHealthChecks.DATA_INTEGRITY.toString());
		assertThat(check.get("name").asString()).isEqualTo("Database data integrity check");
		assertThat(check.get("description").asString()).isNotBlank();
	}

	@Test
	void unknownGroupIsNotFound() {
		assertProblem(this.http.get("/health-check-group/Nope"), 404, "NotFound");
		assertProblem(this.http.send("POST", "/health-check-group/Nope/check", null), 404, "NotFound");
	}

	@Test
	void checkingAHealthyGroupReportsSuccessWithoutActions() {
		JsonNode result = checkGroup("Data Integrity");

		JsonNode check = result.get("checks").get(0);
		assertThat(check.get("id").asString()).isEqualTo(BuiltInHealthChecks.DATA_INTEGRITY.toString());
		assertThat(check.get("results").size()).isEqualTo(2);
		check.get("results").forEach(item -> {
			assertThat(item.get("resultType").asString()).isEqualTo("Success");
			assertThat(item.get("message").asString()).isNotBlank();
			assertThat(item.get("actions").isEmpty()).isTrue();
		});
	}

	@Test
	void brokenCheckOffersActionsAndRunningOneMendsIt() {
		this.server.healthChecks().setResult(BuiltInHealthChecks.DATA_INTEGRITY, "Error", "3 invalid document paths");

		JsonNode failing = checkGroup("Data Integrity").get("checks").get(0).get("results").get(0);
		assertThat(failing.get("resultType").asString()).isEqualTo("Error");
		assertThat(failing.get("message").asString()).isEqualTo("3 invalid document paths");
		JsonNode action = failing.get("actions").get(0);
		assertThat(action.get("alias").asString()).isEqualTo("fixContentPaths");
		assertThat(action.get("healthCheck").get("id").asString())
			.isEqualTo(BuiltInHealthChecks.DATA_INTEGRITY.toString());
		assertThat(action.get("valueRequired").asBoolean()).isFalse();

		// A client sends the offered action back as it received it.
		HttpResponse<String> response = this.http.post("/health-check/execute-action", action.toString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode fixed = UmbracoHttp.json(response);
		assertThat(fixed.get("resultType").asString()).isEqualTo("Success");
		assertThat(fixed.get("message").asString()).contains("document paths are valid");

		assertThat(checkGroup("Data Integrity").get("checks").get(0).get("results").get(0).get("resultType").asString())
			.isEqualTo("Success");
	}

	@Test
	void unknownCheckOrActionIsABadRequest() {
		assertProblem(this.http.post("/health-check/execute-action", """
				{"healthCheck": {"id": "%s"}, "alias": "fixContentPaths", "valueRequired": false}
				""".formatted(UUID.randomUUID())), 400, "NotFound");
		assertProblem(this.http.post("/health-check/execute-action", """
				{"healthCheck": {"id": "%s"}, "alias": "reboot", "valueRequired": false}
				""".formatted(BuiltInHealthChecks.SMTP)), 400, "InvalidRequest");
		assertProblem(this.http.post("/health-check/execute-action", """
				{"alias": "fixContentPaths", "valueRequired": false}
				"""), 400, "InvalidRequest");
	}

	@Test
	void resetMakesEveryCheckPassAgain() {
		this.server.healthChecks().setResult(BuiltInHealthChecks.SMTP, "Warning", "No SMTP host");

		this.server.reset();

		assertThat(checkGroup("Services").get("checks").get(0).get("results").get(0).get("resultType").asString())
			.isEqualTo("Success");
	}

	/**
	 * Runs a group's checks and returns {@code HealthCheckGroupWithResultResponseModel}.
	 */
	private JsonNode checkGroup(String name) {
		HttpResponse<String> response = this.http.send("POST",
				"/health-check-group/" + name.replace(" ", "%20") + "/check", null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return UmbracoHttp.json(response);
	}

}
