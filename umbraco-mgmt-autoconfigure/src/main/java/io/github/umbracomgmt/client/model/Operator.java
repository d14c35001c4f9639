package io.github.umbracomgmt.client.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code OperatorModel} values of the Management API. An open set: the constants are the values known today, and a
 * value a newer Umbraco sends is kept as it is instead of failing deserialization.
 *
 * @param value the value as Umbraco sends it
 * @author umbraco-mgmt
 */
public record Operator(@JsonValue String value) {

	/** {@code Equals}. */
	public static final Operator EQUALS = new Operator("Equals");

	/** {@code NotEquals}. */
	public static final Operator NOT_EQUALS = new Operator("NotEquals");

	/** {@code Contains}. */
	public static final Operator CONTAINS = new Operator("Contains");

	/** {@code NotContains}. */
	public static final Operator NOT_CONTAINS = new Operator("NotContains");

	/** {@code LessThan}. */
	public static final Operator LESS_THAN = new Operator("LessThan");

	/** {@code LessThanEqualTo}. */
	public static final Operator LESS_THAN_EQUAL_TO = new Operator("LessThanEqualTo");

	/** {@code GreaterThan}. */
	public static final Operator GREATER_THAN = new Operator("GreaterThan");

	/** {@code GreaterThanEqualTo}. */
	public static final Operator GREATER_THAN_EQUAL_TO = new Operator("GreaterThanEqualTo");

	/**
	 * Creates a value.
	 */
	public Operator {
		Objects.requireNonNull(value, "value must not be null");
	}

	/**
	 * The value for a string Umbraco sent.
	 * @param value the string
	 * @return the value
	 */
	@JsonCreator
	public static Operator of(String value) {
		return new Operator(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
