package org.sojourn.bench.driver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations of one kind of request, in milliseconds; thread-safe. */
final class Latencies {

	private final List<Double> millis = new ArrayList<>();

	synchronized void add(long nanos) {
		millis.add(nanos / 1e6);
	}

	synchronized int count() {
		return millis.size();
	}

	/** The p-th percentile (nearest rank), or NaN when nothing was measured. */
	synchronized double percentile(double p) {
		if (millis.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
	}

	String p50p95() {
		return "%.1f / %.1f".formatted(percentile(50), percentile(95));
	}

}
