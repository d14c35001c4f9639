package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Template} operations: create, read, update and delete, configuration, items,
 * search and the tree. As in Umbraco, a template's layout ({@code masterTemplate}) is not
 * sent but read from the Razor content's {@code Layout = "alias.cshtml";}, and the tree
 * nests templates under their layout.
 */
final class TemplateResources implements ResourceGroup {

	/** What Umbraco writes into a template created without content. */
	static final String DEFAULT_CONTENT = "@using Umbraco.Cms.Web.Common.PublishedModels;\n"
			+ "@inherits Umbraco.Cms.Web.Common.Views.UmbracoViewPage\n@{\n\tLayout = null;\n}";

	private static final Pattern LAYOUT = Pattern.compile("Layout\\s*=\\s*\"([^\"]*)\"");

	private static final Pattern ALIAS = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	/**
	 * A template.
	 *
	 * @param masterId the layout template, {@code null} for none
	 */
	record Template(UUID id, String name, String alias, String content, UUID masterId) {
	}

	private final Map<UUID, Template> templates = new LinkedHashMap<>();

	private volatile Consumer<UUID> onDelete = id -> {
	};

	/**
	 * Lets document types forget a deleted template, as Umbraco's foreign keys make it.
	 */
	void onDelete(Consumer<UUID> onDelete) {
		this.onDelete = onDelete;
	}

	synchronized Optional<Template> find(UUID id) {
		return Optional.ofNullable(this.templates.get(id));
	}

	/** Adds a template with Umbraco's default content; the alias must be new. */
	synchronized UUID add(String alias, String name) {
		if (aliasTaken(alias, null)) {
			throw new IllegalArgumentException("A template with alias '" + alias + "' exists already");
		}
		UUID id = UUID.randomUUID();
		this.templates.put(id, new Template(id, name, alias, DEFAULT_CONTENT, null));
		return id;
	}

	synchronized void reset() {
		this.templates.clear();
	}

	@Override
	public void registerRoutes(Router router) {
		router.post("/template", this::create);
		router.get("/template/configuration", (request, variables) -> {
			ObjectNode node = Json.object();
			node.put("disabled", false);
			return ApiResponse.json(200, node);
		});
		router.get("/template/{id:uuid}",
				(request, variables) -> find(Router.id(variables))
					.map(template -> ApiResponse.json(200, response(template)))
					.orElseGet(TemplateResources::notFound));
		router.put("/template/{id:uuid}", this::update);
		router.delete("/template/{id:uuid}", this::delete);
		router.get("/item/template", (request, variables) -> Replies.items(QueryParams.uuids(request, "id"), this::find,
				TemplateResources::item));
		router.get("/item/template/search", (request, variables) -> {
			Paging paging = Paging.from(request);
			String query = QueryParams.string(request, "query");
			List<Template> matches = sorted().stream()
				.filter(template -> QueryParams.contains(template.name(), query))
				.toList();
			return ApiResponse.json(200, paging.page(matches, TemplateResources::item));
		});
		router.get("/tree/template/root", (request, variables) -> treeLevel(request, null));
		router.get("/tree/template/children", (request, variables) -> {
			UUID parentId = QueryParams.uuid(request, "parentId");
			return treeLevel(request, (parentId != null) ? parentId : new UUID(0, 0));
		});
		router.get("/tree/template/ancestors", (request, variables) -> {
			UUID descendantId = QueryParams.uuid(request, "descendantId");
			ArrayNode items = Json.array();
			if (descendantId != null) {
				ancestors(descendantId).forEach(template -> items.add(treeItem(template)));
			}
			return ApiResponse.json(200, items);
		});
	}

	private ApiResponse create(ApiRequest request, Map<String, String> variables) {
		JsonBody body = JsonBody.settings(request, "InvalidAlias");
		String name = body.requiredString("name");
		String alias = alias(body);
		String content = body.optionalString("content");
		UUID requested = body.optionalUuid("id");
		UUID id = (requested != null) ? requested : UUID.randomUUID();
		synchronized (this) {
			if (this.templates.containsKey(id)) {
				return Replies.conflict("Duplicate key", "A template with the id " + id + " already exists.",
						"DuplicateKey");
			}
			if (aliasTaken(alias, null)) {
				return duplicateAlias(alias);
			}
			String text = (content != null) ? content : DEFAULT_CONTENT;
			UUID masterId = layout(text, id);
			this.templates.put(id, new Template(id, name, alias, text, masterId));
		}
		return Replies.created("/template/" + id, id.toString(), "Template saved");
	}

	private ApiResponse update(ApiRequest request, Map<String, String> variables) {
		UUID id = Router.id(variables);
		if (find(id).isEmpty()) {
			return notFound();
		}
		JsonBody body = JsonBody.settings(request, "InvalidAlias");
		String name = body.requiredString("name");
		String alias = alias(body);
		String content = body.optionalString("content");
		synchronized (this) {
			Template current = this.templates.get(id);
			if (current == null) {
				return notFound();
			}
			if (aliasTaken(alias, id)) {
				return duplicateAlias(alias);
			}
			String text = (content != null) ? content : current.content();
			UUID masterId = layout(text, id);
			this.templates.put(id, new Template(id, name, alias, text, masterId));
		}
		return Replies.ok("Template saved");
	}

	private ApiResponse delete(ApiRequest request, Map<String, String> variables) {
		UUID id = Router.id(variables);
		synchronized (this) {
			if (!this.templates.containsKey(id)) {
				return notFound();
			}
			if (this.templates.values().stream().anyMatch(template -> id.equals(template.masterId()))) {
				return Replies.badRequest("Layout template cannot be deleted",
						"The template is the layout of other templates.", "LayoutTemplateCannotBeDeleted");
			}
			this.templates.remove(id);
		}
		this.onDelete.accept(id);
		return Replies.ok("Template deleted");
	}

	private static String alias(JsonBody body) {
		String alias = body.requiredString("alias");
		if (!ALIAS.matcher(alias).matches()) {
			throw body.invalid("alias", "The alias '" + alias + "' is not a valid template alias.");
		}
		return alias;
	}

	/**
	 * The layout named by the content, checked as Umbraco checks it: it must exist and
	 * must not lead back to the template itself.
	 */
	private UUID layout(String content, UUID self) {
		Matcher matcher = LAYOUT.matcher(content);
		if (!matcher.find()) {
			return null;
		}
		String layoutAlias = matcher.group(1);
		if (layoutAlias.toLowerCase(Locale.ROOT).endsWith(".cshtml")) {
			layoutAlias = layoutAlias.substring(0, layoutAlias.length() - ".cshtml".length());
		}
		String wanted = layoutAlias;
		Template master = this.templates.values()
			.stream()
			.filter(template -> template.alias().equalsIgnoreCase(wanted))
			.findFirst()
			.orElseThrow(() -> new ResponseException(Replies.badRequest("Layout template not found",
					"The layout template '" + wanted + "' could not be found.", "LayoutTemplateNotFound")));
		for (Template current = master; current != null; current = (current.masterId() != null)
				? this.templates.get(current.masterId()) : null) {
			if (current.id().equals(self)) {
				throw new ResponseException(Replies.badRequest("Circular layout reference",
						"The layout would make the template its own layout.", "CircularLayoutTemplateReference"));
			}
		}
		return master.id();
	}

	private boolean aliasTaken(String alias, UUID except) {
		return this.templates.values()
			.stream()
			.anyMatch(template -> !template.id().equals(except) && template.alias().equalsIgnoreCase(alias));
	}

	private synchronized List<Template> sorted() {
		return this.templates.values().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
	}

	private synchronized List<Template> ancestors(UUID id) {
		List<Template> path = new ArrayList<>();
		Template current = this.templates.get(id);
		while (current != null && path.size() <= this.templates.size()) {
			path.add(0, current);
			current = (current.masterId() != null) ? this.templates.get(current.masterId()) : null;
		}
		return path;
	}

	private synchronized boolean hasChildren(UUID id) {
		return this.templates.values().stream().anyMatch(template -> id.equals(template.masterId()));
	}

	private ApiResponse treeLevel(ApiRequest request, UUID parentId) {
		Paging paging = Paging.from(request);
		List<Template> level = sorted().stream()
			.filter(template -> Objects.equals(template.masterId(), parentId))
			.toList();
		return ApiResponse.json(200, paging.page(level, this::treeItem));
	}

	private ObjectNode treeItem(Template template) {
		ObjectNode node = Json.object();
		node.put("hasChildren", hasChildren(template.id()));
		node.put("id", template.id().toString());
		Json.putReference(node, "parent", template.masterId());
		node.put("name", template.name());
		Json.putFlags(node);
		return node;
	}

	static ObjectNode response(Template template) {
		ObjectNode node = Json.object();
		node.put("name", template.name());
		node.put("alias", template.alias());
		node.put("content", template.content());
		node.put("id", template.id().toString());
		Json.putReference(node, "masterTemplate", template.masterId());
		return node;
	}

	static ObjectNode item(Template template) {
		ObjectNode node = Json.object();
		node.put("id", template.id().toString());
		node.put("name", template.name());
		node.put("alias", template.alias());
		Json.putFlags(node);
		return node;
	}

	private static ApiResponse duplicateAlias(String alias) {
		return Replies.badRequest("Duplicate alias", "A template with the alias '" + alias + "' already exists.",
				"DuplicateAlias");
	}

	private static ApiResponse notFound() {
		return Replies.notFound("The template could not be found", "TemplateNotFound");
	}

}
