package io.github.umbracomgmt.test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which Management API version introduced (and removed) each operation, read from
 * {@code operations.tsv}, the list the client generator derives from the OpenAPI
 * documents. The fake uses it to answer as an older server would: an operation newer than
 * the server's version, or one removed by then, has no route there, so ASP.NET answers
 * {@code 404} with an empty body.
 *
 * <p>
 * Paths are kept in a tree of segments per method, so finding a request's operation costs
 * one map lookup per segment instead of a pattern match per operation. Literal segments
 * win over {@code {placeholders}}, as ASP.NET's route precedence decides between
 * {@code /document/configuration} and {@code /document/{id}}.
 */
final class OperationCatalog {

	/** Where the generated list lives, next to this class. */
	static final String RESOURCE = "operations.tsv";

	/**
	 * The oldest document's version: its operations are taken to exist in older servers
	 * too (15.x), which the documents cannot tell apart.
	 */
	private static final ApiVersion BASELINE = ApiVersion.parse("16.0");

	private static final List<String> COLUMNS = List.of("method", "path", "operationId", "tag", "since", "removed");

	private static volatile OperationCatalog bundled;

	private final Map<String, Node> roots = new HashMap<>();

	private final int size;

	/**
	 * One operation: the version that brought it and the one that removed it
	 * ({@code null} while it exists).
	 */
	record Operation(String method, String path, String operationId, String tag, ApiVersion since, ApiVersion removed) {

		/** Whether a server of this version serves the operation. */
		boolean existsIn(ApiVersion version) {
			boolean introduced = this.since.compareTo(version) <= 0 || this.since.compareTo(BASELINE) <= 0;
			return introduced && (this.removed == null || version.compareTo(this.removed) < 0);
		}

	}

	private OperationCatalog(List<Operation> operations) {
		for (Operation operation : operations) {
			Node node = this.roots.computeIfAbsent(operation.method(), (method) -> new Node());
			for (String segment : segments(operation.path())) {
				node = node.child(segment);
			}
			node.operation = operation;
		}
		this.size = operations.size();
	}

	/** The list shipped with the test kit, read once. */
	static OperationCatalog bundled() {
		OperationCatalog catalog = bundled;
		if (catalog == null) {
			synchronized (OperationCatalog.class) {
				catalog = bundled;
				if (catalog == null) {
					try (InputStream in = OperationCatalog.class.getResourceAsStream(RESOURCE)) {
						if (in == null) {
							throw new IllegalStateException("The test kit's " + RESOURCE + " is missing from "
									+ OperationCatalog.class.getPackageName().replace('.', '/'));
						}
						catalog = parse(in);
					}
					catch (IOException ex) {
						throw new UncheckedIOException("Could not read the test kit's " + RESOURCE, ex);
					}
					bundled = catalog;
				}
			}
		}
		return catalog;
	}

	/**
	 * Reads the tab-separated list: {@code #} comment lines, a header naming the columns,
	 * then one operation a line.
	 */
	static OperationCatalog parse(InputStream in) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		List<Operation> operations = new ArrayList<>();
		Map<String, Integer> columns = null;
		String line;
		int number = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isBlank() || (columns == null && line.startsWith("#"))) {
				continue;
			}
			String[] cells = line.split("\t", -1);
			if (columns == null) {
				columns = header(cells, number);
				continue;
			}
			operations.add(new Operation(cell(cells, columns, "method", number).toUpperCase(Locale.ROOT),
					cell(cells, columns, "path", number), cell(cells, columns, "operationId", number),
					cell(cells, columns, "tag", number), ApiVersion.parse(cell(cells, columns, "since", number)),
					optionalVersion(cell(cells, columns, "removed", number))));
		}
		if (columns == null) {
			throw new IllegalStateException(RESOURCE + " has no header line " + String.join("\\t", COLUMNS));
		}
		return new OperationCatalog(operations);
	}

	private static Map<String, Integer> header(String[] cells, int number) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < cells.length; i++) {
			columns.put(cells[i].trim(), i);
		}
		if (!columns.keySet().containsAll(COLUMNS)) {
			throw new IllegalStateException(RESOURCE + " line " + number + " should be the header "
					+ String.join("\\t", COLUMNS) + " but is " + Arrays.toString(cells));
		}
		return columns;
	}

	private static String cell(String[] cells, Map<String, Integer> columns, String column, int number) {
		int index = columns.get(column);
		if (index >= cells.length) {
			throw new IllegalStateException(RESOURCE + " line " + number + " has no " + column + " column");
		}
		return cells[index].trim();
	}

	private static ApiVersion optionalVersion(String text) {
		return text.isEmpty() ? null : ApiVersion.parse(text);
	}

	/** How many operations the list holds. */
	int size() {
		return this.size;
	}

	/**
	 * The operation a request reaches, or {@code null} when the list has none for it (the
	 * fake then routes it as usual).
	 * @param path the raw request path, {@code /umbraco/management/api/v1} included as
	 * the list has it
	 */
	Operation find(String method, String path) {
		Node root = this.roots.get(method);
		if (root == null) {
			return null;
		}
		List<String> segments = segments(path);
		return root.find(segments, 0);
	}

	private static List<String> segments(String path) {
		List<String> result = new ArrayList<>();
		for (String segment : path.split("/")) {
			if (!segment.isEmpty()) {
				result.add(segment);
			}
		}
		return result;
	}

	/**
	 * A segment of the path tree; {@code {...}} placeholders share one wildcard child.
	 */
	private static final class Node {

		private final Map<String, Node> literals = new HashMap<>();

		private Node wildcard;

		private Operation operation;

		Node child(String segment) {
			if (segment.startsWith("{") && segment.endsWith("}")) {
				if (this.wildcard == null) {
					this.wildcard = new Node();
				}
				return this.wildcard;
			}
			return this.literals.computeIfAbsent(segment.toLowerCase(Locale.ROOT), (key) -> new Node());
		}

		/**
		 * Literal first, then the placeholder, backtracking when the literal branch ends
		 * nowhere.
		 */
		Operation find(List<String> segments, int index) {
			if (index == segments.size()) {
				return this.operation;
			}
			Node literal = this.literals.get(segments.get(index).toLowerCase(Locale.ROOT));
			if (literal != null) {
				Operation found = literal.find(segments, index + 1);
				if (found != null) {
					return found;
				}
			}
			return (this.wildcard != null) ? this.wildcard.find(segments, index + 1) : null;
		}

	}

}
