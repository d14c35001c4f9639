package io.github.umbracomgmt.test;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The settings of an {@link UmbracoTestServer}: document types, data types, templates,
 * dictionary items, languages, segments, tags, relations and redirects, e.g.
 * {@code umbraco.settings().addLanguage("da-DK", "Danish")}.
 *
 * <p>
 * What the methods add is what clients then see over HTTP; what they read is what clients
 * left.
 */
public final class TestSettings {

	private final SettingsResources settings;

	TestSettings(SettingsResources settings) {
		this.settings = settings;
	}

	/**
	 * Adds a document type allowed at the root, without properties, and returns its id;
	 * the alias must be new. Its properties, containers and templates can then be changed
	 * over HTTP like any other.
	 */
	public UUID addDocumentType(String alias, String name) {
		return addDocumentType(alias, name, Map.of());
	}

	/**
	 * Adds a document type allowed at the root whose properties sit in one
	 * {@code Content} group: one per entry, property alias to data type id (e.g.
	 * {@link DataTypeIds#TEXTSTRING}), in the map's iteration order.
	 * @return the new document type's id
	 * @throws IllegalArgumentException when the alias is invalid or taken, or a data type
	 * does not exist
	 */
	public UUID addDocumentType(String alias, String name, Map<String, UUID> properties) {
		return this.settings.documentTypes.add(Objects.requireNonNull(alias, "alias"),
				Objects.requireNonNull(name, "name"), Objects.requireNonNull(properties, "properties"));
	}

	/**
	 * The alias of the document type with this id, if there is one (created over HTTP or
	 * added).
	 */
	public Optional<String> documentTypeAlias(UUID id) {
		return this.settings.documentTypes.find(id).map(DocumentTypeResources.DocumentType::alias);
	}

	/**
	 * Adds a data type without configuration at the root and returns its id; Umbraco's
	 * built-in data types ({@link DataTypeIds}) are there already.
	 */
	public UUID addDataType(String name, String editorAlias, String editorUiAlias) {
		return this.settings.dataTypes.add(Objects.requireNonNull(name, "name"),
				Objects.requireNonNull(editorAlias, "editorAlias"),
				Objects.requireNonNull(editorUiAlias, "editorUiAlias"));
	}

	/**
	 * The property editor alias of a data type (built-in, added or created over HTTP), if
	 * it exists.
	 */
	public Optional<String> dataTypeEditorAlias(UUID id) {
		return this.settings.dataTypes.find(id).map(DataTypeResources.DataType::editorAlias);
	}

	/**
	 * Adds a template with Umbraco's default content and returns its id; the alias must
	 * be new.
	 */
	public UUID addTemplate(String alias, String name) {
		return this.settings.templates.add(Objects.requireNonNull(alias, "alias"),
				Objects.requireNonNull(name, "name"));
	}

	/** The Razor content of a template, if it exists. */
	public Optional<String> templateContent(UUID id) {
		return this.settings.templates.find(id).map(TemplateResources.Template::content);
	}

	/**
	 * Adds a root dictionary item with translations by ISO code and returns its id;
	 * translations for languages the server does not have are dropped, as Umbraco drops
	 * them.
	 */
	public UUID addDictionaryItem(String name, Map<String, String> translations) {
		return this.settings.dictionary.add(Objects.requireNonNull(name, "name"),
				Map.copyOf(Objects.requireNonNull(translations, "translations")));
	}

	/** A dictionary item's translation for a language, if both exist. */
	public Optional<String> dictionaryTranslation(UUID id, String isoCode) {
		return this.settings.dictionary.find(id)
			.flatMap(item -> item.translations()
				.stream()
				.filter(translation -> translation.isoCode().equalsIgnoreCase(isoCode))
				.map(DictionaryResources.Translation::translation)
				.findFirst());
	}

	/**
	 * Adds a non-default, non-mandatory language; {@code isoCode} must name a known
	 * culture (see {@code GET /culture}). A fresh server has {@code en-US} as its default
	 * language.
	 */
	public void addLanguage(String isoCode, String name) {
		this.settings.languages.add(Objects.requireNonNull(isoCode, "isoCode"), Objects.requireNonNull(name, "name"));
	}

	/** The ISO codes of the server's languages, in the order they were added. */
	public List<String> languageIsoCodes() {
		return this.settings.languages.all().stream().map(LanguageResources.Language::isoCode).toList();
	}

	/** The ISO code of the default language. */
	public String defaultLanguageIsoCode() {
		return this.settings.languages.defaultLanguage().isoCode();
	}

	/**
	 * Adds a segment to {@code GET /segment}, which starts empty as on a site without a
	 * segment provider.
	 */
	public void addSegment(String alias, String name) {
		this.settings.segments.add(Objects.requireNonNull(alias, "alias"), Objects.requireNonNull(name, "name"));
	}

	/**
	 * Adds a tag to {@code GET /tag} and returns its id.
	 * @param culture the ISO code of a culture-variant tag, or {@code null} for an
	 * invariant one
	 * @param nodeCount how many content items the tag is used by
	 */
	public UUID addTag(String text, String group, String culture, int nodeCount) {
		return this.settings.tags.add(Objects.requireNonNull(text, "text"), Objects.requireNonNull(group, "group"),
				culture, nodeCount);
	}

	/**
	 * Adds a relation of a built-in relation type ({@link RelationTypeIds}) and returns
	 * its id; names may be {@code null}.
	 */
	public UUID addRelation(UUID relationTypeId, UUID parentId, String parentName, UUID childId, String childName) {
		return this.settings.relations.add(Objects.requireNonNull(relationTypeId, "relationTypeId"),
				Objects.requireNonNull(parentId, "parentId"), parentName, Objects.requireNonNull(childId, "childId"),
				childName);
	}

	/**
	 * Adds a redirect, created now by the server's clock, as Umbraco records one when a
	 * published document moves.
	 * @param culture the ISO code of the variant that moved, or {@code null}
	 * @return the redirect's id
	 */
	public UUID addRedirect(UUID documentId, String originalUrl, String destinationUrl, String culture) {
		return this.settings.redirects.add(Objects.requireNonNull(documentId, "documentId"),
				Objects.requireNonNull(originalUrl, "originalUrl"),
				Objects.requireNonNull(destinationUrl, "destinationUrl"), culture);
	}

	/**
	 * Whether URL tracking is on, as {@code POST /redirect-management/status} last set
	 * it.
	 */
	public boolean redirectTrackingEnabled() {
		return this.settings.redirects.enabled();
	}

	/**
	 * Puts the settings back as on a fresh site: the built-in data types, {@code en-US}
	 * as the only language, URL tracking on, and no document types, templates, dictionary
	 * items, segments, tags, relations or redirects.
	 */
	public void clear() {
		this.settings.reset();
	}

}
