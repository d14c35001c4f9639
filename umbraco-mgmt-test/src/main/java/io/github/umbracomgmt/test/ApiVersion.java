package io.github.umbracomgmt.test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Umbraco version as far as the Management API's operations care: major, minor and
 * patch. Pre-release labels and build metadata ({@code 17.3.0-rc}, {@code 18.1.0+abc})
 * are kept for display but do not decide which operations exist, since a release
 * candidate already has its release's routes.
 *
 * @param text the version as given, e.g. {@code 17.3} or {@code 17.3.0-rc}
 */
record ApiVersion(int major, int minor, int patch, String text) implements Comparable<ApiVersion> {

	private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?([-+].*)?");

	/**
	 * Reads {@code major.minor} or a semantic version.
	 * @throws IllegalArgumentException when the text is neither
	 */
	static ApiVersion parse(String text) {
		Matcher matcher = VERSION.matcher(text.trim());
		if (!matcher.matches()) {
			throw new IllegalArgumentException(
					"An Umbraco version must look like 17.3 or 17.3.0 (optionally with -rc), but was '" + text + "'");
		}
		int patch = (matcher.group(3) != null) ? Integer.parseInt(matcher.group(3)) : 0;
		return new ApiVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), patch,
				text.trim());
	}

	/**
	 * The semantic version {@code /server/information} reports: {@code 17.3} becomes
	 * {@code 17.3.0}.
	 */
	String semantic() {
		Matcher matcher = VERSION.matcher(this.text);
		matcher.matches();
		return (matcher.group(3) != null) ? this.text
				: this.major + "." + this.minor + ".0" + ((matcher.group(4) != null) ? matcher.group(4) : "");
	}

	/** {@code major.minor.patch}, as Umbraco's assembly version. */
	String assembly() {
		return this.major + "." + this.minor + "." + this.patch;
	}

	@Override
	public int compareTo(ApiVersion other) {
		int result = Integer.compare(this.major, other.major);
		if (result == 0) {
			result = Integer.compare(this.minor, other.minor);
		}
		return (result != 0) ? result : Integer.compare(this.patch, other.patch);
	}

	@Override
	public String toString() {
		return this.text;
	}
}
