package io.github.umbracomgmt.client.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code StatusResultTypeModel} values of the Management API. An open set: the constants are the values known today, and a
 * value a newer Umbraco sends is kept as it is instead of failing deserialization.
 *
 * @param value the value as Umbraco sends it
 * @author umbraco-mgmt
 */
public record StatusResultType(@JsonValue String value) {

	/** {@code Success}. */
	public static final StatusResultType SUCCESS = new StatusResultType("Success");

	/** {@code Warning}. */
	public static final StatusResultType WARNING = new StatusResultType("Warning");

	/** {@code Error}. */
	public static final StatusResultType ERROR = new StatusResultType("Error");

	/** {@code Info}. */
	public static final StatusResultType INFO = new StatusResultType("Info");

	/**
	 * Creates a value.
	 */
	public StatusResultType {
		Objects.requireNonNull(value, "value must not be null");
	}

	/**
	 * The value for a string Umbraco sent.
	 * @param value the string
	 * @return the value
	 */
	@JsonCreator
	public static StatusResultType of(String value) {
		return new StatusResultType(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
