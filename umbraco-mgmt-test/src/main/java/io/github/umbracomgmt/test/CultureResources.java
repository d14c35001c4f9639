package io.github.umbracomgmt.test;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Culture} operation: every culture the server knows, by English name, as
 * Umbraco lists .NET's {@code CultureInfo.GetCultures(AllCultures)}. The JDK's locales
 * stand in for .NET's: the same BCP 47 names ({@code en-US}, {@code da-DK},
 * {@code sr-Latn-RS}) and English names ({@code English (United States)}). Languages can
 * only be created for a culture on this list, as in Umbraco.
 */
final class CultureResources implements ResourceGroup {

	/** A culture: its name ({@code CultureInfo.Name}, the ISO code) and English name. */
	record Culture(String name, String englishName) {
	}

	private static final List<Culture> CULTURES = load();

	private static final Map<String, Culture> BY_NAME = index();

	/** The culture with this name in its canonical spelling, whatever the case sent. */
	static Optional<Culture> find(String isoCode) {
		return (isoCode != null) ? Optional.ofNullable(BY_NAME.get(isoCode.toLowerCase(Locale.ROOT)))
				: Optional.empty();
	}

	@Override
	public void registerRoutes(Router router) {
		router.get("/culture", (request, variables) -> Paging.respond(request, CULTURES, culture -> {
			ObjectNode node = Json.object();
			node.put("name", culture.name());
			node.put("englishName", culture.englishName());
			return node;
		}));
	}

	private static List<Culture> load() {
		Map<String, Culture> cultures = new LinkedHashMap<>();
		for (Locale locale : Locale.getAvailableLocales()) {
			// Calendar or numbering extensions and variants have no .NET culture of their
			// own.
			if (locale.getLanguage().isEmpty() || locale.hasExtensions() || !locale.getVariant().isEmpty()) {
				continue;
			}
			String name = locale.toLanguageTag();
			cultures.putIfAbsent(name.toLowerCase(Locale.ROOT),
					new Culture(name, locale.getDisplayName(Locale.ENGLISH)));
		}
		return cultures.values()
			.stream()
			.sorted(Comparator.comparing(Culture::englishName).thenComparing(Culture::name))
			.toList();
	}

	private static Map<String, Culture> index() {
		Map<String, Culture> index = new LinkedHashMap<>();
		CULTURES.forEach(culture -> index.put(culture.name().toLowerCase(Locale.ROOT), culture));
		return index;
	}

}
