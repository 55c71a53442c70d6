package org.sojourn.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sojourn.SojournHttp.Reply;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The people of a fresh installation and their service center: facilitators, the center's administrators and the
 * first operator (who comes from SOJOURN_OPERATOR_PASSWORD at start-up).
 */
final class Practice {

	static final String PASSWORD = "cluster-test-password";

	/**
	 * Test accounts are hashed at bcrypt's lowest cost: every API request checks the password with HTTP Basic, and
	 * hundreds of them at the default cost would spend the test's minutes hashing. The delegating encoder Sojourn
	 * uses reads the cost from the hash, so these sign in as any other bcrypt hash does.
	 */
	private static final BCryptPasswordEncoder CHEAP_BCRYPT = new BCryptPasswordEncoder(4);

	final String operatorPassword = "operator-" + UUID.randomUUID();

	final List<String> facilitators = new ArrayList<>();

	final List<String> administrators = new ArrayList<>();

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private UUID center;

	Practice(int facilitators, int administrators) {
		for (int i = 1; i <= facilitators; i++) {
			this.facilitators.add("facilitator-" + run + "-" + i);
		}
		for (int i = 1; i <= administrators; i++) {
			this.administrators.add("admin-" + run + "-" + i);
		}
	}

	UUID center() {
		return center;
	}

	/**
	 * Sojourn has no API or page that makes a facilitator's or a center administrator's account: the demo data set
	 * and the first operator are the only accounts it creates itself. So the accounts are inserted as the identity
	 * module stores them (table app.account, app.facilitator for the license; the password hashed by Spring
	 * Security's delegating encoder, bcrypt with its {bcrypt} prefix). Run once Sojourn has created its schema.
	 * Sojourn mirrors them into the engine's identity tables when a center takes them as administrators, and every
	 * account at each start.
	 */
	void createAccounts(ClusterDatabase database) {
		for (String username : facilitators) {
			insertAccount(database, username);
			database.update("insert into app.facilitator (username, license_number) values (?, ?)", username,
					"PSF-" + username);
		}
		administrators.forEach(username -> insertAccount(database, username));
	}

	private static void insertAccount(ClusterDatabase database, String username) {
		database.update("insert into app.account (username, password_hash, display_name, email, operator, enabled, "
				+ "created_at) values (?, ?, ?, ?, false, true, ?)", username, "{bcrypt}" + CHEAP_BCRYPT.encode(PASSWORD),
				"Test " + username, username + "@example.org", Timestamp.from(Instant.now()));
	}

	/**
	 * Through the API, as the people would: the operator registers the center with its first administrator, who adds
	 * the other administrators and invites the facilitators, who accept. Each request goes to the next node in turn.
	 */
	void openCenter(List<SojournNode> nodes) {
		Turns turns = new Turns(nodes);
		Reply registered = turns.next().as("operator", operatorPassword)
			.post("/api/centers", Map.of("name", "Center " + run, "licenseNumber", "PSC-" + run, "firstAdministrator",
					administrators.get(0)));
		assertThat(registered.status()).as("%s", registered).isEqualTo(201);
		center = UUID.fromString(registered.json().path("id").asText());
		for (String administrator : administrators.subList(1, administrators.size())) {
			expect(204, turns.next().as(administrators.get(0), PASSWORD)
				.post("/api/centers/" + center + "/administrators", Map.of("user", administrator)));
		}
		for (String facilitator : facilitators) {
			expect(200, turns.next().as(administrators.get(0), PASSWORD)
				.post("/api/centers/" + center + "/invitations", Map.of("user", facilitator)));
			expect(200, turns.next().as(facilitator, PASSWORD).post("/api/invitations/" + center + "/accept", null));
		}
	}

	private static void expect(int status, Reply reply) {
		assertThat(reply.status()).as("%s", reply).isEqualTo(status);
	}

	/** Hands out the nodes in turn. */
	static final class Turns {

		private final List<SojournNode> nodes;

		private int next;

		Turns(List<SojournNode> nodes) {
			this.nodes = nodes;
		}

		SojournNode next() {
			return nodes.get(next++ % nodes.size());
		}

	}

}
