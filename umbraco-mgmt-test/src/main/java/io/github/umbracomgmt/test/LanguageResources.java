package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Language} operations: the paged list, create, read, update and delete by ISO
 * code, and the item endpoints. A fresh server has {@code en-US} as its only, default
 * language, as a new Umbraco site has.
 *
 * <p>
 * The rules follow Umbraco's {@code LanguageOperationStatus}: the ISO code must name a
 * known culture ({@code InvalidIsoCode}) and be new ({@code DuplicateIsoCode}); a
 * fallback must be another existing language without a cycle ({@code InvalidFallback});
 * there is always exactly one default language, so the default can be neither deleted nor
 * un-defaulted ({@code MissingDefault}), and making a language the default takes that
 * role from the old one.
 */
final class LanguageResources implements ResourceGroup {

	/** A language; {@code isoCode} is kept in the culture's canonical spelling. */
	record Language(String isoCode, String name, boolean isDefault, boolean isMandatory, String fallbackIsoCode) {
	}

	private final Map<String, Language> languages = new LinkedHashMap<>();

	LanguageResources() {
		reset();
	}

	synchronized void reset() {
		this.languages.clear();
		this.languages.put("en-us", new Language("en-US", "English (United States)", true, false, null));
	}

	synchronized Optional<Language> find(String isoCode) {
		return Optional.ofNullable(this.languages.get(isoCode.toLowerCase(Locale.ROOT)));
	}

	synchronized List<Language> all() {
		return new ArrayList<>(this.languages.values());
	}

	/** Adds a non-default, non-mandatory language for a known culture. */
	synchronized void add(String isoCode, String name) {
		String canonical = CultureResources.find(isoCode)
			.orElseThrow(() -> new IllegalArgumentException("'" + isoCode + "' is not a known culture"))
			.name();
		if (this.languages.containsKey(canonical.toLowerCase(Locale.ROOT))) {
			throw new IllegalArgumentException("Language '" + canonical + "' exists already");
		}
		this.languages.put(canonical.toLowerCase(Locale.ROOT), new Language(canonical, name, false, false, null));
	}

	synchronized Language defaultLanguage() {
		return this.languages.values().stream().filter(Language::isDefault).findFirst().orElseThrow();
	}

	@Override
	public void registerRoutes(Router router) {
		router.get("/language", (request, variables) -> Paging.respond(request, all(), LanguageResources::response));
		router.post("/language", this::create);
		router.get("/language/{isoCode}",
				(request, variables) -> find(variables.get("isoCode"))
					.map(language -> ApiResponse.json(200, response(language)))
					.orElseGet(LanguageResources::notFound));
		router.put("/language/{isoCode}", this::update);
		router.delete("/language/{isoCode}", this::delete);
		router.get("/item/language", (request, variables) -> {
			ArrayNode items = Json.array();
			QueryParams.strings(request, "isoCode")
				.forEach(isoCode -> find(isoCode).ifPresent(language -> items.add(item(language))));
			return ApiResponse.json(200, items);
		});
		router.get("/item/language/default", (request, variables) -> ApiResponse.json(200, item(defaultLanguage())));
	}

	private ApiResponse create(ApiRequest request, Map<String, String> variables) {
		JsonBody body = JsonBody.settings(request, "InvalidIsoCode");
		String name = body.requiredString("name");
		boolean isDefault = body.requiredBoolean("isDefault");
		boolean isMandatory = body.requiredBoolean("isMandatory");
		String fallback = body.optionalString("fallbackIsoCode");
		String isoCode = body.requiredString("isoCode");
		CultureResources.Culture culture = CultureResources.find(isoCode).orElse(null);
		if (culture == null) {
			return Replies.badRequest("Invalid ISO code", "The ISO code '" + isoCode + "' is not a known culture.",
					"InvalidIsoCode");
		}
		String key = culture.name().toLowerCase(Locale.ROOT);
		synchronized (this) {
			if (this.languages.containsKey(key)) {
				return Replies.badRequest("Duplicate ISO code",
						"A language with the ISO code '" + culture.name() + "' already exists.", "DuplicateIsoCode");
			}
			String fallbackIsoCode = fallback(fallback, culture.name());
			if (isDefault) {
				clearDefault();
			}
			this.languages.put(key, new Language(culture.name(), name, isDefault, isMandatory, fallbackIsoCode));
		}
		return Replies.created("/language/" + culture.name(), culture.name(), "Language saved");
	}

	private ApiResponse update(ApiRequest request, Map<String, String> variables) {
		Language current = find(variables.get("isoCode")).orElse(null);
		if (current == null) {
			return notFound();
		}
		JsonBody body = JsonBody.settings(request, "InvalidIsoCode");
		String name = body.requiredString("name");
		boolean isDefault = body.requiredBoolean("isDefault");
		boolean isMandatory = body.requiredBoolean("isMandatory");
		String fallback = body.optionalString("fallbackIsoCode");
		synchronized (this) {
			current = this.languages.get(current.isoCode().toLowerCase(Locale.ROOT));
			if (current == null) {
				return notFound();
			}
			if (current.isDefault() && !isDefault) {
				return missingDefault("The default language cannot stop being the default; make another language "
						+ "the default instead.");
			}
			String fallbackIsoCode = fallback(fallback, current.isoCode());
			if (isDefault) {
				clearDefault();
			}
			this.languages.put(current.isoCode().toLowerCase(Locale.ROOT),
					new Language(current.isoCode(), name, isDefault, isMandatory, fallbackIsoCode));
		}
		return Replies.ok("Language saved");
	}

	private ApiResponse delete(ApiRequest request, Map<String, String> variables) {
		synchronized (this) {
			Language current = find(variables.get("isoCode")).orElse(null);
			if (current == null) {
				return notFound();
			}
			if (current.isDefault()) {
				return missingDefault("The default language cannot be deleted.");
			}
			this.languages.remove(current.isoCode().toLowerCase(Locale.ROOT));
			// Languages falling back to the deleted one lose their fallback, as Umbraco's
			// repository makes them.
			for (Language language : new ArrayList<>(this.languages.values())) {
				if (current.isoCode().equalsIgnoreCase(language.fallbackIsoCode())) {
					this.languages.put(language.isoCode().toLowerCase(Locale.ROOT), new Language(language.isoCode(),
							language.name(), language.isDefault(), language.isMandatory(), null));
				}
			}
		}
		return Replies.ok("Language deleted");
	}

	/**
	 * Checks a fallback: an existing language other than the language itself, with no
	 * cycle back to it.
	 */
	private String fallback(String fallback, String isoCode) {
		if (fallback == null || fallback.isEmpty()) {
			return null;
		}
		Language target = this.languages.get(fallback.toLowerCase(Locale.ROOT));
		if (target == null || target.isoCode().equalsIgnoreCase(isoCode)) {
			throw new ResponseException(Replies.badRequest("Invalid fallback language",
					"The fallback language '" + fallback + "' is not another existing language.", "InvalidFallback"));
		}
		Set<String> seen = new HashSet<>();
		for (Language current = target; current != null && seen.add(current.isoCode()); current = next(current)) {
			if (current.isoCode().equalsIgnoreCase(isoCode)) {
				throw new ResponseException(Replies.badRequest("Invalid fallback language",
						"The fallback language '" + fallback + "' would create a fallback cycle.", "InvalidFallback"));
			}
		}
		return target.isoCode();
	}

	private Language next(Language language) {
		String fallback = language.fallbackIsoCode();
		return (fallback != null) ? this.languages.get(fallback.toLowerCase(Locale.ROOT)) : null;
	}

	private void clearDefault() {
		for (Language language : new ArrayList<>(this.languages.values())) {
			if (language.isDefault()) {
				this.languages.put(language.isoCode().toLowerCase(Locale.ROOT), new Language(language.isoCode(),
						language.name(), false, language.isMandatory(), language.fallbackIsoCode()));
			}
		}
	}

	static ObjectNode response(Language language) {
		ObjectNode node = Json.object();
		node.put("name", language.name());
		node.put("isDefault", language.isDefault());
		node.put("isMandatory", language.isMandatory());
		node.put("fallbackIsoCode", language.fallbackIsoCode());
		node.put("isoCode", language.isoCode());
		return node;
	}

	private static ObjectNode item(Language language) {
		ObjectNode node = Json.object();
		node.put("name", language.name());
		node.put("isoCode", language.isoCode());
		return node;
	}

	private static ApiResponse missingDefault(String detail) {
		return Replies.badRequest("Missing default language", detail, "MissingDefault");
	}

	private static ApiResponse notFound() {
		return Replies.notFound("The language could not be found", "NotFound");
	}

}
