package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Tag} operation: tags used by content, filtered as Umbraco's tag repository
 * filters them. {@code query} matches text containing it (any case); {@code tagGroup}
 * matches the group exactly; {@code culture} left out means invariant tags only,
 * {@code *} means tags of every culture, and an ISO code means that culture's tags.
 */
final class TagResources implements ResourceGroup {

	/**
	 * A tag.
	 *
	 * @param culture the ISO code of a culture-variant tag, {@code null} for an invariant
	 * one
	 * @param nodeCount how many content items use it
	 */
	record Tag(UUID id, String text, String group, String culture, int nodeCount) {
	}

	private final List<Tag> tags = new ArrayList<>();

	synchronized UUID add(String text, String group, String culture, int nodeCount) {
		UUID id = UUID.randomUUID();
		this.tags.add(new Tag(id, text, group, culture, nodeCount));
		return id;
	}

	synchronized List<Tag> all() {
		return new ArrayList<>(this.tags);
	}

	synchronized void reset() {
		this.tags.clear();
	}

	@Override
	public void registerRoutes(Router router) {
		router.get("/tag", (request, variables) -> {
			Paging paging = Paging.from(request);
			String query = QueryParams.string(request, "query");
			String group = QueryParams.string(request, "tagGroup");
			String culture = QueryParams.string(request, "culture");
			List<Tag> matches = all().stream()
				.filter(tag -> query == null
						|| tag.text().toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT)))
				.filter(tag -> group == null || group.equals(tag.group()))
				.filter(tag -> (culture == null) ? tag.culture() == null
						: "*".equals(culture) || culture.equalsIgnoreCase(tag.culture()))
				.toList();
			return ApiResponse.json(200, paging.page(matches, tag -> {
				ObjectNode node = Json.object();
				node.put("id", tag.id().toString());
				node.put("text", tag.text());
				node.put("group", tag.group());
				node.put("nodeCount", tag.nodeCount());
				return node;
			}));
		});
	}

}
