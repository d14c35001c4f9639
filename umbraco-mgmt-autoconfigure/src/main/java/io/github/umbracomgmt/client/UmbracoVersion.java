package io.github.umbracomgmt.client;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.github.umbracomgmt.error.UmbracoException;

/**
 * The version an Umbraco site reports ({@code /server/information}'s {@code version},
 * e.g. {@code 16.0.0} or {@code 17.0.0-rc1}), comparable by major, minor and patch; a
 * pre-release sorts before its release.
 *
 * @param major the major version
 * @param minor the minor version
 * @param patch the patch version
 * @param preRelease the pre-release label, or {@code null}
 * @author umbraco-mgmt
 */
public record UmbracoVersion(int major, int minor, int patch,
		@Nullable String preRelease) implements Comparable<UmbracoVersion> {

	private static final Pattern VERSION = Pattern
		.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:\\.\\d+)?(?:[-+](.+))?");

	/**
	 * Parses a version string.
	 * @param text e.g. {@code 16.0.0}, {@code 16.1}, {@code 17.0.0-rc1}
	 * @return the version
	 * @throws UmbracoException when the text is no version
	 */
	public static UmbracoVersion parse(@Nullable String text) {
		Matcher matcher = (text != null) ? VERSION.matcher(text.trim()) : null;
		if (matcher == null || !matcher.matches()) {
			throw new UmbracoException("'" + text + "' is not an Umbraco version", null);
		}
		return new UmbracoVersion(Integer.parseInt(matcher.group(1)), number(matcher.group(2)),
				number(matcher.group(3)), matcher.group(4));
	}

	private static int number(String group) {
		return (group != null) ? Integer.parseInt(group) : 0;
	}

	/**
	 * Whether this version is the given one or newer.
	 * @param minimum e.g. {@code 15.0.0}
	 * @return {@code true} when at least {@code minimum}
	 */
	public boolean isAtLeast(String minimum) {
		return compareTo(parse(minimum)) >= 0;
	}

	/**
	 * Whether a server of this version has an operation: it is at least the version that
	 * introduced the operation and older than the one that removed it. A pre-release
	 * counts as its release ({@code 18.0.0-rc1} has what {@code 18.0} introduced).
	 * @param operation the operation of a typed client method
	 * @return {@code true} when the server has it
	 */
	public boolean has(UmbracoOperation operation) {
		UmbracoVersion release = new UmbracoVersion(this.major, this.minor, this.patch, null);
		return (operation.since().isEmpty() || release.compareTo(parse(operation.since())) >= 0)
				&& (operation.removed().isEmpty() || release.compareTo(parse(operation.removed())) < 0);
	}

	@Override
	public int compareTo(UmbracoVersion other) {
		int result = Integer.compare(this.major, other.major);
		result = (result != 0) ? result : Integer.compare(this.minor, other.minor);
		result = (result != 0) ? result : Integer.compare(this.patch, other.patch);
		if (result != 0 || (this.preRelease == null && other.preRelease == null)) {
			return result;
		}
		if (this.preRelease == null) {
			return 1;
		}
		return (other.preRelease == null) ? -1 : comparePreRelease(this.preRelease, other.preRelease);
	}

	/**
	 * Dot-separated identifiers, numeric ones compared as numbers, as semantic versioning
	 * orders them.
	 */
	private static int comparePreRelease(String left, String right) {
		String[] a = left.split("\\.");
		String[] b = right.split("\\.");
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			boolean numeric = a[i].matches("\\d+") && b[i].matches("\\d+");
			int result = numeric ? new java.math.BigInteger(a[i]).compareTo(new java.math.BigInteger(b[i]))
					: a[i].compareTo(b[i]);
			if (result != 0) {
				return result;
			}
		}
		return Integer.compare(a.length, b.length);
	}

	@Override
	public String toString() {
		return this.major + "." + this.minor + "." + this.patch
				+ ((this.preRelease != null) ? "-" + this.preRelease : "");
	}

}
