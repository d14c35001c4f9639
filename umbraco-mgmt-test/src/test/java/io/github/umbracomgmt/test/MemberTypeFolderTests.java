package io.github.umbracomgmt.test;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.assertCreated;
import static io.github.umbracomgmt.test.UmbracoHttp.assertOk;
import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.ids;
import static org.assertj.core.api.Assertions.assertThat;

/** Member-type folders and the member-type tree (Umbraco 17.3+). */
class MemberTypeFolderTests extends ServerTestSupport {

	@Test
	void memberTypesLiveInFoldersOfTheTree() {
		UUID folder = UUID.fromString(assertCreated(this.http.post("/member-type/folder", """
				{"name": "Customers", "parent": null}
				"""), "/member-type/folder"));
		UUID type = UUID.fromString(assertCreated(this.http.post("/member-type", """
				{"alias": "vip", "name": "VIP", "icon": "icon-user", "allowedAsRoot": false,
				 "variesByCulture": false, "variesBySegment": false, "isElement": false, "parent": {"id": "%s"},
				 "properties": [], "containers": [], "compositions": []}
				""".formatted(folder)), "/member-type"));

		JsonNode root = this.http.getJson("/tree/member-type/root");
		assertThat(ids(root)).containsExactly(folder.toString(), MemberTypeIds.MEMBER.toString());
		JsonNode folderItem = root.get("items").get(0);
		assertThat(folderItem.get("isFolder").asBoolean()).isTrue();
		assertThat(folderItem.get("hasChildren").asBoolean()).isTrue();
		assertThat(folderItem.get("icon").asString()).isEqualTo("icon-folder");
		assertThat(folderItem.get("flags").isArray()).isTrue();
		assertThat(ids(this.http.getJson("/tree/member-type/children?parentId=" + folder)))
			.containsExactly(type.toString());
		assertThat(ids(this.http.getJson("/tree/member-type/ancestors?descendantId=" + type)))
			.containsExactly(folder.toString(), type.toString());
		assertThat(ids(this.http.getJson("/tree/member-type/root?foldersOnly=true")))
			.containsExactly(folder.toString());

		assertThat(this.http.getJson("/member-type/folder/" + folder).get("name").asString()).isEqualTo("Customers");
		assertOk(this.http.put("/member-type/folder/" + folder, "{\"name\": \"Clients\"}"));
		assertProblem(this.http.delete("/member-type/folder/" + folder), 400, "NotEmpty");
		assertOk(this.http.delete("/member-type/" + type));
		assertOk(this.http.delete("/member-type/folder/" + folder));
		assertThat(ids(this.http.getJson("/tree/member-type/root"))).containsExactly(MemberTypeIds.MEMBER.toString());
	}

	@Test
	void aMemberTypeInAFolderThatDoesNotExistIsRefused() {
		assertProblem(this.http.post("/member-type", """
				{"alias": "vip", "name": "VIP", "icon": "icon-user", "allowedAsRoot": false,
				 "variesByCulture": false, "variesBySegment": false, "isElement": false, "parent": {"id": "%s"},
				 "properties": [], "containers": [], "compositions": []}
				""".formatted(UUID.randomUUID())), 400, "ParentNotFound");
	}

}
