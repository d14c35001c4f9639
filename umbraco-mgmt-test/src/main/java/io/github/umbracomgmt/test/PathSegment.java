package io.github.umbracomgmt.test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Decodes path variables that are names rather than GUIDs (health check groups, index and
 * searcher names), which the router hands over as sent, percent-escapes included.
 */
final class PathSegment {

	private PathSegment() {
	}

	/**
	 * Percent-decodes a raw path segment; unlike form decoding, {@code +} stays a plus
	 * sign.
	 */
	static String decode(String segment) {
		try {
			return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// A malformed escape is kept as sent, so it simply names nothing.
			return segment;
		}
	}

}
