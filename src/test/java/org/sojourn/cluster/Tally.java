package org.sojourn.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What the nodes answered, counted over every request of the driver. */
final class Tally {

	final Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();

	final AtomicInteger noAnswers = new AtomicInteger();

	/** Task completions a node had under way when it was killed, which it left unanswered. */
	final AtomicInteger completionsUnansweredAtKill = new AtomicInteger();

	final AtomicInteger foundDoneOnRetry = new AtomicInteger();

	/** Refusals and server errors answered to retries after a crash: the losing side of the crash's own race. */
	final List<String> raceAnswers = Collections.synchronizedList(new ArrayList<>());

	/** Answers no plan allows: every one is a failure of the test. */
	final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());

	void answered(int status) {
		answers.computeIfAbsent(status, code -> new AtomicInteger()).incrementAndGet();
	}

	void noAnswer(boolean completionInFlightAtKill) {
		noAnswers.incrementAndGet();
		if (completionInFlightAtKill) {
			completionsUnansweredAtKill.incrementAndGet();
		}
	}

	long serverErrors() {
		return answers.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(e -> e.getValue().get()).sum();
	}

	@Override
	public String toString() {
		return String.join(", ", "answers by status " + new TreeMap<>(answers), "server errors " + serverErrors(),
				"no answer " + noAnswers + " (completions under way at the kill " + completionsUnansweredAtKill + ")",
				"retries that found the act done " + foundDoneOnRetry, "answers to retries " + raceAnswers,
				"unexpected " + unexpected.size());
	}

}
