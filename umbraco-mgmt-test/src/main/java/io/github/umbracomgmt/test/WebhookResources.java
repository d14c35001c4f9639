package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Webhook} operations: create, read, update, delete and list webhooks, the
 * events they can listen to, items, and the delivery logs.
 *
 * <p>
 * As in Umbraco, a webhook needs at least one event ({@code NoEvents} otherwise), but any
 * alias is accepted: one Umbraco does not know is reported with its alias as the name and
 * type {@code Other}. The fake never calls a webhook; tests add log entries themselves to
 * stand for deliveries.
 */
final class WebhookResources implements ResourceGroup {

	/**
	 * An event a webhook can listen to.
	 *
	 * @param eventName the display name
	 * @param eventType {@code Content}, {@code Media}, {@code Member} or {@code Other}
	 */
	record Event(String eventName, String eventType, String alias) {
	}

	/**
	 * The events a default Umbraco site registers, in the order its collection builder
	 * adds them.
	 */
	static final List<Event> EVENTS = List.of(new Event("Content Deleted", "Content", "Umbraco.ContentDelete"),
			new Event("Content Published", "Content", "Umbraco.ContentPublish"),
			new Event("Content Unpublished", "Content", "Umbraco.ContentUnpublish"),
			new Event("Media Deleted", "Media", "Umbraco.MediaDelete"),
			new Event("Media Saved", "Media", "Umbraco.MediaSave"));

	/**
	 * Schema violations have no Umbraco operation status of their own; this one names the
	 * kind of failure.
	 */
	private static final String INVALID_REQUEST = "InvalidRequest";

	private final WebhookStore store;

	WebhookResources(WebhookStore store) {
		this.store = store;
	}

	@Override
	public void registerRoutes(Router router) {
		router.get("/webhook",
				(request, variables) -> Paging.respond(request, this.store.all(), WebhookResources::response));
		router.post("/webhook", this::create);
		router.get("/webhook/events", (request, variables) -> Paging.respond(request, EVENTS, WebhookResources::event));
		router.get("/webhook/logs",
				(request, variables) -> Paging.respond(request, this.store.logs(null), WebhookResources::log));
		router.get("/webhook/{id:uuid}",
				(request, variables) -> this.store.find(id(variables))
					.map(webhook -> ApiResponse.json(200, response(webhook)))
					.orElseGet(WebhookResources::notFound));
		router.put("/webhook/{id:uuid}", this::update);
		router.delete("/webhook/{id:uuid}",
				(request, variables) -> this.store.remove(id(variables)) ? Replies.ok("Webhook deleted") : notFound());
		// Umbraco answers an empty page for an unknown webhook rather than a 404.
		router.get("/webhook/{id:uuid}/logs",
				(request, variables) -> Paging.respond(request, this.store.logs(id(variables)), WebhookResources::log));
		router.get("/item/webhook", this::items);
	}

	private ApiResponse create(ApiRequest request, Map<String, String> variables) {
		JsonBody body = JsonBody.settings(request, INVALID_REQUEST);
		UUID requested = body.optionalUuid("id");
		WebhookStore.Webhook webhook = read(body, (requested != null) ? requested : UUID.randomUUID());
		if (!this.store.add(webhook)) {
			return Replies.conflict("Duplicate key", "A webhook with the id " + webhook.id() + " exists already.",
					"DuplicateKey");
		}
		return Replies.created("/webhook/" + webhook.id(), webhook.id().toString(), "Webhook saved");
	}

	private ApiResponse update(ApiRequest request, Map<String, String> variables) {
		UUID id = id(variables);
		if (this.store.find(id).isEmpty()) {
			return notFound();
		}
		WebhookStore.Webhook webhook = read(JsonBody.settings(request, INVALID_REQUEST), id);
		return this.store.replace(webhook) ? Replies.ok("Webhook saved") : notFound();
	}

	/**
	 * {@code GET /item/webhook?id=a&id=b}: unknown ids are left out, as Umbraco's service
	 * skips them.
	 */
	private ApiResponse items(ApiRequest request, Map<String, String> variables) {
		return Replies.items(QueryParams.uuids(request, "id").stream().distinct().toList(), this.store::find,
				webhook -> {
					ObjectNode item = Json.object();
					item.put("enabled", webhook.enabled());
					item.put("name", (webhook.name() != null) ? webhook.name() : webhook.url());
					item.put("events", String.join(",", webhook.events()));
					item.put("url", webhook.url());
					item.put("types",
							String.join(",", webhook.contentTypeKeys().stream().map(UUID::toString).toList()));
					Json.putFlags(item);
					return item;
				});
	}

	/**
	 * Reads {@code CreateWebhookRequestModel} / {@code UpdateWebhookRequestModel}, which
	 * share every field but id.
	 */
	private static WebhookStore.Webhook read(JsonBody body, UUID id) {
		boolean enabled = body.requiredBoolean("enabled");
		String url = body.requiredString("url");
		List<UUID> contentTypeKeys = new ArrayList<>();
		JsonNode keys = body.requiredArray("contentTypeKeys");
		for (int i = 0; i < keys.size(); i++) {
			JsonNode key = keys.get(i);
			String field = "contentTypeKeys[" + i + "]";
			if (!key.isString()) {
				throw body.invalid(field, "Each content type key must be a GUID string.");
			}
			try {
				contentTypeKeys.add(UUID.fromString(key.stringValue()));
			}
			catch (IllegalArgumentException ex) {
				throw body.invalid(field, "Each content type key must be a GUID string.");
			}
		}
		Map<String, String> headers = new LinkedHashMap<>();
		JsonBody headerObject = body.requiredObject("headers");
		for (Map.Entry<String, JsonNode> header : headerObject.node().properties()) {
			if (!header.getValue().isString()) {
				throw body.invalid("headers." + header.getKey(), "Each header value must be a string.");
			}
			headers.put(header.getKey(), header.getValue().stringValue());
		}
		List<String> events = new ArrayList<>();
		JsonNode eventArray = body.requiredArray("events");
		for (int i = 0; i < eventArray.size(); i++) {
			JsonNode event = eventArray.get(i);
			if (!event.isString()) {
				throw body.invalid("events[" + i + "]", "Each event must be an alias string.");
			}
			events.add(event.stringValue());
		}
		if (events.isEmpty()) {
			throw new ResponseException(Replies.badRequest("No events specified",
					"The webhook must be configured to listen to at least one event.", "NoEvents"));
		}
		return new WebhookStore.Webhook(id, body.optionalString("name"), body.optionalString("description"), url,
				enabled, events, contentTypeKeys, headers);
	}

	/** {@code WebhookResponseModel}. */
	static ObjectNode response(WebhookStore.Webhook webhook) {
		ObjectNode node = Json.object();
		node.put("enabled", webhook.enabled());
		node.put("name", webhook.name());
		node.put("description", webhook.description());
		node.put("url", webhook.url());
		ArrayNode keys = node.putArray("contentTypeKeys");
		webhook.contentTypeKeys().forEach(key -> keys.add(key.toString()));
		ObjectNode headers = node.putObject("headers");
		webhook.headers().forEach(headers::put);
		node.put("id", webhook.id().toString());
		ArrayNode events = node.putArray("events");
		webhook.events().forEach(alias -> events.add(event(eventFor(alias))));
		return node;
	}

	/** The registered event, or what Umbraco reports for an alias it does not know. */
	static Event eventFor(String alias) {
		return EVENTS.stream()
			.filter(event -> event.alias().equals(alias))
			.findFirst()
			.orElseGet(() -> new Event(alias, "Other", alias));
	}

	private static ObjectNode event(Event event) {
		ObjectNode node = Json.object();
		node.put("eventName", event.eventName());
		node.put("eventType", event.eventType());
		node.put("alias", event.alias());
		return node;
	}

	/**
	 * {@code WebhookLogResponseModel}; the fake reports what a site in debug mode shows,
	 * nothing hidden.
	 */
	private static ObjectNode log(WebhookStore.Log log) {
		ObjectNode node = Json.object();
		node.put("key", log.key().toString());
		node.put("webhookKey", log.webhookKey().toString());
		node.put("statusCode", log.statusCode());
		node.put("isSuccessStatusCode", log.success());
		Json.putDateTime(node, "date", log.date());
		node.put("eventAlias", log.eventAlias());
		node.put("url", log.url());
		node.put("retryCount", log.retryCount());
		node.put("requestHeaders", log.requestHeaders());
		node.put("requestBody", log.requestBody());
		node.put("responseHeaders", log.responseHeaders());
		node.put("responseBody", log.responseBody());
		// Umbraco's property is spelt this way.
		node.put("exceptionOccured", log.exceptionOccurred());
		return node;
	}

	private static UUID id(Map<String, String> variables) {
		return Router.id(variables);
	}

	private static ApiResponse notFound() {
		return ApiResponse.problem(404, "The webhook could not be found", "The webhook could not be found.",
				"NotFound");
	}

}
