package io.github.umbracomgmt.client.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code TemplateQueryPropertyTypeModel} values of the Management API. An open set: the constants are the values known today, and a
 * value a newer Umbraco sends is kept as it is instead of failing deserialization.
 *
 * @param value the value as Umbraco sends it
 * @author umbraco-mgmt
 */
public record TemplateQueryPropertyType(@JsonValue String value) {

	/** {@code String}. */
	public static final TemplateQueryPropertyType STRING = new TemplateQueryPropertyType("String");

	/** {@code DateTime}. */
	public static final TemplateQueryPropertyType DATE_TIME = new TemplateQueryPropertyType("DateTime");

	/** {@code Integer}. */
	public static final TemplateQueryPropertyType INTEGER = new TemplateQueryPropertyType("Integer");

	/**
	 * Creates a value.
	 */
	public TemplateQueryPropertyType {
		Objects.requireNonNull(value, "value must not be null");
	}

	/**
	 * The value for a string Umbraco sent.
	 * @param value the string
	 * @return the value
	 */
	@JsonCreator
	public static TemplateQueryPropertyType of(String value) {
		return new TemplateQueryPropertyType(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
