package io.github.umbracomgmt.client.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code RedirectStatusModel} values of the Management API. An open set: the constants are the values known today, and a
 * value a newer Umbraco sends is kept as it is instead of failing deserialization.
 *
 * @param value the value as Umbraco sends it
 * @author umbraco-mgmt
 */
public record RedirectStatus(@JsonValue String value) {

	/** {@code Enabled}. */
	public static final RedirectStatus ENABLED = new RedirectStatus("Enabled");

	/** {@code Disabled}. */
	public static final RedirectStatus DISABLED = new RedirectStatus("Disabled");

	/**
	 * Creates a value.
	 */
	public RedirectStatus {
		Objects.requireNonNull(value, "value must not be null");
	}

	/**
	 * The value for a string Umbraco sent.
	 * @param value the string
	 * @return the value
	 */
	@JsonCreator
	public static RedirectStatus of(String value) {
		return new RedirectStatus(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
