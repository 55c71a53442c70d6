package org.sojourn.cluster;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for what another process brings about (a node's job executor, a node starting): polls the condition until it
 * holds, and fails when the deadline passes first. Nothing here waits a fixed time.
 */
final class Eventually {

	private static final Duration POLL = Duration.ofMillis(250);

	private Eventually() {
	}

	static void holds(String what, Duration within, BooleanSupplier condition) {
		long deadline = System.nanoTime() + within.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Not within %s: %s", within, what);
			}
			try {
				Thread.sleep(POLL.toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

}
