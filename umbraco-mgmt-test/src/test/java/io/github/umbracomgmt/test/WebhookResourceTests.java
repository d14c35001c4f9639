package io.github.umbracomgmt.test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.assertOk;
import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class WebhookResourceTests extends ServerTestSupport {

	/** The required properties of WebhookResponseModel. */
	private static final List<String> WEBHOOK_REQUIRED = List.of("contentTypeKeys", "enabled", "events", "headers",
			"id", "url");

	/** The required properties of WebhookLogResponseModel. */
	private static final List<String> LOG_REQUIRED = List.of("date", "eventAlias", "exceptionOccured",
			"isSuccessStatusCode", "key", "requestBody", "requestHeaders", "responseBody", "responseHeaders",
			"retryCount", "statusCode", "url", "webhookKey");

	private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

	private final MutableClock clock = new MutableClock(NOW);

	@Override
	UmbracoTestServer.Builder configure(UmbracoTestServer.Builder builder) {
		return builder.clock(this.clock);
	}

	@Test
	void createReadUpdateDeleteFlow() {
		UUID documentType = UUID.randomUUID();
		UUID id = this.http.create("/webhook",
				"""
						{"enabled": true, "name": "Publish hook", "description": "Tells the CDN", "url": "https://example.com/hook",
						 "contentTypeKeys": ["%s"], "headers": {"X-Secret": "abc"}, "events": ["Umbraco.ContentPublish"]}
						"""
					.formatted(documentType));
		assertThat(this.server.webhooks().count()).isEqualTo(1);

		JsonNode webhook = this.http.getJson("/webhook/" + id);
		assertThat(webhook.propertyNames()).containsAll(WEBHOOK_REQUIRED);
		assertThat(webhook.get("id").asString()).isEqualTo(id.toString());
		assertThat(webhook.get("name").asString()).isEqualTo("Publish hook");
		assertThat(webhook.get("description").asString()).isEqualTo("Tells the CDN");
		assertThat(webhook.get("enabled").asBoolean()).isTrue();
		assertThat(webhook.get("contentTypeKeys").get(0).asString()).isEqualTo(documentType.toString());
		assertThat(webhook.get("headers").get("X-Secret").asString()).isEqualTo("abc");
		JsonNode event = webhook.get("events").get(0);
		assertThat(event.get("alias").asString()).isEqualTo("Umbraco.ContentPublish");
		assertThat(event.get("eventName").asString()).isEqualTo("Content Published");
		assertThat(event.get("eventType").asString()).isEqualTo("Content");

		assertOk(this.http.put("/webhook/" + id, """
				{"enabled": false, "url": "https://example.com/other", "contentTypeKeys": [], "headers": {},
				 "events": ["Umbraco.MediaSave", "Custom.Event"]}
				"""));
		JsonNode updated = this.http.getJson("/webhook/" + id);
		assertThat(updated.get("enabled").asBoolean()).isFalse();
		assertThat(updated.get("url").asString()).isEqualTo("https://example.com/other");
		assertThat(updated.get("name").isNull()).isTrue();
		assertThat(updated.get("contentTypeKeys").isEmpty()).isTrue();
		assertThat(updated.get("events").valueStream().map(e -> e.get("eventName").asString()))
			.containsExactly("Media Saved", "Custom.Event");
		assertThat(updated.get("events").get(1).get("eventType").asString()).isEqualTo("Other");

		assertOk(this.http.delete("/webhook/" + id));
		assertThat(this.server.webhooks().has(id)).isFalse();
		assertProblem(this.http.get("/webhook/" + id), 404, "NotFound");
	}

	@Test
	void honoursCallerChosenIdAndRejectsItTwice() {
		UUID id = UUID.randomUUID();
		String body = """
				{"id": "%s", "enabled": true, "url": "https://example.com", "contentTypeKeys": [], "headers": {},
				 "events": ["Umbraco.ContentDelete"]}
				""".formatted(id);

		assertThat(this.http.create("/webhook", body)).isEqualTo(id);
		assertProblem(this.http.post("/webhook", body), 409, "DuplicateKey");
	}

	@Test
	void webhookWithoutEventsIsNoEvents() {
		assertProblem(this.http.post("/webhook", """
				{"enabled": true, "url": "https://example.com", "contentTypeKeys": [], "headers": {}, "events": []}
				"""), 400, "NoEvents");
	}

	@Test
	void missingRequiredFieldsAreBadRequests() {
		JsonNode noUrl = assertProblem(this.http.post("/webhook", """
				{"enabled": true, "contentTypeKeys": [], "headers": {}, "events": ["Umbraco.ContentDelete"]}
				"""), 400, "InvalidRequest");
		assertThat(noUrl.get("errors").has("$.url")).isTrue();
		assertProblem(this.http.post("/webhook", """
				{"enabled": true, "url": "https://example.com", "headers": {}, "events": ["Umbraco.ContentDelete"]}
				"""), 400, "InvalidRequest");
		assertProblem(this.http.post("/webhook", """
				{"enabled": true, "url": "https://example.com", "contentTypeKeys": ["nope"], "headers": {},
				 "events": ["Umbraco.ContentDelete"]}
				"""), 400, "InvalidRequest");
		assertProblem(this.http.post("/webhook", ""), 400, "InvalidRequest");
	}

	@Test
	void updateAndDeleteOfUnknownWebhookAreNotFound() {
		String body = """
				{"enabled": true, "url": "https://example.com", "contentTypeKeys": [], "headers": {},
				 "events": ["Umbraco.ContentDelete"]}
				""";
		assertProblem(this.http.put("/webhook/" + UUID.randomUUID(), body), 404, "NotFound");
		assertProblem(this.http.delete("/webhook/" + UUID.randomUUID()), 404, "NotFound");
	}

	@Test
	void listsWebhooksPaged() {
		UUID first = this.server.webhooks().add("https://example.com/1", "Umbraco.ContentPublish");
		UUID second = this.server.webhooks().add("https://example.com/2", "Umbraco.ContentUnpublish");
		UUID third = this.server.webhooks().add("https://example.com/3", "Umbraco.MediaDelete");

		JsonNode all = this.http.getJson("/webhook");
		assertThat(all.get("total").asLong()).isEqualTo(3);
		assertThat(all.get("items").valueStream().map(item -> item.get("id").asString()))
			.containsExactly(first.toString(), second.toString(), third.toString());
		assertThat(all.get("items").get(0).propertyNames()).containsAll(WEBHOOK_REQUIRED);

		JsonNode page = this.http.getJson("/webhook?skip=1&take=1");
		assertThat(page.get("total").asLong()).isEqualTo(3);
		assertThat(page.get("items").valueStream().map(item -> item.get("id").asString()))
			.containsExactly(second.toString());
	}

	@Test
	void listsUmbracosBuiltInEvents() {
		JsonNode events = this.http.getJson("/webhook/events");

		assertThat(events.get("total").asLong()).isEqualTo(5);
		assertThat(events.get("items").valueStream().map(item -> item.get("alias").asString())).containsExactly(
				"Umbraco.ContentDelete", "Umbraco.ContentPublish", "Umbraco.ContentUnpublish", "Umbraco.MediaDelete",
				"Umbraco.MediaSave");
		events.get("items")
			.forEach(item -> assertThat(item.propertyNames()).containsExactlyInAnyOrder("eventName", "eventType",
					"alias"));
		assertThat(this.http.getJson("/webhook/events?skip=4&take=10").get("items").get(0).get("eventName").asString())
			.isEqualTo("Media Saved");
	}

	@Test
	void itemsSummariseKnownWebhooksAndSkipUnknownOnes() {
		UUID id = this.server.webhooks().add("https://example.com/hook", "Umbraco.ContentPublish", "Umbraco.MediaSave");

		JsonNode items = this.http.getJson("/item/webhook?id=" + id + "&id=" + UUID.randomUUID());

		assertThat(items.isArray()).isTrue();
		assertThat(items.size()).isEqualTo(1);
		JsonNode item = items.get(0);
		assertThat(item.propertyNames()).containsExactlyInAnyOrder("enabled", "name", "events", "url", "types",
				"flags");
		assertThat(item.get("name").asString()).isEqualTo("https://example.com/hook");
		assertThat(item.get("events").asString()).isEqualTo("Umbraco.ContentPublish,Umbraco.MediaSave");
		assertThat(item.get("types").asString()).isEmpty();
		assertThat(this.http.getJson("/item/webhook").isEmpty()).isTrue();
	}

	@Test
	void logsShowDeliveriesNewestFirst() {
		UUID hook = this.server.webhooks().add("https://example.com/hook", "Umbraco.ContentPublish");
		UUID other = this.server.webhooks().add("https://example.com/other", "Umbraco.MediaSave");
		UUID older = this.server.webhooks().addLog(hook, "Umbraco.ContentPublish", 200);
		this.clock.advance(Duration.ofMinutes(1));
		UUID newer = this.server.webhooks().addLog(hook, "Umbraco.ContentPublish", 500);
		this.server.webhooks().addLog(other, "Umbraco.MediaSave", 404);

		JsonNode forHook = this.http.getJson("/webhook/" + hook + "/logs");
		assertThat(forHook.get("total").asLong()).isEqualTo(2);
		assertThat(forHook.get("items").valueStream().map(item -> item.get("key").asString()))
			.containsExactly(newer.toString(), older.toString());
		JsonNode failed = forHook.get("items").get(0);
		assertThat(failed.propertyNames()).containsAll(LOG_REQUIRED);
		assertThat(failed.get("statusCode").asString()).isEqualTo("InternalServerError (500)");
		assertThat(failed.get("isSuccessStatusCode").asBoolean()).isFalse();
		assertThat(failed.get("webhookKey").asString()).isEqualTo(hook.toString());
		assertThat(failed.get("url").asString()).isEqualTo("https://example.com/hook");
		assertThat(Instant.parse(failed.get("date").asString())).isEqualTo(NOW.plusSeconds(60));
		assertThat(forHook.get("items").get(1).get("statusCode").asString()).isEqualTo("OK (200)");

		JsonNode all = this.http.getJson("/webhook/logs?take=1");
		assertThat(all.get("total").asLong()).isEqualTo(3);
		assertThat(all.get("items").size()).isEqualTo(1);
		assertThat(this.http.getJson("/webhook/" + UUID.randomUUID() + "/logs").get("total").asLong()).isZero();
	}

	@Test
	void requiresAToken() {
		HttpResponse<String> response = this.http.getAnonymously("/webhook");

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void resetForgetsWebhooksAndLogs() {
		UUID hook = this.server.webhooks().add("https://example.com/hook", "Umbraco.ContentPublish");
		this.server.webhooks().addLog(hook, "Umbraco.ContentPublish", 200);

		this.server.reset();

		assertThat(this.server.webhooks().count()).isZero();
		assertThat(this.http.getJson("/webhook/logs").get("total").asLong()).isZero();
	}

}
