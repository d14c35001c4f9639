package io.github.umbracomgmt.client.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code UserStateModel} values of the Management API. An open set: the constants are the values known today, and a
 * value a newer Umbraco sends is kept as it is instead of failing deserialization.
 *
 * @param value the value as Umbraco sends it
 * @author umbraco-mgmt
 */
public record UserState(@JsonValue String value) {

	/** {@code Active}. */
	public static final UserState ACTIVE = new UserState("Active");

	/** {@code Disabled}. */
	public static final UserState DISABLED = new UserState("Disabled");

	/** {@code LockedOut}. */
	public static final UserState LOCKED_OUT = new UserState("LockedOut");

	/** {@code Invited}. */
	public static final UserState INVITED = new UserState("Invited");

	/** {@code Inactive}. */
	public static final UserState INACTIVE = new UserState("Inactive");

	/** {@code All}. */
	public static final UserState ALL = new UserState("All");

	/**
	 * Creates a value.
	 */
	public UserState {
		Objects.requireNonNull(value, "value must not be null");
	}

	/**
	 * The value for a string Umbraco sent.
	 * @param value the string
	 * @return the value
	 */
	@JsonCreator
	public static UserState of(String value) {
		return new UserState(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
