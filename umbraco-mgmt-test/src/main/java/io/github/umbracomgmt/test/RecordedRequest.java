package io.github.umbracomgmt.test;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A request the fake server received, kept so tests can assert what a client sent (which
 * authentication, which query, how many calls).
 *
 * <p>
 * It holds secrets and tokens as sent, because tests need them; {@link #toString()} hides
 * the {@code Authorization} header and the body so an assertion failure does not print
 * them.
 *
 * @param method the HTTP method
 * @param path the raw path without query
 * @param query the raw query string without {@code ?}, or {@code null} when the request
 * had none
 * @param headers request headers; names are case-insensitive
 * @param body the body as UTF-8 text, empty when there was none
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers,
		String body) {

	/**
	 * Copies the headers into an unmodifiable case-insensitive map so lookups ignore the
	 * client's spelling.
	 */
	public RecordedRequest {
		TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
		headers = Collections.unmodifiableMap(copy);
		body = (body != null) ? body : "";
	}

	/**
	 * The first value of a header, the common case for single-valued headers such as
	 * {@code Authorization}.
	 */
	public Optional<String> header(String name) {
		List<String> values = this.headers.get(name);
		return (values == null || values.isEmpty()) ? Optional.empty() : Optional.of(values.get(0));
	}

	@Override
	public String toString() {
		String headerText = this.headers.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "="
					+ (entry.getKey().equalsIgnoreCase("Authorization") ? "[hidden]" : entry.getValue()))
			.collect(Collectors.joining(", ", "{", "}"));
		return "RecordedRequest[" + this.method + " " + this.path + ((this.query != null) ? "?" + this.query : "")
				+ ", headers=" + headerText + ", body=[" + this.body.length() + " chars hidden]]";
	}
}
