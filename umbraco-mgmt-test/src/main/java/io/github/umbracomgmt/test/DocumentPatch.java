package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Umbraco 18's document patch ({@code PATCH /document/{id}/patch},
 * {@code PatchDocumentRequestModel}): operations {@code replace}, {@code add} and
 * {@code remove} applied in order to the document's editable shape ({@code template},
 * {@code values}, {@code variants}), as JSON Patch would, with Umbraco's array filters:
 * {@code /values[alias=title,culture=en-US,segment=null]/value} picks the first entry
 * whose fields match ({@code null} matches a missing or null field). Paths also take an
 * array index ({@code /values/0}), {@code -} to append, and go into values as deep as
 * they are nested (a block editor's JSON).
 *
 * <p>
 * If any operation fails, nothing changes: the operations run on a copy. A broken request
 * ({@code op} unknown, a {@code value} missing) is ASP.NET's validation problem; a path
 * that is malformed or leads nowhere is a 400 with the fake's {@code operationStatus}
 * {@code InvalidPath} or {@code PathNotFound}.
 */
final class DocumentPatch {

	private static final Set<String> OPERATIONS = Set.of("replace", "add", "remove");

	private DocumentPatch() {
	}

	/** One operation of the request. */
	record Operation(String op, String path, JsonNode value) {
	}

	/**
	 * Reads {@code operations}: at least one, each with a known {@code op}, a path, a
	 * value unless removing.
	 */
	static List<Operation> read(ApiRequest request) {
		ObjectNode body = DocumentApi.body(request);
		ArrayNode array = DocumentApi.requiredArray(body, "operations");
		if (array.isEmpty()) {
			throw DocumentApi.invalid("$.operations", "At least one operation is required.");
		}
		List<Operation> operations = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			JsonNode item = array.get(i);
			String at = "$.operations[" + i + "]";
			if (!item.isObject()) {
				throw DocumentApi.invalid(at, "Each operation must be an object.");
			}
			String op = DocumentApi.optionalString(item, "op", at + ".op");
			if (op == null || !OPERATIONS.contains(op)) {
				throw DocumentApi.invalid(at + ".op", "The op field must be one of replace, add, remove.");
			}
			String path = DocumentApi.optionalString(item, "path", at + ".path");
			if (path == null || path.isEmpty()) {
				throw DocumentApi.invalid(at + ".path", "The path field is required.");
			}
			JsonNode value = item.get("value");
			if (!op.equals("remove") && value == null) {
				throw DocumentApi.invalid(at + ".value", "A value is required for " + op + ".");
			}
			operations.add(new Operation(op, path, value));
		}
		return operations;
	}

	/**
	 * Applies the operations to a copy of {@code document} and returns the patched copy.
	 * @param document the editable shape: {@code template}, {@code values},
	 * {@code variants}
	 */
	static ObjectNode apply(ObjectNode document, List<Operation> operations) {
		ObjectNode patched = document.deepCopy();
		for (Operation operation : operations) {
			apply(patched, operation);
		}
		return patched;
	}

	private static void apply(ObjectNode root, Operation operation) {
		List<Step> steps = parse(operation.path());
		JsonNode parent = root;
		for (Step step : steps.subList(0, steps.size() - 1)) {
			JsonNode next = step.find(parent);
			if (next == null) {
				throw pathNotFound(operation.path());
			}
			parent = next;
		}
		steps.get(steps.size() - 1).change(parent, operation);
	}

	/**
	 * Splits a path into steps: properties, indexes, {@code -}, and filters that follow a
	 * property.
	 */
	private static List<Step> parse(String path) {
		if (!path.startsWith("/") || path.length() < 2) {
			throw invalidPath(path);
		}
		List<Step> steps = new ArrayList<>();
		int i = 1;
		while (i <= path.length()) {
			int end = i;
			while (end < path.length() && path.charAt(end) != '/' && path.charAt(end) != '[') {
				end++;
			}
			String token = path.substring(i, end);
			if (token.isEmpty()) {
				throw invalidPath(path);
			}
			steps.add(token.equals("-") ? new Step.Append() : token.chars().allMatch(Character::isDigit)
					? new Step.Index(Integer.parseInt(token)) : new Step.Property(token));
			while (end < path.length() && path.charAt(end) == '[') {
				int close = path.indexOf(']', end);
				if (close < 0) {
					throw invalidPath(path);
				}
				steps.add(new Step.Filter(conditions(path, path.substring(end + 1, close))));
				end = close + 1;
			}
			if (end < path.length() && path.charAt(end) != '/') {
				throw invalidPath(path);
			}
			i = end + 1;
		}
		return steps;
	}

	private static Map<String, String> conditions(String path, String text) {
		Map<String, String> conditions = new LinkedHashMap<>();
		for (String condition : text.split(",")) {
			int equals = condition.indexOf('=');
			if (equals <= 0) {
				throw invalidPath(path);
			}
			String value = condition.substring(equals + 1).trim();
			conditions.put(condition.substring(0, equals).trim(), value.equals("null") ? null : value);
		}
		return conditions;
	}

	/** One step of a path. */
	private sealed interface Step {

		/** The node this step reaches from {@code parent}, or {@code null}. */
		JsonNode find(JsonNode parent);

		/** Applies the operation with this step as the last of the path. */
		void change(JsonNode parent, Operation operation);

		record Property(String name) implements Step {

			@Override
			public JsonNode find(JsonNode parent) {
				return (parent instanceof ObjectNode object) ? object.get(this.name) : null;
			}

			@Override
			public void change(JsonNode parent, Operation operation) {
				if (!(parent instanceof ObjectNode object)
						|| (!operation.op().equals("add") && !object.has(this.name))) {
					throw pathNotFound(operation.path());
				}
				if (operation.op().equals("remove")) {
					object.remove(this.name);
				}
				else {
					object.set(this.name, operation.value().deepCopy());
				}
			}

		}

		record Index(int index) implements Step {

			@Override
			public JsonNode find(JsonNode parent) {
				return (parent instanceof ArrayNode array && this.index < array.size()) ? array.get(this.index) : null;
			}

			@Override
			public void change(JsonNode parent, Operation operation) {
				if (!(parent instanceof ArrayNode array) || this.index > array.size()
						|| (!operation.op().equals("add") && this.index == array.size())) {
					throw pathNotFound(operation.path());
				}
				switch (operation.op()) {
					case "add" -> array.insert(this.index, operation.value().deepCopy());
					case "remove" -> array.remove(this.index);
					default -> array.set(this.index, operation.value().deepCopy());
				}
			}

		}

		record Append() implements Step {

			@Override
			public JsonNode find(JsonNode parent) {
				return null;
			}

			@Override
			public void change(JsonNode parent, Operation operation) {
				if (!(parent instanceof ArrayNode array) || !operation.op().equals("add")) {
					throw invalidPath(operation.path());
				}
				array.add(operation.value().deepCopy());
			}

		}

		/**
		 * The first array entry whose fields match; {@code add} without a match appends.
		 */
		record Filter(Map<String, String> conditions) implements Step {

			@Override
			public JsonNode find(JsonNode parent) {
				int index = indexIn(parent);
				return (index >= 0) ? parent.get(index) : null;
			}

			@Override
			public void change(JsonNode parent, Operation operation) {
				if (!(parent instanceof ArrayNode array)) {
					throw pathNotFound(operation.path());
				}
				int index = indexIn(array);
				if (index < 0) {
					if (!operation.op().equals("add")) {
						throw pathNotFound(operation.path());
					}
					array.add(operation.value().deepCopy());
				}
				else if (operation.op().equals("remove")) {
					array.remove(index);
				}
				else {
					array.set(index, operation.value().deepCopy());
				}
			}

			private int indexIn(JsonNode parent) {
				if (!(parent instanceof ArrayNode array)) {
					return -1;
				}
				for (int i = 0; i < array.size(); i++) {
					if (matches(array.get(i))) {
						return i;
					}
				}
				return -1;
			}

			private boolean matches(JsonNode entry) {
				for (Map.Entry<String, String> condition : this.conditions.entrySet()) {
					JsonNode field = entry.get(condition.getKey());
					boolean isNull = field == null || field.isNull()
							|| (field.isString() && field.stringValue().isEmpty());
					if (condition.getValue() == null ? !isNull
							: isNull || !field.asString().equalsIgnoreCase(condition.getValue())) {
						return false;
					}
				}
				return true;
			}

		}

	}

	private static ResponseException invalidPath(String path) {
		return Replies.fail(400, "Invalid path", "The patch path '" + path + "' is not valid.", "InvalidPath");
	}

	private static ResponseException pathNotFound(String path) {
		return Replies.fail(400, "Path not found", "The patch path '" + path + "' does not resolve in the document.",
				"PathNotFound");
	}

}
