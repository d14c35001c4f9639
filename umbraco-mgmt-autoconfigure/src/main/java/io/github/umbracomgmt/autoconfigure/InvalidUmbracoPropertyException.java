package io.github.umbracomgmt.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * Thrown at startup when an {@code umbraco.management.*} property is missing or invalid; turned into a readable
 * report by {@link UmbracoConfigurationFailureAnalyzer}.
 *
 * @author umbraco-mgmt
 */
public class InvalidUmbracoPropertyException extends RuntimeException {

	private final String property;

	private final String action;

	/**
	 * Creates a new instance.
	 * @param property the property name below {@code umbraco.management}, e.g. {@code client-id}
	 * @param value the offending value (never a secret)
	 * @param reason what is wrong with it
	 * @param action what to set instead
	 */
	public InvalidUmbracoPropertyException(String property, @Nullable Object value, String reason, String action) {
		super("umbraco.management." + property + (value != null ? " '" + value + "'" : "") + " " + reason);
		this.property = UmbracoManagementProperties.PREFIX + "." + property;
		this.action = action;
	}

	static InvalidUmbracoPropertyException missing(String property, String what) {
		return new InvalidUmbracoPropertyException(property, null, "is not set",
				"Set umbraco.management." + property + " to " + what + ".");
	}

	/**
	 * The full name of the offending property.
	 * @return e.g. {@code umbraco.management.client-id}
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
