package io.github.umbracomgmt.test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * The webhooks the fake knows, in the order they were created (as Umbraco's repository
 * lists them), and the delivery log a test fills, since the fake never calls a webhook
 * itself.
 */
final class WebhookStore {

	/**
	 * A webhook as Umbraco stores it.
	 *
	 * @param name the display name, {@code null} for none
	 * @param description {@code null} for none
	 * @param events event aliases such as {@code Umbraco.ContentPublish}
	 * @param contentTypeKeys the document or media types it is limited to, empty for all
	 * @param headers extra request headers it sends
	 */
	record Webhook(UUID id, String name, String description, String url, boolean enabled, List<String> events,
			List<UUID> contentTypeKeys, Map<String, String> headers) {

		Webhook {
			events = List.copyOf(events);
			contentTypeKeys = List.copyOf(contentTypeKeys);
			headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
		}

	}

	/**
	 * One delivery attempt, as {@code WebhookLogResponseModel} reports it.
	 *
	 * @param statusCode as .NET formats it, e.g. {@code OK (200)}
	 */
	record Log(UUID key, UUID webhookKey, String statusCode, boolean success, Instant date, String eventAlias,
			String url, int retryCount, String requestHeaders, String requestBody, String responseHeaders,
			String responseBody, boolean exceptionOccurred) {
	}

	private final Map<UUID, Webhook> webhooks = new LinkedHashMap<>();

	private final List<Log> logs = new ArrayList<>();

	synchronized Optional<Webhook> find(UUID id) {
		return Optional.ofNullable(this.webhooks.get(id));
	}

	synchronized List<Webhook> all() {
		return List.copyOf(this.webhooks.values());
	}

	/**
	 * @return {@code false} when the id is taken
	 */
	synchronized boolean add(Webhook webhook) {
		return this.webhooks.putIfAbsent(webhook.id(), webhook) == null;
	}

	/**
	 * @return {@code false} when no webhook has this id
	 */
	synchronized boolean replace(Webhook webhook) {
		return this.webhooks.replace(webhook.id(), webhook) != null;
	}

	/**
	 * Removes the webhook; its log stays, as Umbraco keeps log rows until they age out.
	 */
	synchronized boolean remove(UUID id) {
		return this.webhooks.remove(id) != null;
	}

	synchronized int count() {
		return this.webhooks.size();
	}

	synchronized void addLog(Log log) {
		this.logs.add(log);
	}

	/**
	 * Logs a delivery of {@code eventAlias} to an existing webhook, answered with
	 * {@code httpStatus}.
	 * @return the log entry's key
	 * @throws IllegalArgumentException for an unknown webhook
	 */
	synchronized UUID addDelivery(UUID webhookId, String eventAlias, int httpStatus, Instant date) {
		Webhook webhook = find(webhookId)
			.orElseThrow(() -> new IllegalArgumentException("No webhook with id " + webhookId));
		StringBuilder requestHeaders = new StringBuilder("Content-Type: application/json; charset=utf-8\r\n");
		requestHeaders.append("umb-webhook-event: ").append(eventAlias).append("\r\n");
		webhook.headers()
			.forEach((name, value) -> requestHeaders.append(name).append(": ").append(value).append("\r\n"));
		UUID key = UUID.randomUUID();
		addLog(new Log(key, webhookId, statusCode(httpStatus), httpStatus >= 200 && httpStatus < 300, date, eventAlias,
				webhook.url(), 0, requestHeaders.toString(), "{}", "", "", false));
		return key;
	}

	/**
	 * .NET's {@code HttpStatusCode} name and number, e.g. {@code OK (200)},
	 * {@code NotFound (404)}.
	 */
	static String statusCode(int httpStatus) {
		String name = HttpResponseStatus.valueOf(httpStatus).reasonPhrase().replaceAll("[^A-Za-z]", "");
		return (name.isEmpty() ? String.valueOf(httpStatus) : name) + " (" + httpStatus + ")";
	}

	/**
	 * The log, newest first, as the back office shows it; {@code webhookKey} {@code null}
	 * for every webhook.
	 */
	synchronized List<Log> logs(UUID webhookKey) {
		List<Log> selected = new ArrayList<>();
		for (Log log : this.logs) {
			if (webhookKey == null || log.webhookKey().equals(webhookKey)) {
				selected.add(log);
			}
		}
		// Reversed first so that, among equal dates, the entry added last still comes
		// first.
		Collections.reverse(selected);
		selected.sort(Comparator.comparing(Log::date).reversed());
		return selected;
	}

	synchronized void clear() {
		this.webhooks.clear();
		this.logs.clear();
	}

}
