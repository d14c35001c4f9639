package io.github.umbracomgmt.client;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.service.annotation.HttpExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The typed clients against the operation data that the generator derived from the
 * OpenAPI documents (the test kit's {@code operations.tsv}): every operation is declared
 * by exactly one method, on the client of its tag, with the document's method, path,
 * operation id and versions; the generated client list agrees with the data.
 */
class OperationCoverageTests {

	static final String OPERATIONS = "/io/github/umbracomgmt/test/operations.tsv";

	@Test
	void everyOperationOfTheDataIsDeclaredExactlyOnceOnTheClientOfItsTag() throws Exception {
		Map<String, List<Declared>> declared = declaredOperations();
		List<Row> rows = operations();
		assertThat(rows).isNotEmpty();
		for (Row row : rows) {
			UmbracoClientType client = clientOf(row.tag());
			assertThat(declared.get(row.key())).as("methods declaring %s (%s)", row.key(), row.operationId())
				.singleElement()
				.satisfies((method) -> {
					assertThat(client.type()).isAssignableTo(method.method().getDeclaringClass());
					assertThat(method.client()).isEqualTo(client.type());
					UmbracoOperation operation = method.method().getAnnotation(UmbracoOperation.class);
					assertThat(operation).as("@UmbracoOperation of %s", method.method()).isNotNull();
					assertThat(operation.id()).isEqualTo(row.operationId());
					assertThat(operation.since()).isEqualTo(row.since());
					assertThat(operation.removed()).isEqualTo(row.removed());
				});
		}
	}

	@Test
	void declaresNoOperationTheDataLacks() throws Exception {
		List<String> documented = operations().stream().map(Row::key).toList();
		assertThat(declaredOperations().keySet()).allSatisfy((key) -> assertThat(documented).contains(key));
	}

	@Test
	void clientTypesAgreeWithTheData() throws Exception {
		Map<String, List<Row>> byTag = operations().stream().collect(Collectors.groupingBy(Row::tag));
		assertThat(UmbracoClientTypes.ALL).extracting(UmbracoClientType::tag)
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(byTag.keySet());
		for (UmbracoClientType client : UmbracoClientTypes.ALL) {
			List<Row> rows = byTag.get(client.tag());
			assertThat(client.operations()).as("operations of %s", client.tag()).isEqualTo(rows.size());
			assertThat(client.since()).as("since of %s", client.tag())
				.isEqualTo(rows.stream().map(Row::since).min(Comparator.comparing(UmbracoVersion::parse)).get());
		}
	}

	@Test
	void operationsRemovedUpstreamAreMarkedAndKept() throws Exception {
		List<Row> removed = operations().stream().filter((row) -> !row.removed().isEmpty()).toList();
		assertThat(removed).allSatisfy((row) -> assertThat(UmbracoVersion.parse(row.removed()))
			.isGreaterThan(UmbracoVersion.parse(row.since())));
		assertThat(operations()).extracting(Row::key).doesNotHaveDuplicates();
	}

	private static UmbracoClientType clientOf(String tag) {
		return UmbracoClientTypes.ALL.stream()
			.filter((client) -> client.tag().equals(tag))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no client type for the tag " + tag));
	}

	private static Map<String, List<Declared>> declaredOperations() {
		Map<String, List<Declared>> declared = new HashMap<>();
		for (UmbracoClientType client : UmbracoClientTypes.ALL) {
			for (Method method : client.type().getMethods()) {
				HttpExchange exchange = AnnotatedElementUtils.findMergedAnnotation(method, HttpExchange.class);
				if (exchange != null && !exchange.url().isEmpty()) {
					declared.computeIfAbsent(exchange.method() + " " + exchange.url(), (key) -> new ArrayList<>())
						.add(new Declared(client.type(), method));
				}
			}
		}
		return declared;
	}

	/**
	 * The generated operation data.
	 * @return one row per operation
	 * @throws Exception when the data cannot be read
	 */
	static List<Row> operations() throws Exception {
		List<Row> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				OperationCoverageTests.class.getResourceAsStream(OPERATIONS), StandardCharsets.UTF_8))) {
			String header = null;
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith("#") || line.isBlank()) {
					continue;
				}
				if (header == null) {
					header = line;
					assertThat(header).isEqualTo("method\tpath\toperationId\ttag\tsince\tremoved");
					continue;
				}
				String[] cells = line.split("\t", -1);
				rows.add(new Row(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]));
			}
		}
		return rows;
	}

	record Row(String method, String path, String operationId, String tag, String since, String removed) {

		String key() {
			return this.method + " " + this.path;
		}

	}

	record Declared(Class<?> client, Method method) {

	}

}
