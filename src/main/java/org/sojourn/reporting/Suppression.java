package org.sojourn.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Small-cell suppression of the counts of one question, so that no client can be singled out. A count from 1 to k-1
 * is shown as "&lt;k". When that hides exactly one count, it could be derived from the total, so the smallest other
 * non-zero count is hidden too. Zero stays visible.
 */
final class Suppression {

	private Suppression() {
	}

	/** The counts as they may be shown, in the same order. */
	static List<String> apply(List<Long> counts, int minimumCellSize) {
		if (minimumCellSize < 1) {
			throw new IllegalArgumentException("The minimum cell size must be at least 1: " + minimumCellSize);
		}
		boolean[] hidden = new boolean[counts.size()];
		int hiddenCount = 0;
		for (int i = 0; i < counts.size(); i++) {
			if (counts.get(i) > 0 && counts.get(i) < minimumCellSize) {
				hidden[i] = true;
				hiddenCount++;
			}
		}
		if (hiddenCount == 1) {
			IntStream.range(0, counts.size())
				.filter(i -> !hidden[i] && counts.get(i) > 0)
				.boxed()
				.min(Comparator.comparingLong(counts::get))
				.ifPresent(i -> hidden[i] = true);
		}
		List<String> shown = new ArrayList<>(counts.size());
		for (int i = 0; i < counts.size(); i++) {
			shown.add(hidden[i] ? "<" + minimumCellSize : String.valueOf(counts.get(i)));
		}
		return shown;
	}

}
