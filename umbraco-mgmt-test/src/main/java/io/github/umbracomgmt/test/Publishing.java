package io.github.umbracomgmt.test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishing and unpublishing content variants, as documents and elements share it:
 * reading {@code PublishDocumentRequestModel} / {@code PublishElementRequestModel} and
 * their unpublish models, Umbraco's culture rules (an invariant item publishes culture
 * {@code null} or {@code "*"}, a culture-variant item names cultures it has), and the
 * variant changes. Callers hold their store's monitor while applying.
 */
final class Publishing {

	private Publishing() {
	}

	/** One scheduled entry of a publish request. */
	record Schedule(String culture, Instant publishTime, Instant unpublishTime) {
	}

	/**
	 * What a publish request asks for.
	 *
	 * @param immediate the cultures to publish now ({@code "*"} for an invariant item)
	 * @param schedules the cultures whose publishing or unpublishing is scheduled
	 */
	record Request(Set<String> immediate, List<Schedule> schedules) {

		boolean isEmpty() {
			return this.immediate.isEmpty() && this.schedules.isEmpty();
		}

		Set<String> cultures() {
			Set<String> cultures = new LinkedHashSet<>(this.immediate);
			this.schedules.forEach(schedule -> cultures.add(schedule.culture()));
			return cultures;
		}

	}

	/**
	 * Reads {@code publishSchedules}: each entry publishes one culture now, or, with a
	 * schedule, sets when it will be published or unpublished. The fake records schedules
	 * but never runs them; a test moves state itself.
	 */
	static Request read(ApiRequest request) {
		ObjectNode body = DocumentApi.body(request);
		ArrayNode entries = DocumentApi.requiredArray(body, "publishSchedules");
		Set<String> immediate = new LinkedHashSet<>();
		List<Schedule> schedules = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			JsonNode entry = entries.get(i);
			String path = "$.publishSchedules[" + i + "]";
			if (!entry.isObject()) {
				throw DocumentApi.invalid(path, "Each publish schedule must be an object.");
			}
			String culture = culture(DocumentApi.optionalString(entry, "culture", path + ".culture"));
			JsonNode schedule = entry.get("schedule");
			if (schedule == null || schedule.isNull()) {
				immediate.add(culture);
			}
			else {
				schedules.add(new Schedule(culture,
						DocumentApi.optionalDateTime(schedule, "publishTime", path + ".schedule.publishTime"),
						DocumentApi.optionalDateTime(schedule, "unpublishTime", path + ".schedule.unpublishTime")));
			}
		}
		return new Request(immediate, schedules);
	}

	/**
	 * The {@code culturesToPublish} of the create-and-publish and update-and-publish
	 * models: none (or an empty culture) publishes an invariant item.
	 */
	static Request immediate(List<String> culturesToPublish) {
		Set<String> cultures = new LinkedHashSet<>();
		culturesToPublish.forEach(culture -> cultures.add(culture(culture)));
		if (cultures.isEmpty()) {
			cultures.add("*");
		}
		return new Request(cultures, List.of());
	}

	private static String culture(String culture) {
		return (culture == null || culture.isEmpty()) ? "*" : culture;
	}

	/**
	 * Applies a publish request to an item whose cultures {@link #checkCultures}
	 * accepted: an empty request clears the schedules, as Umbraco reads it; otherwise
	 * schedules are set and the immediate cultures published.
	 * @return the success notification
	 */
	static String apply(DocumentStore.Node node, Request request, Instant now, String noun) {
		if (request.isEmpty()) {
			for (DocumentStore.Variant variant : node.variants) {
				variant.scheduledPublishDate = null;
				variant.scheduledUnpublishDate = null;
			}
			return noun + " schedules cleared";
		}
		for (Schedule schedule : request.schedules()) {
			for (DocumentStore.Variant variant : variants(node, schedule.culture())) {
				variant.scheduledPublishDate = schedule.publishTime();
				variant.scheduledUnpublishDate = schedule.unpublishTime();
			}
		}
		if (request.immediate().isEmpty()) {
			return noun + " scheduled";
		}
		for (String culture : request.immediate()) {
			variants(node, culture).forEach(variant -> DocumentStore.publish(variant, now));
		}
		node.publishedValues = node.values;
		node.publishedVersionId = node.currentVersionId;
		return noun + " published";
	}

	/**
	 * Reads the {@code cultures} of an unpublish model.
	 * @return the cultures, or {@code null} when the body names none
	 */
	static List<String> readUnpublish(ApiRequest request) {
		ObjectNode body = DocumentApi.body(request);
		JsonNode array = body.get("cultures");
		if (array == null || array.isNull()) {
			return null;
		}
		ArrayNode items = DocumentApi.requiredArray(body, "cultures");
		List<String> cultures = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			if (!items.get(i).isString()) {
				throw DocumentApi.invalid("$.cultures[" + i + "]",
						"The JSON value could not be converted to System.String.");
			}
			cultures.add(items.get(i).stringValue());
		}
		return cultures;
	}

	/**
	 * Unpublishes what an unpublish model names: no cultures unpublishes an invariant
	 * item, {@code "*"} every culture.
	 */
	static void unpublish(DocumentStore.Node node, List<String> cultures, String noun) {
		List<DocumentStore.Variant> targets;
		if (cultures == null) {
			if (node.variesByCulture()) {
				throw cannotPublishInvariantWhenVariant(noun);
			}
			targets = node.variants;
		}
		else if (cultures.isEmpty()) {
			throw Replies.fail(400, "Culture missing", "At least one culture must be given.", "CultureMissing");
		}
		else if (!node.variesByCulture()) {
			throw Replies.fail(400, "Cannot unpublish a culture of invariant content",
					"The " + noun + " does not vary by culture, so no culture can be unpublished on its own.",
					"CannotPublishVariantWhenNotVariant");
		}
		else if (cultures.contains("*")) {
			targets = node.variants;
		}
		else {
			checkCultures(node, new LinkedHashSet<>(cultures), noun);
			targets = new ArrayList<>();
			for (String culture : cultures) {
				targets.addAll(variants(node, culture));
			}
		}
		targets.forEach(Publishing::unpublish);
		if (!node.isPublished()) {
			node.publishedVersionId = null;
			node.publishedValues = List.of();
		}
	}

	/** Takes a whole item offline, as moving it to the recycle bin does. */
	static void unpublishAll(DocumentStore.Node node) {
		node.variants.forEach(Publishing::unpublish);
		node.publishedVersionId = null;
		node.publishedValues = List.of();
	}

	/**
	 * Umbraco's checks of the requested cultures against the item's variance, before
	 * anything changes.
	 */
	static void checkCultures(DocumentStore.Node node, Set<String> cultures, String noun) {
		if (node.variesByCulture()) {
			if (cultures.contains("*")) {
				throw cannotPublishInvariantWhenVariant(noun);
			}
			for (String culture : cultures) {
				if (node.variants.stream().noneMatch(variant -> DocumentStore.sameCulture(variant.culture, culture))) {
					throw invalidCulture(culture, noun);
				}
			}
		}
		else if (cultures.size() != 1 || !cultures.contains("*")) {
			throw invalidCulture(cultures.stream().filter(culture -> !culture.equals("*")).findFirst().orElse("*"),
					noun);
		}
	}

	/** The variants a culture names; {@code "*"} is every variant. */
	private static List<DocumentStore.Variant> variants(DocumentStore.Node node, String culture) {
		return node.variants.stream()
			.filter(variant -> culture.equals("*") || DocumentStore.sameCulture(variant.culture, culture))
			.toList();
	}

	private static void unpublish(DocumentStore.Variant variant) {
		variant.published = false;
		variant.edited = false;
		variant.publishDate = null;
		variant.publishedName = null;
	}

	private static ResponseException invalidCulture(String culture, String noun) {
		return Replies.fail(400, "Invalid culture",
				"The culture '" + culture + "' is not one the " + noun + " can be published in.", "InvalidCulture");
	}

	private static ResponseException cannotPublishInvariantWhenVariant(String noun) {
		return Replies.fail(400, "Cannot publish invariant culture on variant content",
				"The " + noun + " varies by culture, so the cultures to publish or unpublish must be named.",
				"CannotPublishInvariantWhenVariant");
	}

}
