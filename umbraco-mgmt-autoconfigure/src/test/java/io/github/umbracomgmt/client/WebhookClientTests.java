package io.github.umbracomgmt.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.CreateWebhookRequest;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.UpdateWebhookRequest;
import io.github.umbracomgmt.client.model.WebhookEvent;
import io.github.umbracomgmt.client.model.WebhookEventResponse;
import io.github.umbracomgmt.client.model.WebhookItemResponse;
import io.github.umbracomgmt.client.model.WebhookLogResponse;
import io.github.umbracomgmt.client.model.WebhookResponse;
import io.github.umbracomgmt.error.UmbracoBadRequestException;
import io.github.umbracomgmt.error.UmbracoConflictException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WebhookClientTests extends ClientTestSupport {

	private static final String API = "/umbraco/management/api/v1";

	private static final String CONTENT_PUBLISH = "Umbraco.ContentPublish";

	@Autowired
	private UmbracoWebhookClient webhooks;

	private final String url = "https://hooks.example.com/" + UUID.randomUUID();

	@Test
	void registersReadsUpdatesListsAndDeletesAWebhookForContentPublishEvents() {
		UUID documentType = UUID.randomUUID();
		Created created = this.webhooks
			.createWebhook(new CreateWebhookRequest(true, "Publish hook", "Tells the search service", this.url,
					List.of(documentType), Map.of("X-Secret", "s3cr3t"), null, List.of(CONTENT_PUBLISH)))
			.block();
		assertThat(created.id()).isNotNull();
		assertThat(created.location().toString()).endsWith("/webhook/" + created.id());
		assertThat(created.notifications()).isNotEmpty();
		assertThat(this.umbraco.webhooks().has(created.id())).isTrue();

		WebhookResponse webhook = this.webhooks.getWebhookById(created.id()).block();
		assertThat(webhook.id()).isEqualTo(created.id());
		assertThat(webhook.enabled()).isTrue();
		assertThat(webhook.name()).isEqualTo("Publish hook");
		assertThat(webhook.description()).isEqualTo("Tells the search service");
		assertThat(webhook.url()).isEqualTo(this.url);
		assertThat(webhook.contentTypeKeys()).containsExactly(documentType);
		assertThat(webhook.headers()).containsExactly(Map.entry("X-Secret", "s3cr3t"));
		assertThat(webhook.events())
			.containsExactly(new WebhookEventResponse("Content Published", "Content", CONTENT_PUBLISH));

		var updated = this.webhooks
			.putWebhookById(created.id(),
					new UpdateWebhookRequest(false, "Publish hook (paused)", null, this.url + "/v2", List.of(),
							Map.of(), List.of(CONTENT_PUBLISH, "Umbraco.ContentUnpublish")))
			.block();
		assertThat(updated.getStatusCode().value()).isEqualTo(200);
		assertThat(Created.notifications(updated)).isNotEmpty();
		WebhookResponse changed = this.webhooks.getWebhookById(created.id()).block();
		assertThat(changed.enabled()).isFalse();
		assertThat(changed.name()).isEqualTo("Publish hook (paused)");
		assertThat(changed.description()).isNull();
		assertThat(changed.url()).isEqualTo(this.url + "/v2");
		assertThat(changed.contentTypeKeys()).isEmpty();
		assertThat(changed.headers()).isEmpty();
		assertThat(changed.events()).extracting(WebhookEventResponse::alias)
			.containsExactly(CONTENT_PUBLISH, "Umbraco.ContentUnpublish");

		assertThat(this.webhooks.getWebhookAll(100).collectList().block()).extracting(WebhookResponse::id)
			.contains(created.id());

		var deleted = this.webhooks.deleteWebhookById(created.id()).block();
		assertThat(deleted.getStatusCode().value()).isEqualTo(200);
		assertThat(this.umbraco.webhooks().has(created.id())).isFalse();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.webhooks.getWebhookById(created.id()).block());
	}

	@Test
	void acceptsACallerChosenId() {
		UUID id = UUID.randomUUID();
		Created created = this.webhooks
			.createWebhook(new CreateWebhookRequest(true, null, null, this.url, List.of(), Map.of(), id,
					List.of(CONTENT_PUBLISH)))
			.block();
		assertThat(created.id()).isEqualTo(id);
		assertThat(this.webhooks.getWebhookById(id).block().name()).isNull();
	}

	@Test
	void listsTheEventsAWebhookCanListenTo() {
		Page<WebhookEvent> events = this.webhooks.getWebhookEventsPage(null, null).block();
		assertThat(events.total()).isEqualTo(events.items().size());
		assertThat(events.items()).contains(new WebhookEvent("Content Published", "Content", CONTENT_PUBLISH));
		assertThat(events.items()).extracting(WebhookEvent::eventType).contains("Content", "Media");
	}

	@Test
	void walksTheEventsPageByPage() {
		long total = this.webhooks.getWebhookEventsPage(0, 1).block().total();
		this.umbraco.resetCounters();
		List<WebhookEvent> events = this.webhooks.getWebhookEventsAll(2).collectList().block();
		assertThat(events).hasSize((int) total)
			.extracting(WebhookEvent::alias)
			.doesNotHaveDuplicates()
			.contains(CONTENT_PUBLISH);
		assertThat(this.umbraco.apiRequests("GET", API + "/webhook/events")).isEqualTo(pages(total, 2));
		try (var stream = this.webhooks.getWebhookEventsStream(3)) {
			assertThat(stream.map(WebhookEvent::alias))
				.containsExactlyElementsOf(events.stream().map(WebhookEvent::alias).toList());
		}
	}

	@Test
	void walksTheWebhooksLazilyPageByPage() {
		List<UUID> mine = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			mine.add(this.umbraco.webhooks().add(this.url + "/" + i, CONTENT_PUBLISH));
		}
		long total = this.webhooks.getWebhookPage(0, 1).block().total();
		this.umbraco.resetCounters();
		List<WebhookResponse> all = this.webhooks.getWebhookAll(2).collectList().block();
		assertThat(all).hasSize((int) total).extracting(WebhookResponse::id).doesNotHaveDuplicates().containsAll(mine);
		assertThat(this.umbraco.apiRequests("GET", API + "/webhook")).isEqualTo(pages(total, 2));
		try (var stream = this.webhooks.getWebhookStream(3)) {
			assertThat(stream.map(WebhookResponse::id)).containsAll(mine);
		}
	}

	@Test
	void readsPagesOfWebhooksWithTheirTotal() {
		this.umbraco.webhooks().add(this.url + "/a", CONTENT_PUBLISH);
		this.umbraco.webhooks().add(this.url + "/b", CONTENT_PUBLISH);
		Page<WebhookResponse> page = this.webhooks.getWebhookPage(1, 1).block();
		assertThat(page.total()).isGreaterThanOrEqualTo(2);
		assertThat(page.items()).hasSize(1);
	}

	@Test
	void readsItemsByRepeatedIdParameters() {
		UUID first = this.umbraco.webhooks().add(this.url + "/first", CONTENT_PUBLISH);
		UUID second = this.umbraco.webhooks().add(this.url + "/second", CONTENT_PUBLISH, "Umbraco.ContentDelete");
		List<WebhookItemResponse> items = this.webhooks.getItemWebhook(List.of(first, second, UUID.randomUUID()))
			.block();
		assertThat(items).hasSize(2);
		assertThat(items).extracting(WebhookItemResponse::url)
			.containsExactly(this.url + "/first", this.url + "/second");
		assertThat(items.get(1).events()).isEqualTo(CONTENT_PUBLISH + ",Umbraco.ContentDelete");
		assertThat(items).allSatisfy((item) -> assertThat(item.enabled()).isTrue());
	}

	@Test
	void readsTheDeliveryLogOfOneWebhookPageByPage() {
		UUID id = this.umbraco.webhooks().add(this.url, CONTENT_PUBLISH);
		for (int i = 0; i < 3; i++) {
			this.umbraco.webhooks().addLog(id, CONTENT_PUBLISH, 200);
		}
		UUID failed = this.umbraco.webhooks().addLog(id, CONTENT_PUBLISH, 500);
		Page<WebhookLogResponse> first = this.webhooks.getWebhookByIdLogsPage(id, 0, 3).block();
		assertThat(first.total()).isEqualTo(4);
		assertThat(first.items()).hasSize(3);
		assertThat(first.items().get(0)).satisfies((log) -> {
			assertThat(log.key()).isEqualTo(failed);
			assertThat(log.webhookKey()).isEqualTo(id);
			assertThat(log.isSuccessStatusCode()).isFalse();
			assertThat(log.statusCode()).contains("500");
			assertThat(log.eventAlias()).isEqualTo(CONTENT_PUBLISH);
			assertThat(log.url()).isEqualTo(this.url);
			assertThat(log.date()).isNotNull();
			assertThat(log.exceptionOccured()).isFalse();
		});
		this.umbraco.resetCounters();
		List<WebhookLogResponse> all = this.webhooks.getWebhookByIdLogsAll(id, 3).collectList().block();
		assertThat(all).hasSize(4).extracting(WebhookLogResponse::key).doesNotHaveDuplicates();
		assertThat(this.umbraco.apiRequests("GET", API + "/webhook/" + id + "/logs")).isEqualTo(2);
		try (var stream = this.webhooks.getWebhookByIdLogsStream(id, 1)) {
			assertThat(stream.filter(WebhookLogResponse::isSuccessStatusCode).count()).isEqualTo(3);
		}
	}

	@Test
	void readsTheDeliveryLogOfEveryWebhook() {
		UUID first = this.umbraco.webhooks().add(this.url + "/1", CONTENT_PUBLISH);
		UUID second = this.umbraco.webhooks().add(this.url + "/2", "Umbraco.MediaSave");
		UUID firstLog = this.umbraco.webhooks().addLog(first, CONTENT_PUBLISH, 200);
		UUID secondLog = this.umbraco.webhooks().addLog(second, "Umbraco.MediaSave", 404);
		assertThat(this.webhooks.getWebhookLogsPage(0, 100).block().total()).isGreaterThanOrEqualTo(2);
		try (var stream = this.webhooks.getWebhookLogsStream(50)) {
			assertThat(stream.map(WebhookLogResponse::key)).contains(firstLog, secondLog);
		}
	}

	@Test
	void answersAnEmptyLogForAnUnknownWebhook() {
		Page<WebhookLogResponse> logs = this.webhooks.getWebhookByIdLogsPage(UUID.randomUUID(), null, null).block();
		assertThat(logs.total()).isZero();
		assertThat(logs.items()).isEmpty();
	}

	@Test
	void reportsAnUnknownWebhookAsNotFound() {
		UUID id = UUID.randomUUID();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.webhooks.getWebhookById(id).block())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(404);
				assertThat(ex.getOperationStatus()).isEqualTo("NotFound");
				assertThat(ex.getProblemDetails().title()).isEqualTo("The webhook could not be found");
			});
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.webhooks.deleteWebhookById(id).block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("NotFound"));
	}

	@Test
	void refusesAWebhookWithoutEvents() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.webhooks
				.createWebhook(
						new CreateWebhookRequest(true, null, null, this.url, List.of(), Map.of(), null, List.of()))
				.block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("NoEvents");
				assertThat(ex.getProblemDetails().status()).isEqualTo(400);
				assertThat(ex.getProblemDetails().title()).isEqualTo("No events specified");
			});
	}

	@Test
	void reportsAMissingRequiredFieldWithTheValidationErrors() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.webhooks.createWebhook(new CreateWebhookRequest(true, null, null, null, List.of(),
					Map.of(), null, List.of(CONTENT_PUBLISH)))
				.block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("InvalidRequest");
				assertThat(ex.getErrors()).containsKey("$.url");
			});
	}

	@Test
	void refusesATakenIdAsAConflict() {
		UUID id = this.umbraco.webhooks().add(this.url, CONTENT_PUBLISH);
		assertThatExceptionOfType(UmbracoConflictException.class)
			.isThrownBy(() -> this.webhooks.createWebhook(new CreateWebhookRequest(true, null, null, this.url,
					List.of(), Map.of(), id, List.of(CONTENT_PUBLISH)))
				.block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("DuplicateKey");
				assertThat(ex.getProblemDetails().detail()).contains(id.toString());
			});
	}

	private static int pages(long total, int pageSize) {
		return (int) Math.max(1, (total + pageSize - 1) / pageSize);
	}

}
