package io.github.umbracomgmt.client.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code MemberKindModel} values of the Management API. An open set: the constants are the values known today, and a
 * value a newer Umbraco sends is kept as it is instead of failing deserialization.
 *
 * @param value the value as Umbraco sends it
 * @author umbraco-mgmt
 */
public record MemberKind(@JsonValue String value) {

	/** {@code Default}. */
	public static final MemberKind DEFAULT = new MemberKind("Default");

	/** {@code Api}. */
	public static final MemberKind API = new MemberKind("Api");

	/**
	 * Creates a value.
	 */
	public MemberKind {
		Objects.requireNonNull(value, "value must not be null");
	}

	/**
	 * The value for a string Umbraco sent.
	 * @param value the string
	 * @return the value
	 */
	@JsonCreator
	public static MemberKind of(String value) {
		return new MemberKind(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
