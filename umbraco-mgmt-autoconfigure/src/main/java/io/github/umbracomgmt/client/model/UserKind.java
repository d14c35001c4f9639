package io.github.umbracomgmt.client.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code UserKindModel} values of the Management API. An open set: the constants are the values known today, and a
 * value a newer Umbraco sends is kept as it is instead of failing deserialization.
 *
 * @param value the value as Umbraco sends it
 * @author umbraco-mgmt
 */
public record UserKind(@JsonValue String value) {

	/** {@code Default}. */
	public static final UserKind DEFAULT = new UserKind("Default");

	/** {@code Api}. */
	public static final UserKind API = new UserKind("Api");

	/**
	 * Creates a value.
	 */
	public UserKind {
		Objects.requireNonNull(value, "value must not be null");
	}

	/**
	 * The value for a string Umbraco sent.
	 * @param value the string
	 * @return the value
	 */
	@JsonCreator
	public static UserKind of(String value) {
		return new UserKind(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
