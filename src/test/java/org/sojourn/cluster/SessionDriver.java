package org.sojourn.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.sojourn.SojournHttp.Reply;

/**
 * Drives sessions through their plans over Sojourn's API on one or more nodes, as their people would: each act is
 * sent once, to the next node in turn. An act that gets no answer (its node died) is sent again to another node, as
 * a client retries; the retry first reads the session record, since the lost answer may have been a success. Only
 * then may an answer be a 409 or 5xx of the race that the crash itself caused; any other answer than the plan's is
 * {@linkplain Tally#unexpected unexpected}, and the session is driven no further.
 */
final class SessionDriver implements AutoCloseable {

	private static final int ATTEMPTS = 5;

	private final List<SojournNode> nodes;

	private final Practice practice;

	private final ExecutorService pool;

	private final Tally tally = new Tally();

	/** Task completions each node has under way. */
	private final Map<SojournNode, AtomicInteger> inFlight = new ConcurrentHashMap<>();

	private final Map<SojournNode, Long> killedAt = new ConcurrentHashMap<>();

	SessionDriver(List<SojournNode> nodes, Practice practice, int threads) {
		this.nodes = List.copyOf(nodes);
		this.practice = practice;
		this.pool = Executors.newFixedThreadPool(threads);
		nodes.forEach(node -> inFlight.put(node, new AtomicInteger()));
	}

	Tally tally() {
		return tally;
	}

	/** A new client of one of the practice's facilitators and a session for them, with the center when the plan says. */
	DrivenSession open(Plan plan, int index) {
		String facilitator = practice.facilitators.get(index % practice.facilitators.size());
		SojournNode node = nodes.get(index % nodes.size());
		Reply client = send(node, facilitator, "POST", "/api/clients",
				Map.of("legalName", "Client " + UUID.randomUUID(), "dateOfBirth", "1985-03-14"));
		assertThat(client.status()).as("%s", client).isEqualTo(201);
		Map<String, Object> session = new HashMap<>(Map.of("clientId", client.json().path("id").asText()));
		if (plan.withCenter) {
			session.put("centerId", practice.center().toString());
		}
		Reply opened = send(nodes.get((index + 1) % nodes.size()), facilitator, "POST", "/api/sessions", session);
		assertThat(opened.status()).as("%s", opened).isEqualTo(201);
		return new DrivenSession(UUID.fromString(opened.json().path("id").asText()), plan, facilitator, index);
	}

	/** Does the next act of every session that has one, all at once; answers how many acts were done. */
	int round(List<DrivenSession> sessions) {
		List<Future<?>> acts = new ArrayList<>();
		for (DrivenSession session : sessions) {
			if (session.hasActToDo()) {
				acts.add(pool.submit(() -> perform(session)));
			}
		}
		for (Future<?> act : acts) {
			try {
				act.get();
			}
			catch (ExecutionException e) {
				throw new IllegalStateException(e.getCause());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		return acts.size();
	}

	/** Rounds until every session did its acts up to its pause. */
	void finish(List<DrivenSession> sessions) {
		while (round(sessions) > 0) {
			// Each round moves every session one act on.
		}
	}

	/** Waits until the node has at least that many completions under way; answers whether it got there in time. */
	boolean awaitCompletionsInFlight(SojournNode node, int completions, Duration within) throws InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		synchronized (inFlight) {
			while (inFlight.get(node).get() < completions) {
				long left = (deadline - System.nanoTime()) / 1_000_000;
				if (left <= 0) {
					return false;
				}
				inFlight.wait(left);
			}
			return true;
		}
	}

	/** Notes that the node is being killed: completions it had under way that now go unanswered were in flight. */
	void killing(SojournNode node) {
		killedAt.put(node, System.nanoTime());
	}

	/** The session's record as its facilitator reads it, from the first node that is up. */
	JsonNode record(DrivenSession session) {
		SojournNode node = nodes.stream().filter(SojournNode::isUp).findFirst().orElseThrow();
		Reply reply = send(node, session.facilitator, "GET", "/api/sessions/" + session.id, null);
		assertThat(reply.status()).as("%s", reply).isEqualTo(200);
		return reply.json();
	}

	private void perform(DrivenSession session) {
		Plan.Act act = session.nextAct();
		SojournNode node = nodes.get((session.index + session.done) % nodes.size());
		boolean retry = false;
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			node = upFrom(node);
			try {
				if (attempt(session, act, node, retry)) {
					tally.foundDoneOnRetry.incrementAndGet();
				}
				session.done++;
				return;
			}
			catch (NoAnswer e) {
				tally.noAnswer(e.completionInFlightAtKill);
			}
			catch (RaceAnswer e) {
				tally.raceAnswers.add(e.getMessage());
			}
			catch (Unexpected e) {
				session.broken = e.getMessage();
				tally.unexpected.add(session + ": " + e.getMessage());
				return;
			}
			retry = true;
			node = nodes.get((nodes.indexOf(node) + 1) % nodes.size());
		}
		session.broken = "no answer after " + ATTEMPTS + " attempts";
		tally.unexpected.add(session + ": " + session.broken);
	}

	/**
	 * One attempt at the act on the node; answers true when a retry found it done already. A retry first reads the
	 * record, since the lost answer may have been a success.
	 */
	private boolean attempt(DrivenSession session, Plan.Act act, SojournNode node, boolean retry) {
		String user = actor(session, act);
		JsonNode record = null;
		if (retry || act instanceof Plan.Act.Complete) {
			record = readRecord(session, node, user, retry);
			if (retry && isDone(session, act, record)) {
				return true;
			}
		}
		Reply reply;
		if (act instanceof Plan.Act.Complete complete) {
			reply = send(node, user, "POST", "/api/tasks/" + openTask(record, complete.step()) + "/completion",
					Map.of("data", complete.data().get()));
		}
		else if (act instanceof Plan.Act.Cancel cancel) {
			reply = send(node, user, "POST", "/api/sessions/" + session.id + "/cancellation",
					Map.of("kind", cancel.kind(), "reason", "Stopped by the cluster test"));
		}
		else {
			reply = send(node, user, "PUT", "/api/sessions/" + session.id + "/center",
					Map.of("centerId", practice.center().toString()));
		}
		if (reply.status() / 100 == 2) {
			return false;
		}
		throw retry ? new RaceAnswer(reply) : new Unexpected(reply.toString());
	}

	private JsonNode readRecord(DrivenSession session, SojournNode node, String user, boolean retry) {
		Reply reply = send(node, user, "GET", "/api/sessions/" + session.id, null);
		if (reply.status() == 200) {
			return reply.json();
		}
		throw retry && reply.status() >= 500 ? new RaceAnswer(reply) : new Unexpected(reply.toString());
	}

	/** Whether the record shows the act's effect: one more form of the step, the status, the center. */
	private boolean isDone(DrivenSession session, Plan.Act act, JsonNode record) {
		if (act instanceof Plan.Act.Complete complete) {
			long before = session.plan.formSteps(session.done).stream().filter(complete.step()::equals).count();
			return forms(record, complete.step()) > before;
		}
		if (act instanceof Plan.Act.Cancel) {
			return !record.path("session").path("status").asText().equals("ACTIVE");
		}
		return record.path("session").path("centerId").asText().equals(practice.center().toString());
	}

	private static long forms(JsonNode record, String step) {
		long count = 0;
		for (JsonNode form : record.path("forms")) {
			if (form.path("step").asText().equals(step)) {
				count++;
			}
		}
		return count;
	}

	private static String openTask(JsonNode record, String step) {
		for (JsonNode task : record.path("openTasks")) {
			if (task.path("step").asText().equals(step)) {
				return task.path("id").asText();
			}
		}
		throw new Unexpected("no open task " + step + "; the record's open tasks: " + record.path("openTasks"));
	}

	private String actor(DrivenSession session, Plan.Act act) {
		Plan.Role role = act instanceof Plan.Act.Complete complete ? complete.role()
				: act instanceof Plan.Act.Cancel cancel ? cancel.role() : Plan.Role.FACILITATOR;
		boolean center = role == Plan.Role.CENTER_ADMINISTRATOR;
		// The center's administrators take its tasks in turn, as a center's staff shares them.
		return center ? practice.administrators.get((session.index + session.done) % practice.administrators.size())
				: session.facilitator;
	}

	private SojournNode upFrom(SojournNode preferred) {
		for (int i = 0; i < nodes.size(); i++) {
			SojournNode node = nodes.get((nodes.indexOf(preferred) + i) % nodes.size());
			if (node.isUp()) {
				return node;
			}
		}
		return preferred;
	}

	private Reply send(SojournNode node, String user, String method, String path, Object body) {
		boolean completion = path.endsWith("/completion");
		AtomicInteger underWay = completion ? inFlight.get(node) : new AtomicInteger();
		long started = System.nanoTime();
		synchronized (inFlight) {
			underWay.incrementAndGet();
			inFlight.notifyAll();
		}
		try {
			Reply reply = node.as(user, Practice.PASSWORD).send(method, path, body);
			tally.answered(reply.status());
			return reply;
		}
		catch (UncheckedIOException e) {
			Long killed = killedAt.get(node);
			throw new NoAnswer(completion && killed != null && started < killed);
		}
		finally {
			underWay.decrementAndGet();
		}
	}

	@Override
	public void close() {
		pool.shutdownNow();
	}

	/** The node gave no answer: it died, or was not listening. */
	private static final class NoAnswer extends RuntimeException {

		final boolean completionInFlightAtKill;

		NoAnswer(boolean completionInFlightAtKill) {
			super(null, null, false, false);
			this.completionInFlightAtKill = completionInFlightAtKill;
		}

	}

	/** A refusal or server error answered to a retry: the act is tried again, after reading the record. */
	private static final class RaceAnswer extends RuntimeException {

		RaceAnswer(Reply reply) {
			super(reply.toString(), null, false, false);
		}

	}

	private static final class Unexpected extends RuntimeException {

		Unexpected(String message) {
			super(message, null, false, false);
		}

	}

}
