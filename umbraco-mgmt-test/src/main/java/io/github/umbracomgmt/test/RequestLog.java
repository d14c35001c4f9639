package io.github.umbracomgmt.test;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything the server received and the counters tests assert on. Counters are kept
 * apart from the request list so a benchmark's assertions stay cheap however many
 * requests it made.
 */
final class RequestLog {

	/**
	 * Most recent requests only, so a long benchmark or soak run does not grow the heap
	 * without bound.
	 */
	static final int MAX_RECORDED = 10_000;

	private final ArrayDeque<RecordedRequest> requests = new ArrayDeque<>();

	private final AtomicInteger tokenRequests = new AtomicInteger();

	private final Map<TokenOutcome, AtomicInteger> tokenOutcomes = new EnumMap<>(TokenOutcome.class);

	private final AtomicInteger revocations = new AtomicInteger();

	private final AtomicInteger apiRequests = new AtomicInteger();

	private final Map<String, AtomicInteger> apiRequestsByRoute = new ConcurrentHashMap<>();

	RequestLog() {
		for (TokenOutcome outcome : TokenOutcome.values()) {
			this.tokenOutcomes.put(outcome, new AtomicInteger());
		}
	}

	void record(RecordedRequest request) {
		synchronized (this.requests) {
			if (this.requests.size() == MAX_RECORDED) {
				this.requests.removeFirst();
			}
			this.requests.addLast(request);
		}
	}

	void tokenRequest() {
		this.tokenRequests.incrementAndGet();
	}

	void tokenOutcome(TokenOutcome outcome) {
		this.tokenOutcomes.get(outcome).incrementAndGet();
	}

	void revocation() {
		this.revocations.incrementAndGet();
	}

	void apiRequest(String method, String path) {
		this.apiRequests.incrementAndGet();
		this.apiRequestsByRoute.computeIfAbsent(key(method, path), key -> new AtomicInteger()).incrementAndGet();
	}

	List<RecordedRequest> requests() {
		synchronized (this.requests) {
			return List.copyOf(this.requests);
		}
	}

	int tokenRequests() {
		return this.tokenRequests.get();
	}

	int tokenRequests(TokenOutcome outcome) {
		return this.tokenOutcomes.get(outcome).get();
	}

	int revocations() {
		return this.revocations.get();
	}

	int apiRequests() {
		return this.apiRequests.get();
	}

	int apiRequests(String method, String path) {
		AtomicInteger count = this.apiRequestsByRoute.get(key(method, path));
		return (count != null) ? count.get() : 0;
	}

	void reset() {
		synchronized (this.requests) {
			this.requests.clear();
		}
		this.tokenRequests.set(0);
		this.tokenOutcomes.values().forEach(count -> count.set(0));
		this.revocations.set(0);
		this.apiRequests.set(0);
		this.apiRequestsByRoute.clear();
	}

	private static String key(String method, String path) {
		return method.toUpperCase(Locale.ROOT) + " " + path;
	}

}
