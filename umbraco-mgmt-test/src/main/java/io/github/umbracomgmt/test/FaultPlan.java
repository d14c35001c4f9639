package io.github.umbracomgmt.test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * The failures a test asked for. One-shot faults ({@code failNext},
 * {@code resetConnectionNext}) share one queue so they strike in the order they were
 * requested; path faults last until cleared; malformed JSON waits for the next successful
 * JSON response, whatever the requests in between.
 */
final class FaultPlan {

	/** What to do to one API request instead of answering it normally. */
	sealed interface Fault {

		/** Answer with this status (and extra headers) without running the handler. */
		record Fail(int status, Map<String, String> headers) implements Fault {
		}

		/** Close the connection without a response. */
		record Reset() implements Fault {
		}

	}

	private record Batch(Fault fault, int remaining) {
	}

	private final Deque<Batch> queued = new ArrayDeque<>();

	private final Map<String, Integer> pathFaults = new ConcurrentHashMap<>();

	private final AtomicInteger malformed = new AtomicInteger();

	private final Deque<Batch> tokenFailures = new ArrayDeque<>();

	private volatile Duration apiLatency = Duration.ZERO;

	private volatile Duration tokenLatency = Duration.ZERO;

	private volatile Duration revocationLatency = Duration.ZERO;

	synchronized void enqueue(Fault fault, int count) {
		if (count < 0) {
			throw new IllegalArgumentException("count must not be negative, but was " + count);
		}
		if (count > 0) {
			this.queued.addLast(new Batch(fault, count));
		}
	}

	/**
	 * @return the fault for the request now arriving, or {@code null}
	 */
	synchronized @Nullable Fault next() {
		Batch batch = this.queued.pollFirst();
		if (batch == null) {
			return null;
		}
		if (batch.remaining > 1) {
			this.queued.addFirst(new Batch(batch.fault, batch.remaining - 1));
		}
		return batch.fault;
	}

	synchronized void failTokenNext(int count, int status) {
		if (count < 0) {
			throw new IllegalArgumentException("count must not be negative, but was " + count);
		}
		if (count > 0) {
			this.tokenFailures.addLast(new Batch(new Fault.Fail(status, Map.of()), count));
		}
	}

	/**
	 * @return the status the token request now arriving must fail with, or {@code null}
	 */
	synchronized Integer nextTokenFailure() {
		Batch batch = this.tokenFailures.pollFirst();
		if (batch == null) {
			return null;
		}
		if (batch.remaining > 1) {
			this.tokenFailures.addFirst(new Batch(batch.fault, batch.remaining - 1));
		}
		return ((Fault.Fail) batch.fault).status();
	}

	void failPath(String path, int status) {
		this.pathFaults.put(Objects.requireNonNull(path, "path"), status);
	}

	@Nullable Integer pathFault(String path) {
		return this.pathFaults.get(path);
	}

	void malformedNext(int count) {
		if (count < 0) {
			throw new IllegalArgumentException("count must not be negative, but was " + count);
		}
		this.malformed.addAndGet(count);
	}

	/** Takes one malformed-JSON credit if any is left. */
	boolean takeMalformed() {
		return this.malformed.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
	}

	Duration apiLatency() {
		return this.apiLatency;
	}

	void setApiLatency(Duration latency) {
		this.apiLatency = checkLatency(latency);
	}

	Duration tokenLatency() {
		return this.tokenLatency;
	}

	void setTokenLatency(Duration latency) {
		this.tokenLatency = checkLatency(latency);
	}

	Duration revocationLatency() {
		return this.revocationLatency;
	}

	void setRevocationLatency(Duration latency) {
		this.revocationLatency = checkLatency(latency);
	}

	synchronized void clear() {
		this.queued.clear();
		this.tokenFailures.clear();
		this.pathFaults.clear();
		this.malformed.set(0);
		this.apiLatency = Duration.ZERO;
		this.tokenLatency = Duration.ZERO;
		this.revocationLatency = Duration.ZERO;
	}

	private static Duration checkLatency(Duration latency) {
		Objects.requireNonNull(latency, "latency");
		if (latency.isNegative()) {
			throw new IllegalArgumentException("Latency must not be negative, but was " + latency);
		}
		return latency;
	}

}
