package io.github.umbracomgmt.test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request as the fake's handlers see it: the {@link RecordedRequest} plus the parsing
 * handlers need, free of Netty types so resource groups stay plain Java.
 */
final class ApiRequest {

	private final RecordedRequest recorded;

	private final byte[] bodyBytes;

	ApiRequest(RecordedRequest recorded) {
		this(recorded, recorded.body().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @param bodyBytes the body exactly as received, for binary content such as multipart
	 * uploads
	 */
	ApiRequest(RecordedRequest recorded, byte[] bodyBytes) {
		this.recorded = recorded;
		this.bodyBytes = (bodyBytes != null) ? bodyBytes : new byte[0];
	}

	RecordedRequest recorded() {
		return this.recorded;
	}

	String method() {
		return this.recorded.method();
	}

	/** The raw path, without query. */
	String path() {
		return this.recorded.path();
	}

	String body() {
		return this.recorded.body();
	}

	/**
	 * The raw body; {@link #body()} is its UTF-8 decoding, lossy for binary content.
	 * Callers must not modify it.
	 */
	byte[] bodyBytes() {
		return this.bodyBytes;
	}

	Optional<String> header(String name) {
		return this.recorded.header(name);
	}

	/**
	 * Query parameters with repeated keys kept, as Umbraco sends arrays
	 * ({@code id=a&id=b}).
	 */
	Map<String, List<String>> queryParameters() {
		return parseUrlEncoded(this.recorded.query());
	}

	/**
	 * Decodes {@code application/x-www-form-urlencoded} text, keeping repeated keys.
	 * @throws IllegalArgumentException on a malformed percent escape
	 */
	static Map<String, List<String>> parseUrlEncoded(String text) {
		Map<String, List<String>> result = new LinkedHashMap<>();
		if (text == null || text.isEmpty()) {
			return result;
		}
		for (String pair : text.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
			String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : "";
			result.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
		}
		return result;
	}

	/**
	 * Form-URL-decoding ({@code +} is a space), as RFC 6749 prescribes for form bodies
	 * and Basic credentials.
	 */
	static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}
