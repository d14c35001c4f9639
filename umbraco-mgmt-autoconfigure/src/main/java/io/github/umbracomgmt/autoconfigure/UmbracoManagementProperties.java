package io.github.umbracomgmt.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;

import io.github.umbracomgmt.site.UmbracoSite;

/**
 * Settings of the Umbraco Management API client, bound from {@code umbraco.management.*}:
 * the default site's connection (the keys of {@link UmbracoSiteProperties} directly below
 * {@code umbraco.management}), and any number of named sites below
 * {@code umbraco.management.sites.<name>}, each with the same keys.
 *
 * <p>
 * The default site is configured when any of its {@code base-url}, {@code client-id} or
 * {@code client-secret} is set, or when no named site is: an application that only talks
 * to named sites need not invent a default one. Invalid values of any site fail the
 * application at startup with a message that names the full property, e.g.
 * {@code umbraco.management.sites.blog.client-id}.
 *
 * @author umbraco-mgmt
 */
@ConfigurationProperties(prefix = UmbracoManagementProperties.PREFIX)
public class UmbracoManagementProperties extends UmbracoSiteProperties implements InitializingBean {

	/** The prefix of every property of this class. */
	public static final String PREFIX = "umbraco.management";

	/** The prefix of the named sites' properties. */
	public static final String SITES_PREFIX = PREFIX + ".sites";

	private static final Pattern SITE_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

	/**
	 * Whether to auto-configure the Umbraco Management API client.
	 */
	private boolean enabled = true;

	/**
	 * Further Umbraco sites by name, each with the same settings as the default site
	 * (base-url, client-id, client-secret, ...). A name is a lower-case identifier such
	 * as 'blog' or 'brand-a'; its token registration is 'umbraco-<name>' and its meters
	 * are tagged site=<name>.
	 */
	private final Map<String, UmbracoSiteProperties> sites = new LinkedHashMap<>();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Map<String, UmbracoSiteProperties> getSites() {
		return this.sites;
	}

	/**
	 * Whether the default site (the settings directly below {@code umbraco.management})
	 * is configured.
	 * @return {@code true} when any of its connection settings is set or no named site is
	 * configured
	 */
	public boolean isDefaultSiteConfigured() {
		return this.sites.isEmpty() || hasConnectionSettings();
	}

	@Override
	public void afterPropertiesSet() {
		if (this.enabled) {
			validate();
		}
	}

	/**
	 * Checks the default site (when configured) and every named site, failing on the
	 * first invalid setting with an exception that names the full property.
	 * @throws InvalidUmbracoPropertyException when a setting is missing or invalid
	 */
	public void validate() {
		if (isDefaultSiteConfigured()) {
			validate(PREFIX);
		}
		this.sites.forEach((name, site) -> {
			validateName(name);
			validateSite(name, site).validate(SITES_PREFIX + "." + name);
		});
	}

	private static void validateName(String name) {
		if (!SITE_NAME.matcher(name).matches()) {
			throw new InvalidUmbracoPropertyException(SITES_PREFIX, name, null,
					"is not a valid site name: a name is a lower-case identifier",
					"Name the site with lower-case letters and digits, words separated by single dashes, starting with "
							+ "a letter, for example " + SITES_PREFIX + ".blog.base-url.");
		}
		if (UmbracoSite.DEFAULT_NAME.equals(name)) {
			throw new InvalidUmbracoPropertyException(SITES_PREFIX, name, null,
					"is reserved for the site configured directly below " + PREFIX,
					"Configure the default site as " + PREFIX + ".base-url, or give this site another name.");
		}
	}

	private static UmbracoSiteProperties validateSite(String name, UmbracoSiteProperties site) {
		if (site == null) {
			throw InvalidUmbracoPropertyException.missing(SITES_PREFIX + "." + name, "base-url",
					"the address of the Umbraco site, for example https://localhost:44391");
		}
		return site;
	}

}
