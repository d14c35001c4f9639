package io.github.umbracomgmt.test;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fields Umbraco 17 and 18 added to models the fake already served: {@code flags},
 * the users' element library access, and what 17 dropped ({@code urls}).
 */
class Umbraco18FieldsTests extends ServerTestSupport {

	@Test
	void usersReportTheirElementLibraryAccess() {
		UUID folder = UUID.randomUUID();
		UUID id = this.server.users().add("Ed", "ed@example.com");
		this.server.users().find(id).orElseThrow().setElementRootAccess(false).setElementStartNodeIds(List.of(folder));

		JsonNode user = this.http.getJson("/user/" + id);
		assertThat(user.get("hasElementRootAccess").asBoolean()).isFalse();
		assertThat(user.get("elementStartNodeIds").get(0).get("id").asString()).isEqualTo(folder.toString());
		JsonNode current = this.http.getJson("/user/current");
		assertThat(current.get("hasElementRootAccess").asBoolean()).isTrue();
		assertThat(current.get("elementStartNodeIds").isEmpty()).isTrue();
	}

	@Test
	void documentsTheirTreeItemsItemsAndVariantsCarryFlags() {
		UUID id = this.server.documents().add("Home", UUID.randomUUID());

		JsonNode document = this.http.getJson("/document/" + id);
		assertThat(document.get("flags").isArray()).isTrue();
		assertThat(document.get("variants").get(0).get("flags").isArray()).isTrue();
		assertThat(document.get("variants").get(0).get("id").asString())
			.as("Umbraco's variant id has no setter, so it is always empty")
			.isEqualTo("00000000-0000-0000-0000-000000000000");
		assertThat(this.http.getJson("/tree/document/root").get("items").get(0).get("flags").isArray()).isTrue();
		JsonNode item = this.http.getJson("/item/document?id=" + id).get(0);
		assertThat(item.get("flags").isArray()).isTrue();
		assertThat(item.get("variants").get(0).get("flags").isArray()).isTrue();
	}

	@Test
	void mediaAndMembersCarryFlagsAndMediaNoLongerHasUrls() {
		UUID folder = this.server.media().add("Photos", MediaTypeIds.FOLDER, null);
		UUID memberType = this.server.members().addType("customer", "Customer");
		UUID member = this.server.members().add("ann", "ann@example.com", "Ann", memberType);

		JsonNode media = this.http.getJson("/media/" + folder);
		assertThat(media.get("flags").isArray()).isTrue();
		assertThat(media.has("urls")).isFalse();
		assertThat(this.http.getJson("/item/media?id=" + folder).get(0).get("flags").isArray()).isTrue();
		assertThat(this.http.getJson("/tree/media/root").get("items").get(0).get("flags").isArray()).isTrue();
		assertThat(this.http.getJson("/member/" + member).get("flags").isArray()).isTrue();
		assertThat(this.http.getJson("/member-type/" + memberType).get("allowedInLibrary").asBoolean()).isFalse();
	}

}
