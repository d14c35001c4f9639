package io.github.umbracomgmt.client.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code DirectionModel} values of the Management API. An open set: the constants are the values known today, and a
 * value a newer Umbraco sends is kept as it is instead of failing deserialization.
 *
 * @param value the value as Umbraco sends it
 * @author umbraco-mgmt
 */
public record Direction(@JsonValue String value) {

	/** {@code Ascending}. */
	public static final Direction ASCENDING = new Direction("Ascending");

	/** {@code Descending}. */
	public static final Direction DESCENDING = new Direction("Descending");

	/**
	 * Creates a value.
	 */
	public Direction {
		Objects.requireNonNull(value, "value must not be null");
	}

	/**
	 * The value for a string Umbraco sent.
	 * @param value the string
	 * @return the value
	 */
	@JsonCreator
	public static Direction of(String value) {
		return new Direction(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
