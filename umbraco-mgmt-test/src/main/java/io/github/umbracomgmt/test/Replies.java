package io.github.umbracomgmt.test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answers every resource group shares: {@code 201} with the new resource in
 * {@code Umb-Generated-Resource} and {@code Location}, {@code 200} with an
 * {@code Umb-Notifications} header, Umbraco's ProblemDetails for a missing resource, a
 * broken rule or a clash, and the item arrays of {@code /item/...}.
 */
final class Replies {

	/** The notification category of most groups. */
	static final String SUCCESS = "Success";

	private Replies() {
	}

	/**
	 * {@code 201} with an empty body and no notification, as the media groups answer.
	 * @param relativePath the new resource's path below
	 * {@code /umbraco/management/api/v1}, e.g. {@code /media/<id>}
	 */
	static ApiResponse created(String relativePath, Object resource) {
		return createdAt(Dispatcher.API_ROOT + relativePath, resource.toString(), null);
	}

	/**
	 * {@code 201} with an empty body and a success notification, as Umbraco's
	 * {@code CreatedAtId} answers.
	 * @param relativePath the new resource's path below
	 * {@code /umbraco/management/api/v1}, e.g. {@code /template/<id>}
	 * @param resource what {@code Umb-Generated-Resource} names: an id, or an ISO code
	 * for languages
	 * @param message the success notification
	 */
	static ApiResponse created(String relativePath, Object resource, String message) {
		return createdAt(Dispatcher.API_ROOT + relativePath, resource.toString(), notifications(message, SUCCESS));
	}

	/**
	 * {@code 201} with an empty body.
	 * @param location the {@code Location} header, relative or absolute
	 * @param notifications the {@code Umb-Notifications} header, or {@code null} for none
	 */
	static ApiResponse createdAt(String location, String resource, String notifications) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Umb-Generated-Resource", resource);
		headers.put("Location", location);
		if (notifications != null) {
			headers.put("Umb-Notifications", notifications);
		}
		return new ApiResponse(201, headers, new byte[0]);
	}

	/**
	 * {@code 200} with an empty body and a success notification, as updates, deletes and
	 * moves answer.
	 */
	static ApiResponse ok(String message) {
		return ok(message, SUCCESS);
	}

	static ApiResponse ok(String message, String category) {
		return ApiResponse.empty(200).withHeader("Umb-Notifications", notifications(message, category));
	}

	/**
	 * The {@code NotificationHeaderModel} array with one success notification; ASCII
	 * only, since a header value cannot carry raw UTF-8 safely, so names in the message
	 * are escaped as JSON {@code \\uXXXX}.
	 */
	static String notifications(String message, String category) {
		ArrayNode array = Json.array();
		array.addObject().put("message", message).put("category", category).put("type", "Success");
		String json = new String(Json.bytes(array), StandardCharsets.UTF_8);
		StringBuilder ascii = new StringBuilder(json.length());
		for (char c : json.toCharArray()) {
			if (c < 0x20 || c > 0x7e) {
				ascii.append(String.format("\\u%04x", (int) c));
			}
			else {
				ascii.append(c);
			}
		}
		return ascii.toString();
	}

	/** Stops a handler with Umbraco's ProblemDetails. */
	static ResponseException fail(int status, String title, String detail, String operationStatus) {
		return new ResponseException(ApiResponse.problem(status, title, detail, operationStatus));
	}

	/** A {@code 404} whose detail repeats its title. */
	static ApiResponse notFound(String title, String operationStatus) {
		return ApiResponse.problem(404, title, title + ".", operationStatus);
	}

	static ApiResponse badRequest(String title, String detail, String operationStatus) {
		return ApiResponse.problem(400, title, detail, operationStatus);
	}

	/**
	 * The answer to a create whose caller-chosen id (or unique name) is already taken.
	 */
	static ApiResponse conflict(String title, String detail, String operationStatus) {
		return ApiResponse.problem(409, title, detail, operationStatus);
	}

	// the operation statuses documents, media and their types share

	/** {@code InTrash}: the operation needs content outside the recycle bin. */
	static ResponseException inTrash() {
		return fail(400, "Content is in the recycle bin",
				"Could not perform the operation because the targeted content was in the recycle bin.", "InTrash");
	}

	/** {@code NotInTrash}: the operation needs content in the recycle bin. */
	static ResponseException notInTrash() {
		return fail(400, "Content is not in the recycle bin",
				"The attempted operation requires the targeted content to be in the recycle bin.", "NotInTrash");
	}

	/** {@code ParentInvalid}: content cannot move below itself. */
	static ResponseException parentInvalid() {
		return fail(400, "Invalid parent", "The targeted parent was not valid for the operation.", "ParentInvalid");
	}

	/**
	 * {@code NotAllowed}: the content type's rules or a built-in forbid the operation.
	 */
	static ResponseException notAllowed() {
		return fail(400, "Operation not permitted",
				"The attempted operation was not permitted, likely due to a permission/configuration mismatch with "
						+ "the operation.",
				"NotAllowed");
	}

	/**
	 * An {@code /item/...} answer: a JSON array with an item per id asked for, in that
	 * order; ids that find nothing are left out, as Umbraco does.
	 * @param find the entity with an id, if there is one
	 */
	static <T> ApiResponse items(Iterable<UUID> ids, Function<UUID, Optional<T>> find, Function<T, ObjectNode> writer) {
		ArrayNode items = Json.array();
		for (UUID id : ids) {
			find.apply(id).ifPresent(found -> items.add(writer.apply(found)));
		}
		return ApiResponse.json(200, items);
	}

}
