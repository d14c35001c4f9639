package io.github.umbracomgmt.test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one mapper the fake writes with, plus the few shapes that recur across Umbraco
 * models, so every resource group formats dates and references the same way the real
 * server does.
 */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	static ArrayNode array() {
		return MAPPER.createArrayNode();
	}

	static byte[] bytes(JsonNode node) {
		return MAPPER.writeValueAsBytes(node);
	}

	/** ISO-8601 with an explicit offset, as .NET writes a {@code DateTimeOffset}. */
	static String dateTime(Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
	}

	static void putDateTime(ObjectNode node, String field, Instant instant) {
		if (instant == null) {
			node.putNull(field);
		}
		else {
			node.put(field, dateTime(instant));
		}
	}

	/**
	 * Umbraco's {@code ReferenceByIdModel} ({@code {"id": "..."}}), or {@code null} when
	 * there is no reference.
	 */
	static void putReference(ObjectNode node, String field, UUID id) {
		if (id == null) {
			node.putNull(field);
		}
		else {
			node.putObject(field).put("id", id.toString());
		}
	}

	/**
	 * A property type as every content type model (document, media, member types) writes
	 * it, with Umbraco's defaults: invariant, optional, no description, validation or
	 * label on top.
	 */
	static ObjectNode propertyType(UUID id, UUID container, int sortOrder, String alias, String name, UUID dataType) {
		ObjectNode node = object();
		node.put("id", id.toString());
		putReference(node, "container", container);
		node.put("sortOrder", sortOrder);
		node.put("alias", alias);
		node.put("name", name);
		node.putNull("description");
		node.putObject("dataType").put("id", dataType.toString());
		node.put("variesByCulture", false);
		node.put("variesBySegment", false);
		ObjectNode validation = node.putObject("validation");
		validation.put("mandatory", false);
		validation.putNull("mandatoryMessage");
		validation.putNull("regEx");
		validation.putNull("regExMessage");
		node.putObject("appearance").put("labelOnTop", false);
		return node;
	}

	/** A root {@code Group} container of a content type model. */
	static ObjectNode groupContainer(UUID id, String name, int sortOrder) {
		ObjectNode node = object();
		node.put("id", id.toString());
		node.putNull("parent");
		node.put("name", name);
		node.put("type", "Group");
		node.put("sortOrder", sortOrder);
		return node;
	}

	/**
	 * The start of a tree item in a tree of folders and entities (data, document and
	 * media types): what each group's item then adds to.
	 */
	static ObjectNode treeItem(FolderedStore.Entry entry, boolean hasChildren) {
		ObjectNode node = object();
		node.put("hasChildren", hasChildren);
		node.put("id", entry.id().toString());
		putReference(node, "parent", entry.parentId());
		node.put("name", entry.name());
		node.put("isFolder", entry instanceof FolderedStore.Folder);
		node.put("noAccess", false);
		putFlags(node);
		return node;
	}

	/**
	 * {@code FolderResponseModel}; {@code isTrashed} is Umbraco 18's, for folders that
	 * can go to a recycle bin.
	 */
	static ObjectNode folder(FolderedStore.Folder folder, boolean trashed) {
		ObjectNode node = object();
		node.put("name", folder.name());
		node.put("id", folder.id().toString());
		node.put("isTrashed", trashed);
		return node;
	}

	/**
	 * The {@code flags} (Umbraco 17+: {@code [{"alias": ...}]}) of a model; the fake
	 * raises none, as a site without scheduled publishing or flag providers sends.
	 */
	static void putFlags(ObjectNode node) {
		node.putArray("flags");
	}

	/** An array of Umbraco's {@code ReferenceByIdModel}: {@code [{"id": "..."}]}. */
	static void putReferences(ObjectNode node, String field, Collection<UUID> ids) {
		ArrayNode array = node.putArray(field);
		ids.forEach(id -> array.addObject().put("id", id.toString()));
	}

	static void putStrings(ObjectNode node, String field, Collection<String> values) {
		ArrayNode array = node.putArray(field);
		values.forEach(array::add);
	}

}
