package io.github.umbracomgmt.test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Umbraco's {@code skip}/{@code take} paging: reads the query the way ASP.NET model binding does (a value that is not
 * an integer is a 400 validation problem) and writes {@code {"total": n, "items": [...]}}.
 *
 * @param skip items to leave out
 * @param take the most items to return
 */
record Paging(int skip, int take) {

	static Paging from(ApiRequest request, int defaultTake) {
		Map<String, List<String>> query = request.queryParameters();
		int skip = integer(query, "skip", 0);
		int take = integer(query, "take", defaultTake);
		if (skip < 0 || take < 0) {
			throw new ResponseException(ApiResponse.problem(400, "Invalid paging",
					"Both skip and take must be zero or greater.", null));
		}
		return new Paging(skip, take);
	}

	<T> ObjectNode page(List<T> all, Function<T, ObjectNode> writer) {
		ObjectNode page = Json.object();
		page.put("total", (long) all.size());
		ArrayNode items = page.putArray("items");
		all.stream().skip(this.skip).limit(this.take).map(writer).forEach(items::add);
		return page;
	}

	private static int integer(Map<String, List<String>> query, String name, int defaultValue) {
		List<String> values = query.get(name);
		if (values == null || values.isEmpty() || values.get(0).isEmpty()) {
			return defaultValue;
		}
		String value = values.get(0);
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new ResponseException(validationProblem(name, value));
		}
	}

	/** ASP.NET's model-binding failure body: a ProblemDetails with an {@code errors} map. */
	private static ApiResponse validationProblem(String name, String value) {
		ObjectNode body = Json.object();
		body.put("type", "https://tools.ietf.org/html/rfc9110#section-15.5.1");
		body.put("title", "One or more validation errors occurred.");
		body.put("status", 400);
		body.putObject("errors").putArray(name).add("The value '" + value + "' is not valid.");
		return new ApiResponse(400, Map.of("Content-Type", ApiResponse.PROBLEM_JSON), Json.bytes(body));
	}
}
