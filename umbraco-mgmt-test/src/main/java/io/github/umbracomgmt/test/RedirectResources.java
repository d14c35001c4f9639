package io.github.umbracomgmt.test;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Redirect Management} operations: the URL redirects Umbraco records when a
 * published document moves, newest first, searchable by URL, listed per document,
 * deletable, and the tracking switch.
 *
 * <p>
 * As in Umbraco, {@code /redirect-management/{id}} lists the redirects of the document
 * with that id, while {@code DELETE /redirect-management/{id}} removes the redirect with
 * that id and answers 200 even when there was none. The switch is not restricted to
 * administrators here, so API users without admin rights can test it too;
 * {@code userIsAdmin} reports the API user's real flag.
 */
final class RedirectResources implements ResourceGroup {

	/** A recorded redirect from an old URL to a document's current one. */
	record Redirect(UUID id, String originalUrl, String destinationUrl, Instant created, UUID documentId,
			String culture) {
	}

	private final Clock clock;

	private final BooleanSupplier userIsAdmin;

	private final List<Redirect> redirects = new ArrayList<>();

	private volatile boolean enabled = true;

	RedirectResources(Clock clock, BooleanSupplier userIsAdmin) {
		this.clock = clock;
		this.userIsAdmin = userIsAdmin;
	}

	synchronized UUID add(UUID documentId, String originalUrl, String destinationUrl, String culture) {
		UUID id = UUID.randomUUID();
		this.redirects.add(new Redirect(id, originalUrl, destinationUrl, this.clock.instant(), documentId, culture));
		return id;
	}

	/**
	 * Newest first, as Umbraco orders them; ties keep the order they were added in,
	 * newest first.
	 */
	synchronized List<Redirect> all() {
		List<Redirect> newestFirst = new ArrayList<>(this.redirects);
		Collections.reverse(newestFirst);
		newestFirst.sort(Comparator.comparing(Redirect::created).reversed());
		return newestFirst;
	}

	boolean enabled() {
		return this.enabled;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	synchronized void reset() {
		this.redirects.clear();
		this.enabled = true;
	}

	@Override
	public void registerRoutes(Router router) {
		router.get("/redirect-management", (request, variables) -> {
			Paging paging = Paging.from(request);
			String filter = QueryParams.string(request, "filter");
			String needle = (filter != null) ? filter.trim().toLowerCase(Locale.ROOT) : null;
			List<Redirect> matches = all().stream()
				.filter(redirect -> needle == null || redirect.originalUrl().toLowerCase(Locale.ROOT).contains(needle))
				.toList();
			return ApiResponse.json(200, paging.page(matches, RedirectResources::response));
		});
		router.get("/redirect-management/status", (request, variables) -> {
			ObjectNode node = Json.object();
			node.put("status", this.enabled ? "Enabled" : "Disabled");
			node.put("userIsAdmin", this.userIsAdmin.getAsBoolean());
			return ApiResponse.json(200, node);
		});
		router.post("/redirect-management/status", (request, variables) -> {
			String status = QueryParams.string(request, "status");
			// An absent status binds to the enum's first value, Enabled, as ASP.NET does.
			if (status == null || status.equalsIgnoreCase("Enabled") || status.equals("0")) {
				this.enabled = true;
			}
			else if (status.equalsIgnoreCase("Disabled") || status.equals("1")) {
				this.enabled = false;
			}
			else {
				return ApiResponse.bindingProblem("status", status);
			}
			return Replies.ok("URL tracker " + (this.enabled ? "enabled" : "disabled"));
		});
		router.get("/redirect-management/{id:uuid}", (request, variables) -> {
			Paging paging = Paging.from(request);
			UUID documentId = Router.id(variables);
			List<Redirect> matches = all().stream()
				.filter(redirect -> redirect.documentId().equals(documentId))
				.toList();
			return ApiResponse.json(200, paging.page(matches, RedirectResources::response));
		});
		router.delete("/redirect-management/{id:uuid}", (request, variables) -> {
			UUID id = Router.id(variables);
			synchronized (this) {
				this.redirects.removeIf(redirect -> redirect.id().equals(id));
			}
			return Replies.ok("Redirect URL deleted");
		});
	}

	static ObjectNode response(Redirect redirect) {
		ObjectNode node = Json.object();
		node.put("id", redirect.id().toString());
		node.put("originalUrl", redirect.originalUrl());
		node.put("destinationUrl", redirect.destinationUrl());
		Json.putDateTime(node, "created", redirect.created());
		node.putObject("document").put("id", redirect.documentId().toString());
		node.put("culture", redirect.culture());
		return node;
	}

}
