package io.github.umbracomgmt.test;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The webhooks of an {@link UmbracoTestServer} and their delivery log, e.g.
 * {@code umbraco.webhooks().add("https://example.com/hook", "Umbraco.ContentPublish")}.
 *
 * <p>
 * What the methods add is what clients then see over HTTP; what they read is what clients
 * left.
 */
public final class TestWebhooks {

	private final WebhookStore webhooks;

	private final Clock clock;

	TestWebhooks(WebhookStore webhooks, Clock clock) {
		this.webhooks = webhooks;
		this.clock = clock;
	}

	/**
	 * Adds an enabled webhook for every content type, listening to the given event
	 * aliases (e.g. {@code Umbraco.ContentPublish}), and returns its id.
	 */
	public UUID add(String url, String... eventAliases) {
		Objects.requireNonNull(url, "url");
		if (eventAliases.length == 0) {
			throw new IllegalArgumentException("A webhook needs at least one event, as in Umbraco");
		}
		UUID id = UUID.randomUUID();
		this.webhooks
			.add(new WebhookStore.Webhook(id, null, null, url, true, List.of(eventAliases), List.of(), Map.of()));
		return id;
	}

	/** Webhooks the server holds. */
	public int count() {
		return this.webhooks.count();
	}

	/** Whether a webhook with this id exists. */
	public boolean has(UUID id) {
		return this.webhooks.find(id).isPresent();
	}

	/**
	 * Records a delivery of {@code eventAlias} to a webhook, answered with
	 * {@code httpStatus}, as the webhook log ({@code /webhook/logs}) then shows it; the
	 * fake never calls webhooks itself.
	 * @return the log entry's key
	 * @throws IllegalArgumentException if the webhook does not exist
	 */
	public UUID addLog(UUID webhookId, String eventAlias, int httpStatus) {
		return this.webhooks.addDelivery(Objects.requireNonNull(webhookId, "webhookId"),
				Objects.requireNonNull(eventAlias, "eventAlias"), httpStatus, this.clock.instant());
	}

	/** Removes every webhook and webhook log entry. */
	public void clear() {
		this.webhooks.clear();
	}

}
