package io.github.umbracomgmt.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * Thrown at startup when an {@code umbraco.management.*} property is missing or invalid;
 * turned into a readable report by {@link UmbracoConfigurationFailureAnalyzer}.
 *
 * @author umbraco-mgmt
 */
public class InvalidUmbracoPropertyException extends RuntimeException {

	private final String property;

	private final String action;

	/**
	 * Creates a new instance for a property of the default site.
	 * @param property the property name below {@code umbraco.management}, e.g.
	 * {@code client-id}
	 * @param value the offending value (never a secret)
	 * @param reason what is wrong with it
	 * @param action what to set instead
	 */
	public InvalidUmbracoPropertyException(String property, @Nullable Object value, String reason, String action) {
		this(UmbracoManagementProperties.PREFIX, property, value, reason, action);
	}

	/**
	 * Creates a new instance for a property below the given prefix, for example of a
	 * named site.
	 * @param prefix where the property is bound, e.g.
	 * {@code umbraco.management.sites.blog}
	 * @param property the property name below the prefix, e.g. {@code client-id}
	 * @param value the offending value (never a secret)
	 * @param reason what is wrong with it
	 * @param action what to set instead
	 */
	public InvalidUmbracoPropertyException(String prefix, String property, @Nullable Object value, String reason,
			String action) {
		super(prefix + "." + property + ((value != null) ? " '" + value + "'" : "") + " " + reason);
		this.property = prefix + "." + property;
		this.action = action;
	}

	static InvalidUmbracoPropertyException missing(String prefix, String property, String what) {
		return new InvalidUmbracoPropertyException(prefix, property, null, "is not set",
				"Set " + prefix + "." + property + " to " + what + ".");
	}

	/**
	 * The full name of the offending property.
	 * @return e.g. {@code umbraco.management.client-id} or
	 * {@code umbraco.management.sites.blog.client-id}
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * What the user should set.
	 * @return the action, a sentence
	 */
	public String getAction() {
		return this.action;
	}

}
