package io.github.umbracomgmt.client.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code RuntimeModeModel} values of the Management API. An open set: the constants are the values known today, and a
 * value a newer Umbraco sends is kept as it is instead of failing deserialization.
 *
 * @param value the value as Umbraco sends it
 * @author umbraco-mgmt
 */
public record RuntimeMode(@JsonValue String value) {

	/** {@code BackofficeDevelopment}. */
	public static final RuntimeMode BACKOFFICE_DEVELOPMENT = new RuntimeMode("BackofficeDevelopment");

	/** {@code Development}. */
	public static final RuntimeMode DEVELOPMENT = new RuntimeMode("Development");

	/** {@code Production}. */
	public static final RuntimeMode PRODUCTION = new RuntimeMode("Production");

	/**
	 * Creates a value.
	 */
	public RuntimeMode {
		Objects.requireNonNull(value, "value must not be null");
	}

	/**
	 * The value for a string Umbraco sent.
	 * @param value the string
	 * @return the value
	 */
	@JsonCreator
	public static RuntimeMode of(String value) {
		return new RuntimeMode(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
