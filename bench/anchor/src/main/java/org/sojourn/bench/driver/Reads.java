package org.sojourn.bench.driver;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Seeds Sojourn with many sessions (templates at every stage of the lifecycle, cloned in bulk, see {@link Seeder})
 * and times the reads people open all day, one at a time, with the SQL statements each costs.
 */
final class Reads {

	private final App sojourn;

	private final Practice practice;

	private final Config config;

	private final StatementLog log;

	/** The reads and checks that failed, at which seed. */
	final List<String> failures = new ArrayList<>();

	Reads(App sojourn, Practice practice, Config config, StatementLog log) {
		this.sojourn = sojourn;
		this.practice = practice;
		this.config = config;
		this.log = log;
	}

	void run(List<Integer> seeds) throws Exception {
		SojournSide driver = new SojournSide(sojourn, config.sojournDb(), practice, SojournSide.Door.API);
		List<Seeder.Template> templates = new ArrayList<>();
		// One session stopped after each number of completions, from none (screening open) to all (closed), over
		// the drivers' facilitators; every clone of them then goes to one facilitator of the seeded practice.
		for (int steps = 0; steps <= Steps.COMPLETED.size(); steps++) {
			templates.add(new Seeder.Template(driver.openAndComplete(steps % Bench.DRIVERS, steps)));
		}
		String record = templates.get(0).sessionId();
		String measured = practice.facilitator(0);
		Http facilitator = practice.api(measured);
		Http facilitatorBrowser = new Http(sojourn.base()).signIn(measured, Practice.PASSWORD).openTasklist();
		Http administratorBrowser = new Http(sojourn.base()).signIn(practice.administrator(0), Practice.PASSWORD);
		Map<String, Supplier<Http.Reply>> reads = new LinkedHashMap<>();
		String door = practice.usesTokens() ? "API token" : "HTTP Basic";
		Http basic = practice.basic(measured);
		reads.put("`GET /api/tasks` (facilitator, " + door + ")", () -> facilitator.get("/api/tasks"));
		if (practice.usesTokens()) {
			reads.put("`GET /api/tasks` (facilitator, HTTP Basic: a bcrypt per request)", () -> basic.get("/api/tasks"));
		}
		reads.put("`GET /api/sessions` (facilitator, " + door + ")", () -> facilitator.get("/api/sessions"));
		reads.put("`GET /api/sessions/{id}` (" + door + ")", () -> facilitator.get("/api/sessions/" + record));
		reads.put("facilitator's home `/` (browser session)", () -> facilitatorBrowser.get("/"));
		reads.put("center's home `/centers/{id}` (browser session)",
				() -> administratorBrowser.get("/centers/" + practice.center()));
		reads.put("Tasklist's task query (browser session)",
				() -> facilitatorBrowser.get("/camunda/api/engine/engine/default/task?assignee=" + measured
						+ "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15"));
		Seeder.People people = new Seeder.People(
				java.util.stream.IntStream.range(0, Bench.DRIVERS).mapToObj(practice::facilitator).toList(),
				List.of(practice.administrator(0), practice.administrator(1)), practice.center());
		Map<Integer, Map<String, Latencies>> bySeed = new LinkedHashMap<>();
		int seeded = 0;
		try (Connection connection = DriverManager.getConnection(config.jdbc(config.sojournDb()), config.dbUser(),
				config.dbPassword())) {
			Seeder seeder = new Seeder(connection, people);
			for (int target : seeds) {
				int copies = Math.max(0, (target - seeded) / templates.size());
				long started = System.nanoTime();
				long rows = seeder.clone(templates, copies, seeded / templates.size());
				seeded += copies * templates.size();
				double seconds = (System.nanoTime() - started) / 1e9;
				started = System.nanoTime();
				connection.createStatement().execute("analyze");
				System.out.printf("%n## Reads at %,d seeded sessions (%,d rows copied in %.0f s, %.0f rows/s, of which"
						+ " %.0f s recreating the indexes and foreign keys dropped for the copy; ANALYZE %.0f s)%n%n",
						seeded, rows, seconds, rows / Math.max(seconds, 1e-9), seeder.rebuildSeconds(),
						(System.nanoTime() - started) / 1e9);
				System.out.println(SeedChecks.shape(connection, measured, practice.center()));
				String check = SeedChecks.completeSeededTask(connection, facilitator, measured, templates);
				System.out.println(check);
				if (check.contains("**failed**")) {
					failures.add("the seed check at " + seeded);
				}
				System.out.println();
				bySeed.put(seeded, measure(reads));
			}
		}
		growth(bySeed);
	}

	private Map<String, Latencies> measure(Map<String, Supplier<Http.Reply>> reads) throws Exception {
		int samples = config.smoke() ? 3 : 100;
		Map<String, Latencies> measured = new LinkedHashMap<>();
		System.out.println("| Request | p50 | p95 | SQL statements per request |");
		System.out.println("|---|---|---|---|");
		for (Map.Entry<String, Supplier<Http.Reply>> read : reads.entrySet()) {
			try {
				measured.put(read.getKey(), measure(read.getKey(), read.getValue(), samples));
			}
			catch (RuntimeException refused) {
				// One read refused leaves the others worth printing.
				failures.add(read.getKey());
				System.out.printf("| %s | failed: %s | | |%n", read.getKey(),
						String.valueOf(refused.getMessage()).replace('\n', ' ').replace('|', '/'));
			}
		}
		return measured;
	}

	/** The growth of each read from the first seed to the last, p50 and p95. */
	private static void growth(Map<Integer, Map<String, Latencies>> bySeed) {
		if (bySeed.size() < 2) {
			return;
		}
		List<Integer> sizes = new ArrayList<>(bySeed.keySet());
		int first = sizes.get(0);
		int last = sizes.get(sizes.size() - 1);
		System.out.printf("%n## Growth from %,d to %,d seeded sessions (ratio of the latencies)%n%n", first, last);
		System.out.println("| Request | p50 | p95 |");
		System.out.println("|---|---|---|");
		for (Map.Entry<String, Latencies> read : bySeed.get(first).entrySet()) {
			Latencies later = bySeed.get(last).get(read.getKey());
			if (later == null) {
				System.out.printf("| %s | failed at %,d | |%n", read.getKey(), last);
				continue;
			}
			System.out.printf("| %s | %.2fx | %.2fx |%n", read.getKey(),
					later.percentile(50) / read.getValue().percentile(50),
					later.percentile(95) / read.getValue().percentile(95));
		}
	}

	private Latencies measure(String name, Supplier<Http.Reply> read, int samples) throws InterruptedException {
		// Timed warm, as on a server that has been open all day: with a few requests before the samples, the first
		// seed's p95 measured the JIT compiling each page's code (the same pages were faster at the larger seed).
		int warmUp = config.smoke() ? 3 : 50;
		for (int i = 0; i < warmUp; i++) {
			read.get().expect(200);
		}
		long mark = log.mark();
		int counted = 3;
		for (int i = 0; i < counted; i++) {
			read.get().expect(200);
		}
		Thread.sleep(300);
		double sql = (double) log.since(mark, config.sojournDb()).statements() / counted;
		Latencies latencies = new Latencies();
		for (int i = 0; i < samples; i++) {
			latencies.add(read.get().expect(200).nanos());
		}
		System.out.printf("| %s | %.1f ms | %.1f ms | %.0f |%n", name, latencies.percentile(50),
				latencies.percentile(95), sql);
		return latencies;
	}

}
