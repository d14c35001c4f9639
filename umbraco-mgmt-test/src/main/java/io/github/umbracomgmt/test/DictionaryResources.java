package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Dictionary} operations: the filtered, paged overview, create, read, update,
 * delete and move, items and the tree. As in Umbraco, item names (keys) are unique
 * ({@code DuplicateItemKey}, 409 on create), the overview is ordered by name and filtered
 * by names starting with {@code filter}, deleting an item deletes its descendants, and
 * translations for languages the site does not have are dropped.
 */
final class DictionaryResources implements ResourceGroup {

	/** One translation, with the language's ISO code in its canonical spelling. */
	record Translation(String isoCode, String translation) {
	}

	/** A dictionary item. */
	record Item(UUID id, String name, UUID parentId, List<Translation> translations) {

		Item {
			translations = List.copyOf(translations);
		}

	}

	private final Map<UUID, Item> items = new LinkedHashMap<>();

	private final LanguageResources languages;

	DictionaryResources(LanguageResources languages) {
		this.languages = languages;
	}

	synchronized Optional<Item> find(UUID id) {
		return Optional.ofNullable(this.items.get(id));
	}

	/** Adds a root item; translations for unknown languages are dropped, as over HTTP. */
	synchronized UUID add(String name, Map<String, String> translations) {
		if (nameTaken(name, null)) {
			throw new IllegalArgumentException("A dictionary item named '" + name + "' exists already");
		}
		List<Translation> known = new ArrayList<>();
		translations.forEach((isoCode, text) -> this.languages.find(isoCode)
			.ifPresent(language -> known.add(new Translation(language.isoCode(), text))));
		UUID id = UUID.randomUUID();
		this.items.put(id, new Item(id, name, null, known));
		return id;
	}

	synchronized void reset() {
		this.items.clear();
	}

	@Override
	public void registerRoutes(Router router) {
		router.get("/dictionary", this::overview);
		router.post("/dictionary", this::create);
		router.get("/dictionary/{id:uuid}",
				(request, variables) -> find(Router.id(variables)).map(item -> ApiResponse.json(200, response(item)))
					.orElseGet(DictionaryResources::notFound));
		router.put("/dictionary/{id:uuid}", this::update);
		router.delete("/dictionary/{id:uuid}", this::delete);
		router.put("/dictionary/{id:uuid}/move", this::move);
		router.get("/item/dictionary",
				(request, variables) -> Replies.items(QueryParams.uuids(request, "id"), this::find, item -> {
					ObjectNode node = Json.object();
					node.put("id", item.id().toString());
					node.put("name", item.name());
					Json.putFlags(node);
					return node;
				}));
		router.get("/tree/dictionary/root", (request, variables) -> treeLevel(request, null));
		router.get("/tree/dictionary/children", (request, variables) -> {
			UUID parentId = QueryParams.uuid(request, "parentId");
			return treeLevel(request, (parentId != null) ? parentId : new UUID(0, 0));
		});
		router.get("/tree/dictionary/ancestors", (request, variables) -> {
			UUID descendantId = QueryParams.uuid(request, "descendantId");
			ArrayNode array = Json.array();
			if (descendantId != null) {
				ancestors(descendantId).forEach(item -> array.add(treeItem(item)));
			}
			return ApiResponse.json(200, array);
		});
	}

	private ApiResponse overview(ApiRequest request, Map<String, String> variables) {
		Paging paging = Paging.from(request);
		String filter = QueryParams.string(request, "filter");
		List<Item> matches = sorted().stream()
			.filter(item -> filter == null
					|| item.name().toLowerCase(Locale.ROOT).startsWith(filter.toLowerCase(Locale.ROOT)))
			.toList();
		return ApiResponse.json(200, paging.page(matches, item -> {
			ObjectNode node = Json.object();
			node.put("name", item.name());
			node.put("id", item.id().toString());
			Json.putReference(node, "parent", item.parentId());
			ArrayNode codes = node.putArray("translatedIsoCodes");
			item.translations()
				.stream()
				.filter(translation -> !translation.translation().isEmpty())
				.forEach(translation -> codes.add(translation.isoCode()));
			return node;
		}));
	}

	private ApiResponse create(ApiRequest request, Map<String, String> variables) {
		JsonBody body = JsonBody.settings(request, "InvalidId");
		String name = body.requiredString("name");
		List<Translation> translations = translations(body);
		UUID requested = body.optionalUuid("id");
		UUID parentId = body.optionalReference("parent");
		UUID id = (requested != null) ? requested : UUID.randomUUID();
		synchronized (this) {
			if (this.items.containsKey(id)) {
				return Replies.conflict("Duplicate key", "A dictionary item with the id " + id + " already exists.",
						"DuplicateKey");
			}
			if (nameTaken(name, null)) {
				return Replies.conflict("Duplicate dictionary item name",
						"A dictionary item with the name '" + name + "' already exists.", "DuplicateItemKey");
			}
			if (parentId != null && !this.items.containsKey(parentId)) {
				return parentNotFound();
			}
			this.items.put(id, new Item(id, name, parentId, translations));
		}
		return Replies.created("/dictionary/" + id, id.toString(), "Dictionary item saved");
	}

	private ApiResponse update(ApiRequest request, Map<String, String> variables) {
		UUID id = Router.id(variables);
		if (find(id).isEmpty()) {
			return notFound();
		}
		JsonBody body = JsonBody.settings(request, "InvalidId");
		String name = body.requiredString("name");
		List<Translation> translations = translations(body);
		synchronized (this) {
			Item current = this.items.get(id);
			if (current == null) {
				return notFound();
			}
			if (nameTaken(name, id)) {
				return Replies.badRequest("Duplicate dictionary item name",
						"A dictionary item with the name '" + name + "' already exists.", "DuplicateItemKey");
			}
			this.items.put(id, new Item(id, name, current.parentId(), translations));
		}
		return Replies.ok("Dictionary item saved");
	}

	private ApiResponse delete(ApiRequest request, Map<String, String> variables) {
		UUID id = Router.id(variables);
		synchronized (this) {
			if (!this.items.containsKey(id)) {
				return notFound();
			}
			List<UUID> doomed = new ArrayList<>(List.of(id));
			for (int i = 0; i < doomed.size(); i++) {
				UUID parent = doomed.get(i);
				this.items.values()
					.stream()
					.filter(item -> parent.equals(item.parentId()))
					.map(Item::id)
					.forEach(doomed::add);
			}
			doomed.forEach(this.items::remove);
		}
		return Replies.ok("Dictionary item deleted");
	}

	private ApiResponse move(ApiRequest request, Map<String, String> variables) {
		UUID id = Router.id(variables);
		UUID target = JsonBody.settingsOrEmpty(request, "InvalidId").optionalReference("target");
		synchronized (this) {
			Item current = this.items.get(id);
			if (current == null) {
				return notFound();
			}
			if (target != null && !this.items.containsKey(target)) {
				return parentNotFound();
			}
			if (target != null && ancestors(target).stream().anyMatch(item -> item.id().equals(id))) {
				return Replies.badRequest("Invalid parent", "A dictionary item cannot be moved below itself.",
						"InvalidParent");
			}
			this.items.put(id, new Item(id, current.name(), target, current.translations()));
		}
		return Replies.ok("Dictionary item moved");
	}

	private List<Translation> translations(JsonBody body) {
		List<Translation> translations = new ArrayList<>();
		for (JsonBody translation : body.requiredObjects("translations")) {
			String isoCode = translation.requiredString("isoCode");
			String text = translation.optionalString("translation");
			if (text == null) {
				throw translation.invalid("translation", "The translation field is required.");
			}
			this.languages.find(isoCode).ifPresent(language -> {
				translations.removeIf(existing -> existing.isoCode().equals(language.isoCode()));
				translations.add(new Translation(language.isoCode(), text));
			});
		}
		return translations;
	}

	private boolean nameTaken(String name, UUID except) {
		return this.items.values()
			.stream()
			.anyMatch(item -> !item.id().equals(except) && item.name().equalsIgnoreCase(name));
	}

	private synchronized List<Item> sorted() {
		return this.items.values().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
	}

	private synchronized List<Item> ancestors(UUID id) {
		List<Item> path = new ArrayList<>();
		Item current = this.items.get(id);
		while (current != null && path.size() <= this.items.size()) {
			path.add(0, current);
			current = (current.parentId() != null) ? this.items.get(current.parentId()) : null;
		}
		return path;
	}

	private synchronized boolean hasChildren(UUID id) {
		return this.items.values().stream().anyMatch(item -> id.equals(item.parentId()));
	}

	private ApiResponse treeLevel(ApiRequest request, UUID parentId) {
		Paging paging = Paging.from(request);
		List<Item> level = sorted().stream().filter(item -> Objects.equals(item.parentId(), parentId)).toList();
		return ApiResponse.json(200, paging.page(level, this::treeItem));
	}

	private ObjectNode treeItem(Item item) {
		ObjectNode node = Json.object();
		node.put("hasChildren", hasChildren(item.id()));
		node.put("id", item.id().toString());
		Json.putReference(node, "parent", item.parentId());
		node.put("name", item.name());
		Json.putFlags(node);
		return node;
	}

	static ObjectNode response(Item item) {
		ObjectNode node = Json.object();
		node.put("name", item.name());
		ArrayNode translations = node.putArray("translations");
		item.translations().forEach(translation -> {
			ObjectNode entry = translations.addObject();
			entry.put("isoCode", translation.isoCode());
			entry.put("translation", translation.translation());
		});
		node.put("id", item.id().toString());
		return node;
	}

	private static ApiResponse parentNotFound() {
		return Replies.badRequest("Parent not found", "The parent dictionary item could not be found.",
				"ParentNotFound");
	}

	private static ApiResponse notFound() {
		return Replies.notFound("The dictionary item could not be found", "ItemNotFound");
	}

}
