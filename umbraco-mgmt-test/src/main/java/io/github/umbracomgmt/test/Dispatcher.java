package io.github.umbracomgmt.test;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what the fake answers to one request, in the order a real deployment would:
 * token and revocation endpoints first; then, for the Management API, injected
 * infrastructure faults (they strike before Umbraco's own authentication, as a proxy or
 * rate limiter would), the server version's routes (an operation the version lacks is an
 * empty 404, as ASP.NET answers an unknown route), bearer-token validation, routing and
 * the handler.
 *
 * <p>
 * Logs at DEBUG only, and never a header, body, secret or token.
 */
final class Dispatcher {

	static final String API_ROOT = "/umbraco/management/api/v1";

	static final String TOKEN_PATH = API_ROOT + "/security/back-office/token";

	static final String REVOKE_PATH = API_ROOT + "/security/back-office/revoke";

	private static final Logger logger = LoggerFactory.getLogger(Dispatcher.class);

	private static final String INVALID_TOKEN = "Bearer error=\"invalid_token\", "
			+ "error_description=\"The specified token is invalid.\"";

	private final RequestLog log;

	private final TokenEndpoint tokenEndpoint;

	private final TokenStore tokens;

	private final UserAccounts accounts;

	private final FaultPlan faults;

	private final Router router;

	private final OperationCatalog catalog;

	private final Supplier<ApiVersion> version;

	Dispatcher(RequestLog log, TokenEndpoint tokenEndpoint, TokenStore tokens, UserAccounts accounts, FaultPlan faults,
			Router router, OperationCatalog catalog, Supplier<ApiVersion> version) {
		this.log = log;
		this.tokenEndpoint = tokenEndpoint;
		this.tokens = tokens;
		this.accounts = accounts;
		this.faults = faults;
		this.router = router;
		this.catalog = catalog;
		this.version = version;
	}

	/** What to send back, and after how long. */
	sealed interface Outcome {

		Duration delay();

		/** Send this response. */
		record Respond(ApiResponse response, Duration delay) implements Outcome {
		}

		/** Close the connection without answering. */
		record Reset(Duration delay) implements Outcome {
		}

	}

	Outcome dispatch(ApiRequest request) {
		this.log.record(request.recorded());
		String path = withoutTrailingSlash(request.path());
		Outcome outcome;
		if (path.equalsIgnoreCase(TOKEN_PATH)) {
			outcome = token(request);
		}
		else if (path.equalsIgnoreCase(REVOKE_PATH)) {
			outcome = revoke(request);
		}
		else if (path.regionMatches(true, 0, API_ROOT, 0, API_ROOT.length())
				&& (path.length() == API_ROOT.length() || path.charAt(API_ROOT.length()) == '/')) {
			outcome = api(request, path.substring(API_ROOT.length()));
		}
		else {
			// Outside the Management API: what ASP.NET answers for an unmatched route.
			outcome = new Outcome.Respond(ApiResponse.empty(404), Duration.ZERO);
		}
		if (logger.isDebugEnabled()) {
			logger.debug("{} {} -> {}", request.method(), request.path(),
					(outcome instanceof Outcome.Respond respond) ? respond.response().status() : "connection reset");
		}
		return outcome;
	}

	private Outcome token(ApiRequest request) {
		Integer failure = "POST".equals(request.method()) ? this.faults.nextTokenFailure() : null;
		if (failure != null) {
			this.log.tokenRequest();
			return new Outcome.Respond(ApiResponse.problem(failure, "Injected by UmbracoTestServer."),
					this.faults.tokenLatency());
		}
		TokenEndpoint.TokenResult result = this.tokenEndpoint.token(request);
		if ("POST".equals(request.method())) {
			this.log.tokenRequest();
			this.log.tokenOutcome(result.outcome());
		}
		return new Outcome.Respond(result.response(), this.faults.tokenLatency());
	}

	private Outcome revoke(ApiRequest request) {
		TokenEndpoint.RevokeResult result = this.tokenEndpoint.revoke(request);
		if (result.revoked()) {
			this.log.revocation();
		}
		return new Outcome.Respond(result.response(), this.faults.revocationLatency());
	}

	private Outcome api(ApiRequest request, String relativePath) {
		this.log.apiRequest(request.method(), request.path());
		Duration latency = this.faults.apiLatency();
		FaultPlan.Fault fault = this.faults.next();
		if (fault instanceof FaultPlan.Fault.Reset) {
			return new Outcome.Reset(latency);
		}
		if (fault instanceof FaultPlan.Fault.Fail fail) {
			return new Outcome.Respond(injectedFailure(fail.status()).withHeaders(fail.headers()), latency);
		}
		Integer pathStatus = this.faults.pathFault(request.path());
		if (pathStatus != null) {
			return new Outcome.Respond(injectedFailure(pathStatus), latency);
		}
		ApiResponse response = existsInThisVersion(request.method(), path(request)) ? route(request, relativePath)
				: ApiResponse.empty(404);
		if (response.isSuccessfulJson() && this.faults.takeMalformed()) {
			response = response.truncated();
		}
		return new Outcome.Respond(response, latency);
	}

	/**
	 * Whether the server's version has the operation. A server without it has no such
	 * route, so ASP.NET answers 404 with an empty body before authentication; operations
	 * the list does not know are routed as usual.
	 */
	private boolean existsInThisVersion(String method, String path) {
		OperationCatalog.Operation operation = this.catalog.find(method, path);
		return operation == null || operation.existsIn(this.version.get());
	}

	private static String path(ApiRequest request) {
		return withoutTrailingSlash(request.path());
	}

	private ApiResponse route(ApiRequest request, String relativePath) {
		Router.Resolution resolution = this.router.resolve(request.method(), relativePath);
		boolean anonymous = resolution instanceof Router.Resolution.Matched matched
				&& matched.access() == Router.Access.ANONYMOUS;
		if (!anonymous) {
			Optional<ApiResponse> unauthorized = authenticate(request);
			if (unauthorized.isPresent()) {
				return unauthorized.get();
			}
		}
		if (resolution instanceof Router.Resolution.Matched matched) {
			try {
				return matched.handler().handle(request, matched.pathVariables());
			}
			catch (ResponseException ex) {
				return ex.response();
			}
		}
		if (resolution instanceof Router.Resolution.MethodNotAllowed notAllowed) {
			return ApiResponse.problem(405, "Method Not Allowed", request.method() + " is not supported here.", null)
				.withHeader("Allow", String.join(", ", notAllowed.allowedMethods()));
		}
		return ApiResponse.problem(404, "Not Found",
				"No Management API operation matches " + request.method() + " " + request.path() + ".", "NotFound");
	}

	/**
	 * A token is valid while it is active and the user it acts as (the API user owning
	 * its client) exists and may sign in, so disabling one API user ends its own tokens
	 * and nobody else's.
	 * @return the 401 to send, or empty when the bearer token is valid
	 */
	private Optional<ApiResponse> authenticate(ApiRequest request) {
		String authorization = request.header("Authorization").orElse("");
		if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.substring(7).isBlank()) {
			return Optional.of(ApiResponse.empty(401).withHeader("WWW-Authenticate", "Bearer"));
		}
		String token = authorization.substring(7).trim();
		if (this.tokens.status(token) != TokenStore.Status.ACTIVE
				|| this.accounts.tokenOwner(token).filter(UserSeed::canAuthenticate).isEmpty()) {
			return Optional.of(invalidToken());
		}
		return Optional.empty();
	}

	/**
	 * What Umbraco answers for a bearer token it does not honour (unknown, expired,
	 * revoked or of a disabled user).
	 */
	static ApiResponse invalidToken() {
		return ApiResponse.empty(401).withHeader("WWW-Authenticate", INVALID_TOKEN);
	}

	/**
	 * An injected failure. 401 looks exactly like a token Umbraco no longer accepts, so
	 * clients' refetch-and-retry paths can be tested; other errors carry a ProblemDetails
	 * body.
	 */
	private static ApiResponse injectedFailure(int status) {
		if (status == 401) {
			return invalidToken();
		}
		return ApiResponse.problem(status, "Injected by UmbracoTestServer.");
	}

	private static String withoutTrailingSlash(String path) {
		return (path.length() > 1 && path.endsWith("/")) ? path.substring(0, path.length() - 1) : path;
	}

	/**
	 * Checks an injected status up front, so a typo fails in the test that made it rather
	 * than on the wire.
	 */
	static int checkFailureStatus(int status) {
		if (status < 400 || status > 599) {
			throw new IllegalArgumentException("An injected failure needs a 4xx or 5xx status, but got " + status);
		}
		return status;
	}

}
