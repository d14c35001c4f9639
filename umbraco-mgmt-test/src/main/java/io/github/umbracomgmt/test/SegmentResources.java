package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Segment} operation. Umbraco's own segment service knows no segments (a site
 * adds them through a custom service), so the list starts empty and tests add the
 * segments they need.
 */
final class SegmentResources implements ResourceGroup {

	/** A segment: its alias, as documents vary by it, and a display name. */
	record Segment(String alias, String name) {
	}

	private final List<Segment> segments = new ArrayList<>();

	synchronized void add(String alias, String name) {
		this.segments.removeIf(segment -> segment.alias().equals(alias));
		this.segments.add(new Segment(alias, name));
	}

	synchronized List<Segment> all() {
		return new ArrayList<>(this.segments);
	}

	synchronized void reset() {
		this.segments.clear();
	}

	@Override
	public void registerRoutes(Router router) {
		router.get("/segment", (request, variables) -> Paging.respond(request, all(), segment -> {
			ObjectNode node = Json.object();
			node.put("name", segment.name());
			node.put("alias", segment.alias());
			return node;
		}));
	}

}
