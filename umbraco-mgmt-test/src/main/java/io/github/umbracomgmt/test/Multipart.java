package io.github.umbracomgmt.test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) from its raw bytes, the way
 * ASP.NET's form reader does for Umbraco's {@code [FromForm]} models: part names compare
 * case-insensitively and file content is kept byte for byte.
 */
final class Multipart {

	private static final byte[] CRLF = { '\r', '\n' };

	private static final byte[] HEADER_END = { '\r', '\n', '\r', '\n' };

	private final List<Part> parts;

	private Multipart(List<Part> parts) {
		this.parts = parts;
	}

	/**
	 * One part of the form.
	 *
	 * @param name the form field name
	 * @param fileName the {@code filename} of a file part, or {@code null} for a plain
	 * field
	 * @param contentType the part's {@code Content-Type}, or {@code null}
	 * @param content the part's bytes
	 */
	record Part(String name, String fileName, String contentType, byte[] content) {

		String text() {
			return new String(this.content, StandardCharsets.UTF_8);
		}

	}

	/**
	 * Parses the body, or returns an empty form when the request is not multipart or is
	 * malformed: ASP.NET then binds nothing and reports the required fields as missing,
	 * which is the answer the caller builds.
	 */
	static Multipart parse(ApiRequest request) {
		String contentType = request.header("Content-Type").orElse("");
		if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
			return new Multipart(List.of());
		}
		String boundary = parameters(contentType).get("boundary");
		if (boundary == null || boundary.isEmpty()) {
			return new Multipart(List.of());
		}
		return new Multipart(parts(request.bodyBytes(), boundary));
	}

	/** The first part with this name, ignoring case as ASP.NET model binding does. */
	Optional<Part> part(String name) {
		return this.parts.stream().filter(part -> part.name().equalsIgnoreCase(name)).findFirst();
	}

	private static List<Part> parts(byte[] body, String boundary) {
		byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		List<Part> result = new ArrayList<>();
		int position = indexOf(body, delimiter, 0);
		while (position >= 0) {
			int afterDelimiter = position + delimiter.length;
			if (startsWith(body, afterDelimiter, new byte[] { '-', '-' })) {
				break;
			}
			int headersStart = skipLineEnd(body, afterDelimiter);
			int headersEnd = indexOf(body, HEADER_END, headersStart);
			if (headersEnd < 0) {
				break;
			}
			byte[] nextDelimiter = concat(CRLF, delimiter);
			int contentStart = headersEnd + HEADER_END.length;
			int contentEnd = indexOf(body, nextDelimiter, contentStart);
			if (contentEnd < 0) {
				break;
			}
			String headerText = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
			Part part = part(headerText, Arrays.copyOfRange(body, contentStart, contentEnd));
			if (part != null) {
				result.add(part);
			}
			position = contentEnd + CRLF.length;
		}
		return result;
	}

	private static Part part(String headerText, byte[] content) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String line : headerText.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
			}
		}
		String disposition = headers.get("content-disposition");
		if (disposition == null) {
			return null;
		}
		Map<String, String> parameters = parameters(disposition);
		String name = parameters.get("name");
		if (name == null) {
			return null;
		}
		String fileName = parameters.containsKey("filename*") ? extendedValue(parameters.get("filename*"))
				: parameters.get("filename");
		return new Part(name, fileName, headers.get("content-type"), content);
	}

	/**
	 * {@code type; a=b; c="d"} parameters, names lower-cased, quotes and backslash
	 * escapes removed.
	 */
	static Map<String, String> parameters(String headerValue) {
		Map<String, String> result = new LinkedHashMap<>();
		int i = headerValue.indexOf(';');
		while (i >= 0 && i < headerValue.length()) {
			i++;
			int equals = headerValue.indexOf('=', i);
			if (equals < 0) {
				break;
			}
			String name = headerValue.substring(i, equals).trim().toLowerCase(Locale.ROOT);
			StringBuilder value = new StringBuilder();
			int j = equals + 1;
			while (j < headerValue.length() && headerValue.charAt(j) == ' ') {
				j++;
			}
			if (j < headerValue.length() && headerValue.charAt(j) == '"') {
				j++;
				while (j < headerValue.length() && headerValue.charAt(j) != '"') {
					char c = headerValue.charAt(j);
					if (c == '\\' && j + 1 < headerValue.length()) {
						j++;
						c = headerValue.charAt(j);
					}
					value.append(c);
					j++;
				}
				i = headerValue.indexOf(';', j);
			}
			else {
				int end = headerValue.indexOf(';', j);
				value.append(headerValue, j, (end < 0) ? headerValue.length() : end);
				i = end;
			}
			result.putIfAbsent(name, value.toString().trim());
		}
		return result;
	}

	/**
	 * RFC 5987 {@code UTF-8''percent-encoded} values, as browsers send for non-ASCII file
	 * names.
	 */
	private static String extendedValue(String value) {
		int quotes = value.indexOf("''");
		String encoded = (quotes >= 0) ? value.substring(quotes + 2) : value;
		return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	private static int skipLineEnd(byte[] body, int position) {
		int i = position;
		while (i < body.length && (body[i] == ' ' || body[i] == '\t')) {
			i++;
		}
		return startsWith(body, i, CRLF) ? i + CRLF.length : i;
	}

	private static boolean startsWith(byte[] body, int position, byte[] prefix) {
		if (position + prefix.length > body.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (body[position + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] body, byte[] target, int from) {
		for (int i = Math.max(from, 0); i <= body.length - target.length; i++) {
			if (startsWith(body, i, target)) {
				return i;
			}
		}
		return -1;
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] result = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, result, first.length, second.length);
		return result;
	}

}
