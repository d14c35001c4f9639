package io.github.umbracomgmt.http;

import java.net.URI;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.util.ConcurrentLruCache;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.web.util.UriBuilder;
import org.springframework.web.util.UriBuilderFactory;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The URIs of a site's API WebClient: what {@code WebClient.Builder.baseUrl(...)} gives
 * (a {@link DefaultUriBuilderFactory} over the base URL, encoding the template and,
 * strictly, the values), except that a URI template is parsed once and kept, not on every
 * request.
 *
 * <p>
 * A WebClient hands every {@code uri(template, variables)} to its factory, which parses
 * the template, joins it to the base URL and encodes it before it expands the variables.
 * The operations of a Management API client are a few hundred fixed templates, so all but
 * the expansion is the same work done again on every call: a profile of the typed client
 * put about 8% of its event-loop CPU there (issue #10). Here a template's parsed and
 * encoded form is kept in a bounded LRU cache (a template built from values, such as
 * {@code "/user/" + id}, cannot fill memory), and a request only expands its variables
 * into it. The URIs are the ones the default factory builds (the tests compare them for
 * every operation of the API); a builder that is changed (as with
 * {@code uri(template, builder -> builder.queryParam(...).build())}) works as the default
 * factory's does.
 *
 * @author umbraco-mgmt
 */
final class UmbracoUriBuilderFactory implements UriBuilderFactory {

	/**
	 * Room for every operation of the API (about 500 in Umbraco 18) with the query
	 * parameters it is used with, and the application's own templates.
	 */
	static final int CAPACITY = 2048;

	private final UriComponentsBuilder baseUri;

	private final DefaultUriBuilderFactory defaults;

	private final ConcurrentLruCache<String, Template> templates;

	/**
	 * Creates a factory for one site.
	 * @param baseUrl the site's base URL
	 */
	UmbracoUriBuilderFactory(String baseUrl) {
		this.baseUri = UriComponentsBuilder.fromUriString(baseUrl);
		this.defaults = new DefaultUriBuilderFactory(baseUrl);
		this.templates = new ConcurrentLruCache<>(CAPACITY, this::parse);
	}

	/**
	 * What {@link DefaultUriBuilderFactory} does for a template on every call: parse it,
	 * join a relative one to the base URL, and encode the template (not the variables).
	 */
	private Template parse(String uriTemplate) {
		UriComponentsBuilder builder;
		if (!StringUtils.hasLength(uriTemplate)) {
			builder = this.baseUri.cloneBuilder();
		}
		else {
			UriComponentsBuilder parsed = UriComponentsBuilder.fromUriString(uriTemplate);
			UriComponents components = parsed.build();
			builder = (components.getHost() == null) ? this.baseUri.cloneBuilder().uriComponents(components) : parsed;
		}
		return Template.of(builder.encode().build());
	}

	@Override
	public UriBuilder uriString(String uriTemplate) {
		return new TemplateUriBuilder(uriTemplate, this.templates.get(uriTemplate));
	}

	@Override
	public UriBuilder builder() {
		return this.defaults.builder();
	}

	@Override
	public URI expand(String uriTemplate, Map<String, ?> uriVariables) {
		return this.templates.get(uriTemplate).expand(uriVariables);
	}

	@Override
	public URI expand(String uriTemplate, @Nullable Object... uriVariables) {
		return this.templates.get(uriTemplate).expand(uriVariables);
	}

	/**
	 * How many templates are kept.
	 */
	int kept() {
		return this.templates.size();
	}

	/**
	 * A template, parsed, joined to the base URL and encoded; immutable, so shared by all
	 * requests. Its {@code uriString} is kept too: WebClient asks every request's builder
	 * for it ({@link UriBuilder#toUriString()}), to tag the request with its template. A
	 * template without variables keeps its URI ({@code constant}), so its requests
	 * expand, print and parse nothing.
	 */
	private record Template(UriComponents components, String uriString, @Nullable URI constant) {

		static Template of(UriComponents encoded) {
			String uriString = encoded.toUriString();
			// no variables (e.g. /user/current): one URI, whatever the values
			URI constant = (uriString.indexOf('{') < 0) ? create(encoded.expand(Map.of())) : null;
			return new Template(encoded, uriString, constant);
		}

		URI expand(Map<String, ?> uriVariables) {
			return (this.constant != null) ? this.constant : create(this.components.expand(uriVariables));
		}

		URI expand(@Nullable Object... uriVariables) {
			return (this.constant != null) ? this.constant : create(this.components.expand(uriVariables));
		}

		private static URI create(UriComponents expanded) {
			return URI.create(expanded.toString());
		}

	}

	/**
	 * The builder a WebClient gets for {@code uri(template, ...)}: reads and expansions
	 * use the kept template until the first change, from which on it is the default
	 * factory's builder for the same template, with that change and all after it.
	 */
	private final class TemplateUriBuilder implements UriBuilder {

		private final String uriTemplate;

		private final Template template;

		private @Nullable UriBuilder changed;

		TemplateUriBuilder(String uriTemplate, Template template) {
			this.uriTemplate = uriTemplate;
			this.template = template;
		}

		private UriBuilder changed() {
			if (this.changed == null) {
				this.changed = UmbracoUriBuilderFactory.this.defaults.uriString(this.uriTemplate);
			}
			return this.changed;
		}

		@Override
		public URI build(@Nullable Object... uriVariables) {
			return (this.changed != null) ? this.changed.build(uriVariables) : this.template.expand(uriVariables);
		}

		@Override
		public URI build(Map<String, ? extends @Nullable Object> uriVariables) {
			return (this.changed != null) ? this.changed.build(uriVariables) : this.template.expand(uriVariables);
		}

		@Override
		public String toUriString() {
			return (this.changed != null) ? this.changed.toUriString() : this.template.uriString();
		}

		@Override
		public UriBuilder scheme(@Nullable String scheme) {
			changed().scheme(scheme);
			return this;
		}

		@Override
		public UriBuilder userInfo(@Nullable String userInfo) {
			changed().userInfo(userInfo);
			return this;
		}

		@Override
		public UriBuilder host(@Nullable String host) {
			changed().host(host);
			return this;
		}

		@Override
		public UriBuilder port(int port) {
			changed().port(port);
			return this;
		}

		@Override
		public UriBuilder port(@Nullable String port) {
			changed().port(port);
			return this;
		}

		@Override
		public UriBuilder path(String path) {
			changed().path(path);
			return this;
		}

		@Override
		public UriBuilder replacePath(@Nullable String path) {
			changed().replacePath(path);
			return this;
		}

		@Override
		public UriBuilder pathSegment(String... pathSegments) {
			changed().pathSegment(pathSegments);
			return this;
		}

		@Override
		public UriBuilder query(String query) {
			changed().query(query);
			return this;
		}

		@Override
		public UriBuilder replaceQuery(@Nullable String query) {
			changed().replaceQuery(query);
			return this;
		}

		@Override
		public UriBuilder queryParam(String name, @Nullable Object... values) {
			changed().queryParam(name, values);
			return this;
		}

		@Override
		public UriBuilder queryParam(String name, @Nullable Collection<?> values) {
			changed().queryParam(name, values);
			return this;
		}

		@Override
		public UriBuilder queryParamIfPresent(String name, Optional<?> value) {
			changed().queryParamIfPresent(name, value);
			return this;
		}

		@Override
		public UriBuilder queryParams(MultiValueMap<String, String> params) {
			changed().queryParams(params);
			return this;
		}

		@Override
		public UriBuilder replaceQueryParam(String name, @Nullable Object... values) {
			changed().replaceQueryParam(name, values);
			return this;
		}

		@Override
		public UriBuilder replaceQueryParam(String name, @Nullable Collection<?> values) {
			changed().replaceQueryParam(name, values);
			return this;
		}

		@Override
		public UriBuilder replaceQueryParams(MultiValueMap<String, String> params) {
			changed().replaceQueryParams(params);
			return this;
		}

		@Override
		public UriBuilder fragment(@Nullable String fragment) {
			changed().fragment(fragment);
			return this;
		}

		@Override
		public String toString() {
			return toUriString();
		}

	}

}
