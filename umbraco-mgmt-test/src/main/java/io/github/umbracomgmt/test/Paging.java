package io.github.umbracomgmt.test;

import java.util.List;
import java.util.function.Function;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Umbraco's {@code skip}/{@code take} paging: reads the query the way ASP.NET model
 * binding does (a value that is not an integer is a 400 validation problem) and writes
 * {@code {"total": n, "items": [...]}}.
 *
 * @param skip items to leave out
 * @param take the most items to return
 */
record Paging(int skip, int take) {

	/** Umbraco's default {@code take} for every paged operation. */
	static final int DEFAULT_TAKE = 100;

	static Paging from(ApiRequest request) {
		int skip = QueryParams.integer(request, "skip", 0);
		int take = QueryParams.integer(request, "take", DEFAULT_TAKE);
		if (skip < 0 || take < 0) {
			throw Replies.fail(400, "Invalid paging", "Both skip and take must be zero or greater.", null);
		}
		return new Paging(skip, take);
	}

	/**
	 * The {@code 200} with one page of {@code all}, for an operation whose only
	 * parameters are the paging ones.
	 */
	static <T> ApiResponse respond(ApiRequest request, List<T> all, Function<T, ObjectNode> writer) {
		return ApiResponse.json(200, from(request).page(all, writer));
	}

	<T> ObjectNode page(List<T> all, Function<T, ObjectNode> writer) {
		ObjectNode page = Json.object();
		page.put("total", (long) all.size());
		ArrayNode items = page.putArray("items");
		all.stream().skip(this.skip).limit(this.take).map(writer).forEach(items::add);
		return page;
	}
}
