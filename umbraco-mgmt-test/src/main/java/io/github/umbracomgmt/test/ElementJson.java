package io.github.umbracomgmt.test;

import java.time.Instant;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the element library as the Element models of Umbraco 18's OpenAPI document.
 * Elements share the document models' variant and value shapes, so those come from
 * {@link DocumentJson}; folders in the element tree carry no document type and no
 * variants.
 */
final class ElementJson {

	private ElementJson() {
	}

	/** {@code ElementResponseModel}. */
	static ObjectNode element(DocumentStore.Node element) {
		ObjectNode node = Json.object();
		DocumentJson.values(node, element.values);
		ArrayNode variants = node.putArray("variants");
		element.variants.forEach(variant -> variants.add(DocumentJson.variant(variant, false, element.trashed)));
		node.put("id", element.id.toString());
		Json.putFlags(node);
		node.set("documentType", DocumentJson.documentType(element.documentTypeId));
		node.put("isTrashed", element.trashed);
		return node;
	}

	/**
	 * {@code ElementItemResponseModel}; an element never has children, only folders do.
	 */
	static ObjectNode item(DocumentStore.Node element) {
		ObjectNode node = Json.object();
		node.put("id", element.id.toString());
		node.put("isTrashed", element.trashed);
		Json.putReference(node, "parent", element.parentId);
		node.put("hasChildren", false);
		node.set("documentType", DocumentJson.documentType(element.documentTypeId));
		DocumentJson.variantItems(node, element.variants, element.trashed);
		Json.putFlags(node);
		return node;
	}

	/**
	 * {@code ElementTreeItemResponseModel} for an element or a folder.
	 * @param folderCreated when a folder was created; elements keep their own date
	 */
	static ObjectNode treeItem(FolderedStore.Entry entry, boolean hasChildren, Instant folderCreated) {
		ObjectNode node = Json.treeItem(entry, hasChildren);
		content(node, entry, folderCreated);
		return node;
	}

	/**
	 * {@code ElementRecycleBinItemResponseModel}: no flags, the parent an
	 * {@code ItemReferenceByIdResponseModel}.
	 */
	static ObjectNode recycleBinItem(FolderedStore.Entry entry, boolean hasChildren, Instant folderCreated) {
		ObjectNode node = Json.object();
		node.put("id", entry.id().toString());
		node.put("name", entry.name());
		node.put("isFolder", entry instanceof FolderedStore.Folder);
		node.put("hasChildren", hasChildren);
		Json.putReference(node, "parent", entry.parentId());
		content(node, entry, folderCreated);
		return node;
	}

	/**
	 * {@code NamedItemResponseModel} or {@code FolderItemResponseModel}: a name, an id
	 * and flags.
	 */
	static ObjectNode named(FolderedStore.Entry entry) {
		ObjectNode node = Json.object();
		node.put("name", entry.name());
		node.put("id", entry.id().toString());
		Json.putFlags(node);
		return node;
	}

	/**
	 * What tree and recycle bin items add for an element, and the empty counterparts for
	 * a folder.
	 */
	private static void content(ObjectNode node, FolderedStore.Entry entry, Instant folderCreated) {
		if (entry instanceof DocumentStore.Node element) {
			Json.putDateTime(node, "createDate", element.createDate);
			node.set("documentType", DocumentJson.documentType(element.documentTypeId));
			DocumentJson.variantItems(node, element.variants, element.trashed);
		}
		else {
			Json.putDateTime(node, "createDate", folderCreated);
			node.putNull("documentType");
			node.putArray("variants");
		}
	}

}
