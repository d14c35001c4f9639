package io.github.umbracomgmt.client.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code UserOrderModel} values of the Management API. An open set: the constants are the values known today, and a
 * value a newer Umbraco sends is kept as it is instead of failing deserialization.
 *
 * @param value the value as Umbraco sends it
 * @author umbraco-mgmt
 */
public record UserOrder(@JsonValue String value) {

	/** {@code UserName}. */
	public static final UserOrder USER_NAME = new UserOrder("UserName");

	/** {@code Language}. */
	public static final UserOrder LANGUAGE = new UserOrder("Language");

	/** {@code Name}. */
	public static final UserOrder NAME = new UserOrder("Name");

	/** {@code Email}. */
	public static final UserOrder EMAIL = new UserOrder("Email");

	/** {@code Id}. */
	public static final UserOrder ID = new UserOrder("Id");

	/** {@code CreateDate}. */
	public static final UserOrder CREATE_DATE = new UserOrder("CreateDate");

	/** {@code UpdateDate}. */
	public static final UserOrder UPDATE_DATE = new UserOrder("UpdateDate");

	/** {@code IsApproved}. */
	public static final UserOrder IS_APPROVED = new UserOrder("IsApproved");

	/** {@code IsLockedOut}. */
	public static final UserOrder IS_LOCKED_OUT = new UserOrder("IsLockedOut");

	/** {@code LastLoginDate}. */
	public static final UserOrder LAST_LOGIN_DATE = new UserOrder("LastLoginDate");

	/**
	 * Creates a value.
	 */
	public UserOrder {
		Objects.requireNonNull(value, "value must not be null");
	}

	/**
	 * The value for a string Umbraco sent.
	 * @param value the string
	 * @return the value
	 */
	@JsonCreator
	public static UserOrder of(String value) {
		return new UserOrder(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
