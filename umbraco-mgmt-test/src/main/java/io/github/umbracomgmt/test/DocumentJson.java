package io.github.umbracomgmt.test;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes documents, versions and blueprints as the OpenAPI models of the Document,
 * Document Version and Document Blueprint groups, fields in the order the document lists
 * them. Callers hold the store's monitor, since trees and URLs read other documents.
 */
final class DocumentJson {

	/**
	 * What Umbraco 17 and 18 send as a variant's {@code id}: the property has no setter
	 * there, so it is always the empty GUID.
	 */
	static final String VARIANT_ID = "00000000-0000-0000-0000-000000000000";

	/** The alias of Umbraco's default URL provider, which {@link #urls} imitates. */
	static final String URL_PROVIDER = "umbDocumentUrlProvider";

	/** The variant state of content in the recycle bin (Umbraco 17+). */
	static final String TRASHED = "Trashed";

	private DocumentJson() {
	}

	/**
	 * {@code DocumentResponseModel}, or {@code PublishedDocumentResponseModel} when
	 * {@code published}.
	 */
	static ObjectNode document(DocumentStore store, DocumentStore.Node document, boolean published) {
		ObjectNode node = Json.object();
		values(node, published ? document.publishedValues : document.values);
		ArrayNode variants = node.putArray("variants");
		for (DocumentStore.Variant variant : document.variants) {
			if (!published || variant.published) {
				variants.add(variant(variant, published, document.trashed));
			}
		}
		node.put("id", document.id.toString());
		Json.putFlags(node);
		node.set("documentType", documentType(document.documentTypeId));
		Json.putReference(node, "template", document.templateId);
		node.put("isTrashed", document.trashed);
		return node;
	}

	/**
	 * What a patch works on: the document as an update model would send it
	 * ({@code template}, {@code values}, {@code variants}), so the patched result reads
	 * back as one.
	 */
	static ObjectNode editable(DocumentStore.Node document) {
		ObjectNode node = Json.object();
		Json.putReference(node, "template", document.templateId);
		ArrayNode values = node.putArray("values");
		for (DocumentStore.Value value : document.values) {
			ObjectNode item = values.addObject();
			putNullable(item, "culture", value.culture());
			putNullable(item, "segment", value.segment());
			item.put("alias", value.alias());
			item.set("value", value.value().deepCopy());
			item.put("editorAlias", value.editorAlias());
		}
		ArrayNode variants = node.putArray("variants");
		for (DocumentStore.Variant variant : document.variants) {
			ObjectNode item = variants.addObject();
			putNullable(item, "culture", variant.culture);
			putNullable(item, "segment", variant.segment);
			item.put("name", variant.name);
		}
		return node;
	}

	/**
	 * {@code DocumentVersionResponseModel} or {@code ElementVersionResponseModel}: the
	 * item as this version saved it.
	 * @param owner the property naming the versioned item, {@code document} or
	 * {@code element}
	 */
	static ObjectNode version(DocumentStore.Version version, String owner) {
		ObjectNode node = Json.object();
		values(node, version.values);
		ArrayNode variants = node.putArray("variants");
		version.variants.forEach(variant -> variants.add(variant(variant, false, false)));
		node.put("id", version.id.toString());
		Json.putFlags(node);
		node.set("documentType", documentType(version.documentTypeId));
		Json.putReference(node, owner, version.documentId);
		return node;
	}

	/**
	 * {@code DocumentVersionItemResponseModel} or
	 * {@code ElementVersionItemResponseModel}: one line of an item's history.
	 * @param owner the property naming the versioned item, {@code document} or
	 * {@code element}
	 */
	static ObjectNode versionItem(DocumentStore.Version version, DocumentStore.Node document, String owner) {
		ObjectNode node = Json.object();
		node.put("id", version.id.toString());
		Json.putReference(node, owner, version.documentId);
		Json.putReference(node, "documentType", version.documentTypeId);
		Json.putReference(node, "user", version.userId);
		Json.putDateTime(node, "versionDate", version.versionDate);
		node.put("isCurrentPublishedVersion", version.id.equals(document.publishedVersionId));
		node.put("isCurrentDraftVersion", version.id.equals(document.currentVersionId));
		node.put("preventCleanup", version.preventCleanup);
		return node;
	}

	/** {@code DocumentTreeItemResponseModel}. */
	static ObjectNode treeItem(DocumentStore store, DocumentStore.Node document) {
		ObjectNode node = Json.object();
		node.put("hasChildren", store.hasChildren(document));
		Json.putReference(node, "parent", document.parentId);
		node.put("noAccess", false);
		node.put("isTrashed", document.trashed);
		node.put("id", document.id.toString());
		Json.putDateTime(node, "createDate", document.createDate);
		node.put("isProtected", false);
		ArrayNode ancestors = node.putArray("ancestors");
		store.ancestors(document).forEach(ancestor -> ancestors.addObject().put("id", ancestor.id.toString()));
		node.set("documentType", documentType(document.documentTypeId));
		variantItems(node, document.variants, document.trashed);
		Json.putFlags(node);
		return node;
	}

	/** {@code DocumentItemResponseModel}. */
	static ObjectNode item(DocumentStore store, DocumentStore.Node document) {
		ObjectNode node = Json.object();
		node.put("id", document.id.toString());
		node.put("isTrashed", document.trashed);
		node.put("isProtected", false);
		Json.putReference(node, "parent", document.parentId);
		node.put("hasChildren", store.hasChildren(document));
		node.set("documentType", documentType(document.documentTypeId));
		variantItems(node, document.variants, document.trashed);
		Json.putFlags(node);
		return node;
	}

	/** {@code DocumentRecycleBinItemResponseModel}. */
	static ObjectNode recycleBinItem(DocumentStore store, DocumentStore.Node document) {
		ObjectNode node = Json.object();
		node.put("id", document.id.toString());
		Json.putDateTime(node, "createDate", document.createDate);
		node.put("hasChildren", store.hasChildren(document));
		Json.putReference(node, "parent", document.parentId);
		node.set("documentType", documentType(document.documentTypeId));
		variantItems(node, document.variants, document.trashed);
		return node;
	}

	/**
	 * {@code DocumentBlueprintResponseModel}, under {@code id} (a scaffold reports a
	 * fresh one).
	 */
	static ObjectNode blueprint(DocumentStore.Blueprint blueprint, UUID id) {
		ObjectNode node = Json.object();
		values(node, blueprint.values);
		ArrayNode variants = node.putArray("variants");
		blueprint.variants.forEach(variant -> variants.add(variant(variant, false, false)));
		node.put("id", id.toString());
		Json.putFlags(node);
		node.set("documentType", documentType(blueprint.documentTypeId));
		return node;
	}

	/** {@code DocumentBlueprintItemResponseModel}. */
	static ObjectNode blueprintItem(DocumentStore.Blueprint blueprint) {
		ObjectNode node = Json.object();
		node.put("id", blueprint.id.toString());
		node.put("name", blueprint.displayName());
		Json.putFlags(node);
		node.set("documentType", documentType(blueprint.documentTypeId));
		return node;
	}

	/**
	 * {@code DocumentBlueprintTreeItemResponseModel}; the fake has no blueprint folders.
	 */
	static ObjectNode blueprintTreeItem(DocumentStore.Blueprint blueprint) {
		ObjectNode node = Json.object();
		node.put("hasChildren", false);
		node.put("id", blueprint.id.toString());
		node.putNull("parent");
		node.put("name", blueprint.displayName());
		node.put("isFolder", false);
		node.put("noAccess", false);
		Json.putFlags(node);
		node.set("documentType", documentType(blueprint.documentTypeId));
		return node;
	}

	/**
	 * {@code DocumentTypeReferenceResponseModel}. The fake does not look the type up
	 * (another group may not even know it), so the icon is a placeholder and there is no
	 * collection.
	 */
	static ObjectNode documentType(UUID documentTypeId) {
		ObjectNode node = Json.object();
		node.put("id", documentTypeId.toString());
		node.put("icon", DocumentStore.DEFAULT_ICON);
		node.putNull("collection");
		return node;
	}

	/**
	 * {@code DocumentVariantResponseModel} or {@code ElementVariantResponseModel}; the
	 * published view shows the name as it was published, and a variant of an item in the
	 * recycle bin is {@code Trashed}.
	 */
	static ObjectNode variant(DocumentStore.Variant variant, boolean published, boolean trashed) {
		ObjectNode node = Json.object();
		node.put("id", VARIANT_ID);
		Json.putFlags(node);
		putNullable(node, "culture", variant.culture);
		putNullable(node, "segment", variant.segment);
		node.put("name", (published && variant.publishedName != null) ? variant.publishedName : variant.name);
		Json.putDateTime(node, "createDate", variant.createDate);
		Json.putDateTime(node, "updateDate", variant.updateDate);
		node.put("state", trashed ? TRASHED : variant.state());
		Json.putDateTime(node, "publishDate", variant.publishDate);
		Json.putDateTime(node, "scheduledPublishDate", variant.scheduledPublishDate);
		Json.putDateTime(node, "scheduledUnpublishDate", variant.scheduledUnpublishDate);
		return node;
	}

	/**
	 * {@code DocumentVariantItemResponseModel} or {@code ElementVariantItemResponseModel}
	 * entries.
	 */
	static void variantItems(ObjectNode node, List<DocumentStore.Variant> variants, boolean trashed) {
		ArrayNode array = node.putArray("variants");
		for (DocumentStore.Variant variant : variants) {
			ObjectNode item = array.addObject();
			item.put("id", VARIANT_ID);
			Json.putFlags(item);
			item.put("name", variant.name);
			putNullable(item, "culture", variant.culture);
			item.put("state", trashed ? TRASHED : variant.state());
		}
	}

	/**
	 * {@code DocumentValueResponseModel} or {@code ElementValueResponseModel} entries,
	 * values as they were sent.
	 */
	static void values(ObjectNode node, List<DocumentStore.Value> values) {
		ArrayNode array = node.putArray("values");
		for (DocumentStore.Value value : values) {
			ObjectNode item = array.addObject();
			putNullable(item, "culture", value.culture());
			putNullable(item, "segment", value.segment());
			item.put("alias", value.alias());
			item.set("value", value.value().deepCopy());
			item.put("editorAlias", value.editorAlias());
		}
	}

	/**
	 * {@code DocumentUrlInfoResponseModel} (what {@code GET /document/urls} answers since
	 * 17 dropped {@code DocumentResponseModel.urls}): a URL per published variant, built
	 * as Umbraco's default URL provider does with {@code HideTopLevelNodeFromPath}: the
	 * top-level document is {@code /}, the others the names of their ancestors below it,
	 * lower-cased and hyphenated.
	 */
	static ObjectNode urls(DocumentStore store, DocumentStore.Node document) {
		ObjectNode node = Json.object();
		node.put("id", document.id.toString());
		ArrayNode urls = node.putArray("urlInfos");
		if (document.trashed) {
			return node;
		}
		for (DocumentStore.Variant variant : document.variants) {
			if (!variant.published || variant.segment != null) {
				continue;
			}
			StringBuilder url = new StringBuilder("/");
			List<DocumentStore.Node> ancestors = store.ancestors(document);
			if (!ancestors.isEmpty()) {
				for (DocumentStore.Node ancestor : ancestors.subList(1, ancestors.size())) {
					url.append(segment(nameIn(ancestor, variant.culture))).append('/');
				}
				url.append(segment(variant.publishedName)).append('/');
			}
			ObjectNode info = urls.addObject();
			info.putNull("message");
			info.put("provider", URL_PROVIDER);
			putNullable(info, "culture", variant.culture);
			info.put("url", url.toString());
		}
		return node;
	}

	private static String nameIn(DocumentStore.Node document, String culture) {
		DocumentStore.Variant variant = document.variant(culture, null);
		if (variant == null) {
			return document.displayName();
		}
		return (variant.publishedName != null) ? variant.publishedName : variant.name;
	}

	private static String segment(String name) {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? "-" : slug;
	}

	private static void putNullable(ObjectNode node, String field, String value) {
		if (value == null) {
			node.putNull(field);
		}
		else {
			node.put(field, value);
		}
	}

}
