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
 * The one mapper the fake writes with, plus the few shapes that recur across Umbraco models, so every resource group
 * formats dates and references the same way the real server does.
 */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
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

	/** Umbraco's {@code ReferenceByIdModel}: {@code [{"id": "..."}]}. */
	static void putReferences(ObjectNode node, String field, Collection<UUID> ids) {
		ArrayNode array = node.putArray(field);
		ids.forEach(id -> array.addObject().put("id", id.toString()));
	}

	static void putStrings(ObjectNode node, String field, Collection<String> values) {
		ArrayNode array = node.putArray(field);
		values.forEach(array::add);
	}
}
