package org.sojourn.bench.driver;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** One way of driving sessions through their lifecycle on one server, and what was measured of it. */
abstract class Side {

	final String label;

	final App app;

	final String database;

	final AtomicInteger completions = new AtomicInteger();

	final AtomicLong wallNanos = new AtomicLong();

	final AtomicLong cpuMillis = new AtomicLong();

	final AtomicLong statements = new AtomicLong();

	final AtomicLong transactionControl = new AtomicLong();

	final Latencies completion = new Latencies();

	/** Finding the next task: the user's task list as this side offers it. */
	final Latencies lookup = new Latencies();

	/** Why this side could not be driven to the end, or null. */
	volatile String failure;

	Side(String label, App app, String database) {
		this.label = label;
		this.app = app;
		this.database = database;
	}

	/** Opens one session and completes every task of it, as driver number {@code driver}. */
	abstract void driveSession(int driver);

	/** Records one completion's latency. */
	void completed(Http.Reply reply) {
		completion.add(reply.nanos());
		completions.incrementAndGet();
	}

	double completionsPerSecond() {
		return completions.get() / (wallNanos.get() / 1e9);
	}

	double cpuPerCompletion() {
		return (double) cpuMillis.get() / completions.get();
	}

	double statementsPerCompletion() {
		return (double) statements.get() / completions.get();
	}

	double transactionControlPerCompletion() {
		return (double) transactionControl.get() / completions.get();
	}

}
