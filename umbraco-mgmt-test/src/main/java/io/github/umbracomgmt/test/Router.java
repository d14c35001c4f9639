package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Matches Management API paths to handlers the way ASP.NET routing does for Umbraco:
 * literal segments compare case-insensitively, a trailing slash is ignored, and a
 * {@code {name:uuid}} segment only matches a GUID, so {@code /user/not-a-guid} finds no
 * route and answers 404 rather than 400.
 *
 * <p>
 * Patterns are relative to {@code /umbraco/management/api/v1}. Resource groups add their
 * routes through {@link ResourceGroup}, so a new group never touches the dispatcher.
 */
final class Router {

	private static final Pattern UUID_PATTERN = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final List<Route> routes = new CopyOnWriteArrayList<>();

	/**
	 * Handles one matched request; path variables are already checked against their
	 * constraints.
	 */
	@FunctionalInterface
	interface Handler {

		ApiResponse handle(ApiRequest request, Map<String, String> pathVariables);

	}

	/**
	 * Whether a route needs a bearer token; the default, as almost every Management API
	 * operation does.
	 */
	enum Access {

		AUTHENTICATED, ANONYMOUS

	}

	Router get(String pattern, Handler handler) {
		return add("GET", pattern, Access.AUTHENTICATED, handler);
	}

	Router post(String pattern, Handler handler) {
		return add("POST", pattern, Access.AUTHENTICATED, handler);
	}

	Router put(String pattern, Handler handler) {
		return add("PUT", pattern, Access.AUTHENTICATED, handler);
	}

	Router delete(String pattern, Handler handler) {
		return add("DELETE", pattern, Access.AUTHENTICATED, handler);
	}

	Router add(String method, String pattern, Access access, Handler handler) {
		this.routes.add(new Route(method, segments(pattern), access, handler));
		return this;
	}

	Resolution resolve(String method, String relativePath) {
		List<String> pathSegments = segments(relativePath);
		Set<String> allowed = new TreeSet<>();
		for (Route route : this.routes) {
			Map<String, String> variables = route.match(pathSegments);
			if (variables == null) {
				continue;
			}
			if (route.method.equals(method)) {
				return new Resolution.Matched(route.access, route.handler, variables);
			}
			allowed.add(route.method);
		}
		return allowed.isEmpty() ? new Resolution.NotFound() : new Resolution.MethodNotAllowed(allowed);
	}

	/**
	 * The {@code {id:uuid}} path variable, which the router only matched because it is a
	 * GUID.
	 */
	static UUID id(Map<String, String> pathVariables) {
		return UUID.fromString(pathVariables.get("id"));
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

	/** What a path resolved to. */
	sealed interface Resolution {

		/** A route matched path and method. */
		record Matched(Access access, Handler handler, Map<String, String> pathVariables) implements Resolution {
		}

		/** The path exists but not for this method. */
		record MethodNotAllowed(Set<String> allowedMethods) implements Resolution {
		}

		/** No route has this path. */
		record NotFound() implements Resolution {
		}

	}

	private record Route(String method, List<String> pattern, Access access, Handler handler) {

		/**
		 * @return the path variables, or {@code null} when the path does not match
		 */
		Map<String, String> match(List<String> path) {
			if (path.size() != this.pattern.size()) {
				return null;
			}
			Map<String, String> variables = new LinkedHashMap<>();
			for (int i = 0; i < path.size(); i++) {
				String expected = this.pattern.get(i);
				String actual = path.get(i);
				if (expected.startsWith("{") && expected.endsWith("}")) {
					String[] nameAndConstraint = expected.substring(1, expected.length() - 1).split(":", 2);
					if (nameAndConstraint.length == 2 && nameAndConstraint[1].equals("uuid")
							&& !UUID_PATTERN.matcher(actual).matches()) {
						return null;
					}
					variables.put(nameAndConstraint[0], actual);
				}
				else if (!expected.equalsIgnoreCase(actual)) {
					return null;
				}
			}
			return variables;
		}

	}

}
