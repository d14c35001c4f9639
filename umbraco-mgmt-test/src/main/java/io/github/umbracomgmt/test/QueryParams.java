package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Query parameters bound the way ASP.NET binds them for Umbraco: absent or empty means
 * the default, a value of the wrong type is a 400 with an {@code errors} map naming the
 * parameter, and arrays repeat the key ({@code id=a&id=b}).
 */
final class QueryParams {

	private QueryParams() {
	}

	/** Every value of a key as sent, repeated keys kept, empty values included. */
	static List<String> values(ApiRequest request, String name) {
		return request.queryParameters().getOrDefault(name, List.of());
	}

	/**
	 * The first value, or {@code null} when absent or empty (ASP.NET binds an empty
	 * string to {@code null}).
	 */
	static String string(ApiRequest request, String name) {
		List<String> values = values(request, name);
		return (values.isEmpty() || values.get(0).isEmpty()) ? null : values.get(0);
	}

	/** Every non-empty value of a repeated key. */
	static List<String> strings(ApiRequest request, String name) {
		return values(request, name).stream().filter(value -> !value.isEmpty()).toList();
	}

	static UUID uuid(ApiRequest request, String name) {
		String value = string(request, name);
		return (value != null) ? requireGuid(name, value) : null;
	}

	/**
	 * Every value of a repeated key such as {@code id}; a malformed GUID is a 400, as
	 * model binding makes it.
	 */
	static List<UUID> uuids(ApiRequest request, String name) {
		return strings(request, name).stream().map(value -> requireGuid(name, value)).toList();
	}

	static boolean bool(ApiRequest request, String name, boolean defaultValue) {
		Boolean value = optionalBool(request, name);
		return (value != null) ? value : defaultValue;
	}

	static Boolean optionalBool(ApiRequest request, String name) {
		String value = string(request, name);
		if (value == null) {
			return null;
		}
		return switch (value.trim().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw invalid(name, value);
		};
	}

	/** A 32-bit integer such as {@code skip}; absent or empty is {@code defaultValue}. */
	static int integer(ApiRequest request, String name, int defaultValue) {
		String value = string(request, name);
		if (value == null) {
			return defaultValue;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw invalid(name, value);
		}
	}

	/**
	 * An enum-typed parameter: ASP.NET matches the names case-insensitively and refuses
	 * any other value.
	 * @return the value as the enum spells it, or {@code null} when absent
	 */
	static String enumValue(ApiRequest request, String name, Set<String> allowed) {
		String value = string(request, name);
		return (value != null) ? enumValue(name, value, allowed) : null;
	}

	/** Every value of a repeated enum-typed key. */
	static List<String> enumValues(ApiRequest request, String name, Set<String> allowed) {
		List<String> values = new ArrayList<>();
		for (String value : strings(request, name)) {
			values.add(enumValue(name, value, allowed));
		}
		return values;
	}

	// The media groups bind more loosely than the others, and keep doing so for the
	// clients that rely on it.

	/**
	 * A GUID as the media groups bind it: blank is absent and any spelling
	 * {@link UUID#fromString} accepts is taken.
	 */
	static UUID lenientUuid(ApiRequest request, String name) {
		List<String> values = values(request, name);
		if (values.isEmpty() || values.get(0).isBlank()) {
			return null;
		}
		return lenientGuid(name, values.get(0));
	}

	/**
	 * Every value of a repeated key as the media groups bind it: an empty value is a 400
	 * rather than skipped.
	 */
	static List<UUID> lenientUuids(ApiRequest request, String name) {
		return values(request, name).stream().map(value -> lenientGuid(name, value)).toList();
	}

	/**
	 * A boolean as the media groups bind it: {@code true} in any case, anything else
	 * {@code false}.
	 */
	static boolean lenientBool(ApiRequest request, String name) {
		List<String> values = values(request, name);
		return !values.isEmpty() && Boolean.parseBoolean(values.get(0).trim());
	}

	/**
	 * Case-insensitive "contains", the way Umbraco's filters match names; a {@code null}
	 * filter matches all.
	 */
	static boolean contains(String value, String filter) {
		return filter == null
				|| (value != null && value.toLowerCase(Locale.ROOT).contains(filter.toLowerCase(Locale.ROOT)));
	}

	/**
	 * A GUID in its canonical 8-4-4-4-12 form, surrounding blanks ignored;
	 * {@link UUID#fromString} alone would also accept shortened groups.
	 * @return the GUID, or {@code null} when {@code text} is not one
	 */
	static UUID guid(String text) {
		String trimmed = text.trim();
		try {
			UUID id = UUID.fromString(trimmed);
			return id.toString().equalsIgnoreCase(trimmed) ? id : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The 400 for a value that cannot be bound: ASP.NET's validation problem naming the
	 * parameter.
	 */
	static ResponseException invalid(String name, String value) {
		return new ResponseException(ApiResponse.bindingProblem(name, value));
	}

	private static UUID requireGuid(String name, String value) {
		UUID id = guid(value);
		if (id == null) {
			throw invalid(name, value);
		}
		return id;
	}

	private static UUID lenientGuid(String name, String value) {
		try {
			return UUID.fromString(value.trim());
		}
		catch (IllegalArgumentException ex) {
			throw invalid(name, value);
		}
	}

	private static String enumValue(String name, String value, Set<String> allowed) {
		for (String candidate : allowed) {
			if (candidate.equalsIgnoreCase(value.trim())) {
				return candidate;
			}
		}
		throw invalid(name, value);
	}

}
