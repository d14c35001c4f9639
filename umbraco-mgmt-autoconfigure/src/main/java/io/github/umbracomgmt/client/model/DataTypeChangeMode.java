package io.github.umbracomgmt.client.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code DataTypeChangeModeModel} values of the Management API. An open set: the constants are the values known today, and a
 * value a newer Umbraco sends is kept as it is instead of failing deserialization.
 *
 * @param value the value as Umbraco sends it
 * @author umbraco-mgmt
 */
public record DataTypeChangeMode(@JsonValue String value) {

	/** {@code True}. */
	public static final DataTypeChangeMode TRUE = new DataTypeChangeMode("True");

	/** {@code False}. */
	public static final DataTypeChangeMode FALSE = new DataTypeChangeMode("False");

	/** {@code FalseWithHelpText}. */
	public static final DataTypeChangeMode FALSE_WITH_HELP_TEXT = new DataTypeChangeMode("FalseWithHelpText");

	/**
	 * Creates a value.
	 */
	public DataTypeChangeMode {
		Objects.requireNonNull(value, "value must not be null");
	}

	/**
	 * The value for a string Umbraco sent.
	 * @param value the string
	 * @return the value
	 */
	@JsonCreator
	public static DataTypeChangeMode of(String value) {
		return new DataTypeChangeMode(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
