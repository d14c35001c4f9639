package io.github.umbracomgmt.test;

import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes members, member types and member groups as the OpenAPI response models
 * ({@code MemberResponseModel}, {@code MemberItemResponseModel},
 * {@code MemberTypeResponseModel}, {@code MemberTypeTreeItemResponseModel},
 * {@code MemberGroupResponseModel} and their item models), fields in the order the
 * document lists them.
 */
final class MemberJson {

	private MemberJson() {
	}

	/**
	 * @param type the member's type, for the reference's icon and the values' editors
	 * ({@code null} only in a race with the type's deletion)
	 * @param dataTypes the data type of each property the member may have
	 */
	static ObjectNode member(MemberDirectory.Member member, MemberDirectory.MemberType type,
			Map<String, UUID> dataTypes) {
		ObjectNode node = Json.object();
		ArrayNode values = node.putArray("values");
		for (MemberDirectory.Value value : member.values()) {
			UUID dataType = dataTypes.get(value.alias());
			// A property removed from the type since the value was saved is gone, as in
			// Umbraco.
			if (dataType == null) {
				continue;
			}
			ObjectNode entry = values.addObject();
			entry.put("culture", value.culture());
			entry.put("segment", value.segment());
			entry.put("alias", value.alias());
			if (value.value() != null) {
				entry.set("value", value.value().deepCopy());
			}
			else {
				entry.putNull("value");
			}
			entry.put("editorAlias", MemberDirectory.editorAlias(dataType));
		}
		ObjectNode variant = node.putArray("variants").addObject();
		variant.putNull("culture");
		variant.putNull("segment");
		variant.put("name", member.name());
		Json.putDateTime(variant, "createDate", member.createDate());
		Json.putDateTime(variant, "updateDate", member.updateDate());
		node.put("id", member.id().toString());
		node.put("email", member.email());
		node.put("username", member.username());
		node.set("memberType", memberTypeReference(member.memberTypeId(), type));
		node.put("isApproved", member.approved());
		node.put("isLockedOut", member.lockedOut());
		node.put("isTwoFactorEnabled", member.twoFactorEnabled());
		node.put("failedPasswordAttempts", member.failedPasswordAttempts());
		Json.putDateTime(node, "lastLoginDate", member.lastLoginDate());
		Json.putDateTime(node, "lastLockoutDate", member.lastLockoutDate());
		Json.putDateTime(node, "lastPasswordChangeDate", member.lastPasswordChangeDate());
		ArrayNode groups = node.putArray("groups");
		member.groups().forEach(group -> groups.add(group.toString()));
		node.put("kind", "Default");
		Json.putFlags(node);
		return node;
	}

	static ObjectNode memberItem(MemberDirectory.Member member, MemberDirectory.MemberType type) {
		ObjectNode node = Json.object();
		node.put("id", member.id().toString());
		node.set("memberType", memberTypeReference(member.memberTypeId(), type));
		ObjectNode variant = node.putArray("variants").addObject();
		variant.put("name", member.name());
		variant.putNull("culture");
		node.put("kind", "Default");
		Json.putFlags(node);
		return node;
	}

	/** {@code MemberTypeReferenceResponseModel}. */
	private static ObjectNode memberTypeReference(UUID id, MemberDirectory.MemberType type) {
		ObjectNode node = Json.object();
		node.put("id", id.toString());
		node.put("icon", (type != null) ? type.icon() : "icon-user");
		Json.putReference(node, "collection", (type != null) ? type.collection() : null);
		return node;
	}

	static ObjectNode memberType(MemberDirectory.MemberType type) {
		ObjectNode node = Json.object();
		node.put("alias", type.alias());
		node.put("name", type.name());
		node.put("description", type.description());
		node.put("icon", type.icon());
		node.put("allowedAsRoot", type.allowedAsRoot());
		node.put("variesByCulture", type.variesByCulture());
		node.put("variesBySegment", type.variesBySegment());
		Json.putReference(node, "collection", type.collection());
		node.put("isElement", type.isElement());
		node.put("allowedInLibrary", false);
		node.set("properties", type.properties().deepCopy());
		node.set("containers", type.containers().deepCopy());
		node.put("id", type.id().toString());
		node.set("compositions", type.compositions().deepCopy());
		return node;
	}

	static ObjectNode memberTypeItem(MemberDirectory.MemberType type) {
		ObjectNode node = Json.object();
		node.put("id", type.id().toString());
		node.put("name", type.name());
		node.put("icon", type.icon());
		Json.putFlags(node);
		return node;
	}

	/** {@code MemberTypeTreeItemResponseModel} for a member type or a folder. */
	static ObjectNode memberTypeTreeItem(FolderedStore.Entry entry, boolean hasChildren) {
		ObjectNode node = Json.treeItem(entry, hasChildren);
		node.put("icon", (entry instanceof MemberDirectory.MemberType type) ? type.icon() : "icon-folder");
		return node;
	}

	static ObjectNode memberGroup(MemberDirectory.MemberGroup group) {
		ObjectNode node = Json.object();
		node.put("name", group.name());
		node.put("id", group.id().toString());
		return node;
	}

	static ObjectNode memberGroupItem(MemberDirectory.MemberGroup group) {
		ObjectNode node = Json.object();
		node.put("id", group.id().toString());
		node.put("name", group.name());
		Json.putFlags(node);
		return node;
	}

	static ObjectNode memberGroupTreeItem(MemberDirectory.MemberGroup group) {
		ObjectNode node = Json.object();
		node.put("hasChildren", false);
		node.put("id", group.id().toString());
		node.putNull("parent");
		node.put("name", group.name());
		return node;
	}

}
