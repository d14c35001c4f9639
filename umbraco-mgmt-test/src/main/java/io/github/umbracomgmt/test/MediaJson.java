package io.github.umbracomgmt.test;

import java.util.Comparator;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the media, media type and temporary file models exactly as the OpenAPI document
 * shapes them. Callers hold the {@link MediaLibrary}'s monitor, since writing reads
 * related items (types, children).
 */
final class MediaJson {

	private MediaJson() {
	}

	// temporary files

	/** {@code TemporaryFileResponseModel}. */
	static ObjectNode temporaryFile(MediaLibrary.TemporaryFile file) {
		ObjectNode node = Json.object();
		node.put("id", file.id.toString());
		Json.putDateTime(node, "availableUntil", file.availableUntil);
		node.put("fileName", file.fileName);
		return node;
	}

	// media types

	/** {@code MediaTypeReferenceResponseModel}, as embedded in media models. */
	static ObjectNode mediaTypeReference(MediaLibrary.MediaTypeDef type) {
		ObjectNode node = Json.object();
		node.put("id", type.id.toString());
		node.put("icon", type.icon);
		Json.putReference(node, "collection", type.collection);
		return node;
	}

	/** {@code MediaTypeResponseModel}. */
	static ObjectNode mediaType(MediaLibrary.MediaTypeDef type) {
		ObjectNode node = Json.object();
		node.put("alias", type.alias);
		node.put("name", type.name);
		node.put("description", type.description);
		node.put("icon", type.icon);
		node.put("allowedAsRoot", type.allowedAsRoot);
		node.put("variesByCulture", type.variesByCulture);
		node.put("variesBySegment", type.variesBySegment);
		Json.putReference(node, "collection", type.collection);
		node.put("isElement", type.isElement);
		node.put("allowedInLibrary", false);
		ArrayNode properties = node.putArray("properties");
		type.properties.forEach(property -> properties.add(propertyType(property)));
		ArrayNode containers = node.putArray("containers");
		type.containers.forEach(container -> {
			ObjectNode item = containers.addObject();
			item.put("id", container.id().toString());
			Json.putReference(item, "parent", container.parent());
			item.put("name", container.name());
			item.put("type", container.type());
			item.put("sortOrder", container.sortOrder());
		});
		node.put("id", type.id.toString());
		ArrayNode allowed = node.putArray("allowedMediaTypes");
		type.allowed.forEach(sort -> {
			ObjectNode item = allowed.addObject();
			Json.putReference(item, "mediaType", sort.mediaType());
			item.put("sortOrder", sort.sortOrder());
		});
		ArrayNode compositions = node.putArray("compositions");
		type.compositions.forEach(composition -> {
			ObjectNode item = compositions.addObject();
			Json.putReference(item, "mediaType", composition.mediaType());
			item.put("compositionType", composition.compositionType());
		});
		node.put("isDeletable", !type.system);
		node.put("aliasCanBeChanged", !type.system);
		return node;
	}

	/** {@code MediaTypePropertyTypeResponseModel}. */
	static ObjectNode propertyType(MediaLibrary.PropertyDef property) {
		ObjectNode node = Json.object();
		node.put("id", property.id().toString());
		Json.putReference(node, "container", property.container());
		node.put("sortOrder", property.sortOrder());
		node.put("alias", property.alias());
		node.put("name", property.name());
		node.put("description", property.description());
		Json.putReference(node, "dataType", property.dataType());
		node.put("variesByCulture", property.variesByCulture());
		node.put("variesBySegment", property.variesBySegment());
		ObjectNode validation = node.putObject("validation");
		validation.put("mandatory", property.mandatory());
		validation.put("mandatoryMessage", property.mandatoryMessage());
		validation.put("regEx", property.regEx());
		validation.put("regExMessage", property.regExMessage());
		node.putObject("appearance").put("labelOnTop", property.labelOnTop());
		return node;
	}

	/** {@code MediaTypeTreeItemResponseModel} for a media type. */
	static ObjectNode mediaTypeTreeItem(MediaLibrary.MediaTypeDef type) {
		ObjectNode node = Json.treeItem(type, false);
		node.put("icon", type.icon);
		node.put("isDeletable", !type.system);
		return node;
	}

	/** {@code MediaTypeTreeItemResponseModel} for a folder. */
	static ObjectNode folderTreeItem(FolderedStore.Folder folder, boolean hasChildren) {
		ObjectNode node = Json.treeItem(folder, hasChildren);
		node.put("icon", "icon-folder");
		node.put("isDeletable", true);
		return node;
	}

	/** {@code MediaTypeItemResponseModel}. */
	static ObjectNode mediaTypeItem(MediaLibrary.MediaTypeDef type) {
		ObjectNode node = Json.object();
		node.put("id", type.id.toString());
		node.put("name", type.name);
		node.put("icon", type.icon);
		Json.putFlags(node);
		return node;
	}

	/** {@code AllowedMediaTypeModel}. */
	static ObjectNode allowedMediaType(MediaLibrary.MediaTypeDef type) {
		ObjectNode node = Json.object();
		node.put("id", type.id.toString());
		node.put("name", type.name);
		node.put("description", type.description);
		node.put("icon", type.icon);
		return node;
	}

	// media

	/**
	 * {@code MediaResponseModel}. Values whose property the type no longer has are left
	 * out, as Umbraco drops them with the property.
	 * @param origin {@code scheme://host} that URLs are made absolute with, as Umbraco's
	 * URL provider does
	 */
	static ObjectNode media(MediaLibrary library, MediaLibrary.MediaItem item, String origin) {
		MediaLibrary.MediaTypeDef type = library.mediaType(item.mediaType);
		ObjectNode node = Json.object();
		ArrayNode values = node.putArray("values");
		for (MediaLibrary.Value value : item.values) {
			MediaLibrary.PropertyDef property = type.property(value.alias());
			if (property == null) {
				continue;
			}
			ObjectNode valueNode = values.addObject();
			valueNode.put("culture", value.culture());
			valueNode.put("segment", value.segment());
			valueNode.put("alias", value.alias());
			valueNode.set("value", value.value());
			valueNode.put("editorAlias", library.editorAlias(property.dataType()));
		}
		ArrayNode variants = node.putArray("variants");
		item.variants.forEach(variant -> {
			ObjectNode variantNode = variants.addObject();
			variantNode.put("culture", variant.culture());
			variantNode.put("segment", variant.segment());
			variantNode.put("name", variant.name());
			Json.putDateTime(variantNode, "createDate", variant.createDate());
			Json.putDateTime(variantNode, "updateDate", variant.updateDate());
		});
		node.put("id", item.id.toString());
		Json.putFlags(node);
		node.put("isTrashed", item.trashed);
		node.set("mediaType", mediaTypeReference(type));
		return node;
	}

	/** {@code MediaUrlInfoResponseModel}. */
	static ObjectNode mediaUrls(MediaLibrary.MediaItem item, String origin) {
		ObjectNode node = Json.object();
		node.put("id", item.id.toString());
		ArrayNode urls = node.putArray("urlInfos");
		item.files.values().forEach(file -> {
			ObjectNode url = urls.addObject();
			url.putNull("culture");
			url.put("url", origin + file.src());
		});
		return node;
	}

	/** {@code MediaTreeItemResponseModel}. */
	static ObjectNode mediaTreeItem(MediaLibrary library, MediaLibrary.MediaItem item) {
		ObjectNode node = Json.object();
		node.put("hasChildren", library.hasChildren(item));
		Json.putReference(node, "parent", item.parent);
		node.put("noAccess", false);
		node.put("isTrashed", item.trashed);
		node.put("id", item.id.toString());
		Json.putDateTime(node, "createDate", item.createDate);
		node.set("mediaType", mediaTypeReference(library.mediaType(item.mediaType)));
		putVariantItems(node, item);
		Json.putFlags(node);
		return node;
	}

	/** {@code MediaItemResponseModel}. */
	static ObjectNode mediaItem(MediaLibrary library, MediaLibrary.MediaItem item) {
		ObjectNode node = Json.object();
		node.put("id", item.id.toString());
		node.put("isTrashed", item.trashed);
		Json.putReference(node, "parent", item.parent);
		node.put("hasChildren", library.hasChildren(item));
		node.set("mediaType", mediaTypeReference(library.mediaType(item.mediaType)));
		putVariantItems(node, item);
		Json.putFlags(node);
		return node;
	}

	/** {@code MediaRecycleBinItemResponseModel}. */
	static ObjectNode recycleBinItem(MediaLibrary library, MediaLibrary.MediaItem item) {
		ObjectNode node = Json.object();
		node.put("id", item.id.toString());
		Json.putDateTime(node, "createDate", item.createDate);
		node.put("hasChildren", library.hasChildren(item));
		Json.putReference(node, "parent", item.parent);
		node.set("mediaType", mediaTypeReference(library.mediaType(item.mediaType)));
		putVariantItems(node, item);
		return node;
	}

	/** {@code VariantItemResponseModel} entries: a name per culture. */
	private static void putVariantItems(ObjectNode node, MediaLibrary.MediaItem item) {
		ArrayNode variants = node.putArray("variants");
		item.variants.stream()
			.filter(variant -> variant.segment() == null)
			.sorted(Comparator.comparing(variant -> (variant.culture() != null) ? variant.culture() : ""))
			.forEach(variant -> {
				ObjectNode variantNode = variants.addObject();
				variantNode.put("name", variant.name());
				variantNode.put("culture", variant.culture());
			});
	}

}
