package io.github.umbracomgmt.test;

import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The definition data a site is built on, as one resource group: document types, data
 * types, templates, dictionary, languages and cultures, segments, tags, relation types
 * and relations, and redirect management. Document types check their data types and
 * templates, and dictionary items their languages, so these groups live together;
 * {@link UmbracoTestServer} seeds and resets them through this class.
 */
final class SettingsResources implements ResourceGroup {

	final DataTypeResources dataTypes = new DataTypeResources();

	final TemplateResources templates = new TemplateResources();

	final DocumentTypeResources documentTypes = new DocumentTypeResources(this.dataTypes, this.templates);

	final LanguageResources languages = new LanguageResources();

	final DictionaryResources dictionary = new DictionaryResources(this.languages);

	final SegmentResources segments = new SegmentResources();

	final TagResources tags = new TagResources();

	final RelationResources relations;

	final RedirectResources redirects;

	private final List<ResourceGroup> groups;

	/**
	 * @param clock stamps relation and redirect dates
	 * @param userIsAdmin whether the API user is an administrator, as redirect management
	 * reports
	 */
	SettingsResources(Clock clock, BooleanSupplier userIsAdmin) {
		this.relations = new RelationResources(clock);
		this.redirects = new RedirectResources(clock, userIsAdmin);
		this.groups = List.of(this.documentTypes, this.dataTypes, this.templates, this.dictionary, this.languages,
				new CultureResources(), this.segments, this.tags, this.relations, this.redirects);
	}

	@Override
	public void registerRoutes(Router router) {
		this.groups.forEach(group -> group.registerRoutes(router));
	}

	/**
	 * Back to a fresh site: built-in data types, {@code en-US} as the only language,
	 * nothing else.
	 */
	void reset() {
		this.documentTypes.reset();
		this.dataTypes.reset();
		this.templates.reset();
		this.dictionary.reset();
		this.languages.reset();
		this.segments.reset();
		this.tags.reset();
		this.relations.reset();
		this.redirects.reset();
	}

}
