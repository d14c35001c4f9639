package io.github.umbracomgmt.test;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ServerResourceTests extends ServerTestSupport {

	@Test
	void statusIsAnonymousAndFollowsTheTest() {
		HttpResponse<String> response = this.http.getAnonymously("/server/status");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(UmbracoHttp.json(response).get("serverStatus").asString()).isEqualTo("Run");

		this.server.setServerStatus("Upgrade");

		assertThat(UmbracoHttp.json(this.http.getAnonymously("/server/status")).get("serverStatus").asString())
			.isEqualTo("Upgrade");
	}

	@Test
	void informationNeedsATokenAndReportsTheConfiguredVersion() {
		assertThat(this.http.getAnonymously("/server/information").statusCode()).isEqualTo(401);

		JsonNode information = this.http.getJson("/server/information");
		assertThat(information.propertyNames()).containsExactlyInAnyOrder("version", "assemblyVersion", "baseUtcOffset",
				"runtimeMode");
		assertThat(information.get("version").asString()).isEqualTo("18.1.0");
		assertThat(information.get("assemblyVersion").asString()).isEqualTo("18.1.0");
		assertThat(information.get("runtimeMode").asString()).isIn("BackofficeDevelopment", "Development",
				"Production");

		this.server.setVersion("16.2.0-rc");

		JsonNode changed = this.http.getJson("/server/information");
		assertThat(changed.get("version").asString()).isEqualTo("16.2.0-rc");
		assertThat(changed.get("assemblyVersion").asString()).isEqualTo("16.2.0");
	}

	@Test
	void configurationIsAnonymous() {
		HttpResponse<String> response = this.http.getAnonymously("/server/configuration");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode configuration = UmbracoHttp.json(response);
		assertThat(configuration.propertyNames()).containsExactlyInAnyOrder("allowPasswordReset", "versionCheckPeriod",
				"allowLocalLogin");
		assertThat(configuration.get("allowPasswordReset").isBoolean()).isTrue();
		assertThat(configuration.get("versionCheckPeriod").isInt()).isTrue();
		assertThat(configuration.get("allowLocalLogin").isBoolean()).isTrue();
	}

	@Test
	void troubleshootingListsNameDataPairsWithTheVersion() {
		this.server.setVersion("16.1.0");

		JsonNode items = this.http.getJson("/server/troubleshooting").get("items");

		assertThat(items.isEmpty()).isFalse();
		items.forEach(item -> assertThat(item.propertyNames()).containsExactlyInAnyOrder("name", "data"));
		assertThat(items.valueStream()
			.filter(item -> item.get("name").asString().equals("Umbraco Version"))
			.map(item -> item.get("data").asString())).containsExactly("16.1.0");
	}

	@Test
	void upgradeCheckReportsNothingUntilATestAnnouncesAnUpgrade() {
		JsonNode none = this.http.getJson("/server/upgrade-check");
		assertThat(none.propertyNames()).containsExactlyInAnyOrderElementsOf(List.of("type", "comment", "url"));
		assertThat(none.get("type").asString()).isEqualTo("None");
		assertThat(none.get("url").asString()).isEmpty();

		this.server.setUpgradeCheck("Minor", "16.1.0 is out", "https://our.umbraco.com/download");

		JsonNode minor = this.http.getJson("/server/upgrade-check");
		assertThat(minor.get("type").asString()).isEqualTo("Minor");
		assertThat(minor.get("comment").asString()).isEqualTo("16.1.0 is out");
		assertThat(minor.get("url").asString()).isEqualTo("https://our.umbraco.com/download?version=18.1.0");
	}

	@Test
	void resetRestoresVersionAndUpgradeCheck() {
		this.server.setVersion("17.0.0");
		this.server.setUpgradeCheck("Major", "17 is out", "https://example.com");

		this.server.reset();

		assertThat(this.http.getJson("/server/information").get("version").asString()).isEqualTo("18.1.0");
		assertThat(this.http.getJson("/server/upgrade-check").get("type").asString()).isEqualTo("None");
	}

}
