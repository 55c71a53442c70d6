package org.sojourn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sojourn.FuzzCases.Case;
import org.sojourn.FuzzCases.Operation;
import org.sojourn.SojournHttp.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every operation of the API's OpenAPI description, sent many times over real HTTP with one thing wrong at a time
 * (see {@link FuzzCases}), as a facilitator, a center administrator, an invited facilitator and an operator. No
 * answer may be a 5xx, every refusal must be a problem detail, and after every refusal Sojourn's tables and the
 * engine's runtime state must be as they were (the audit trail may only have gained entries with the refusal's
 * status). The run is seeded: {@code -Dsojourn.fuzz.seed=N} replays a run, {@code -Dsojourn.fuzz.rounds=N} makes it
 * longer; the seed is printed first.
 */
@SojournTest
class ApiFuzzTests {

	/** Fixed so that the suite is repeatable; another seed explores other requests. */
	private static final long SEED = Long.getLong("sojourn.fuzz.seed", 20_261_201L);

	/** Requests per operation; each round of the operations gets fresh records. */
	private static final int ROUNDS = Integer.getInteger("sojourn.fuzz.rounds", 4);

	private static final Pattern UUID_SEGMENT = Pattern
		.compile("(?<=/)[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?=/|$)");

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private DataSource dataSource;

	@Test
	void noRequestAnswersAServerErrorAndEveryRefusalLeavesEverythingAsItWas() throws Exception {
		System.out.printf("API fuzz: seed %d, %d rounds (replay with -Dsojourn.fuzz.seed=%d)%n", SEED, ROUNDS, SEED);
		SojournHttp http = SojournHttp.onPort(port);
		Reply description = http.anonymous().get("/api/openapi");
		assertThat(description.status()).isEqualTo(200);
		JsonNode openApi = new ObjectMapper().readTree(description.body());
		List<Operation> operations = FuzzCases.operations(openApi);
		assertThat(operations).hasSizeGreaterThan(40);
		Random random = new Random(SEED);
		FuzzCases cases = new FuzzCases(openApi, random);
		List<String> failures = new ArrayList<>();
		int requests = 0;
		int refusals = 0;
		Instant started = Instant.now();
		Duration building = Duration.ZERO;
		Duration snapshots = Duration.ZERO;
		for (int round = 0; round < ROUNDS; round++) {
			Instant build = Instant.now();
			FuzzWorld world = new FuzzWorld(fixtures, http);
			building = building.plus(Duration.between(build, Instant.now()));
			StoredState before = StoredState.of(dataSource);
			for (Operation operation : operations) {
				Case request = cases.next(operation, world);
				Instant sent = Instant.now();
				Reply reply = http.basic(request.user().username())
					.raw(request.method(), request.path(), request.headers(), request.body());
				requests++;
				Instant snapshot = Instant.now();
				StoredState after = StoredState.of(dataSource);
				snapshots = snapshots.plus(Duration.between(snapshot, Instant.now()));
				String failure = check(request, reply, before, after, sent);
				if (failure != null) {
					failures.add(failure);
				}
				if (reply.status() >= 400) {
					refusals++;
				}
				before = after;
			}
		}
		System.out.printf("API fuzz: %d requests (%d refused) to %d operations in %d s (records %d s, snapshots %d s), "
				+ "%d failures%n", requests, refusals, operations.size(),
				Duration.between(started, Instant.now()).toSeconds(), building.toSeconds(), snapshots.toSeconds(),
				failures.size());
		assertThat(failures).as("requests answered wrongly (seed %d)", SEED).isEmpty();
	}

	/** What is wrong with the answer, or null. */
	private String check(Case request, Reply reply, StoredState before, StoredState after, Instant sent) {
		String what = request.describe() + "\n    -> " + reply.status() + " "
				+ reply.body().substring(0, Math.min(300, reply.body().length()));
		if (reply.status() >= 500) {
			return "server error: " + what;
		}
		if (reply.status() < 400) {
			return null;
		}
		if (!reply.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
			return "refusal that is no problem detail: " + what;
		}
		if (!after.sameAs(before)) {
			return "refused after writing: " + what;
		}
		// Entries of this request only: the entry of the one before may be written just after its answer went out.
		List<StoredState.AuditRow> audited = StoredState.auditSince(dataSource, sent)
			.stream()
			.filter(row -> row.actor().equals(request.user().username()) && isOf(request, row.what()))
			.toList();
		if (!audited.stream().allMatch(row -> row.outcome().equals(String.valueOf(reply.status())))) {
			return "audited as " + audited + ": " + what;
		}
		return null;
	}

	/** Whether an audit entry's description is that of the request (its method and path, ids as {id}). */
	private static boolean isOf(Case request, String what) {
		String path = request.path().replaceFirst("\\?.*$", "");
		String pattern = request.method() + " " + UUID_SEGMENT.matcher(path).replaceAll("{id}");
		return what.equals(pattern) || (what.equals("audit trail viewed") && path.endsWith("/audit"));
	}

}
