package io.github.umbracomgmt.client.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code CompositionTypeModel} values of the Management API. An open set: the constants are the values known today, and a
 * value a newer Umbraco sends is kept as it is instead of failing deserialization.
 *
 * @param value the value as Umbraco sends it
 * @author umbraco-mgmt
 */
public record CompositionType(@JsonValue String value) {

	/** {@code Composition}. */
	public static final CompositionType COMPOSITION = new CompositionType("Composition");

	/** {@code Inheritance}. */
	public static final CompositionType INHERITANCE = new CompositionType("Inheritance");

	/**
	 * Creates a value.
	 */
	public CompositionType {
		Objects.requireNonNull(value, "value must not be null");
	}

	/**
	 * The value for a string Umbraco sent.
	 * @param value the string
	 * @return the value
	 */
	@JsonCreator
	public static CompositionType of(String value) {
		return new CompositionType(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
