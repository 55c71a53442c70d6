package org.sojourn.bench.driver;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The benchmark (run by bench/run, which prepares the databases and PostgreSQL's statement log): starts the anchor
 * and Sojourn one after the other on fresh databases, drives both through whole session lifecycles with the same
 * number of drivers, the sides alternating round by round, then seeds Sojourn with many sessions and times the
 * reads people open all day. Prints Markdown.
 */
public final class Bench {

	static final int DRIVERS = 4;

	public static void main(String[] args) throws Exception {
		Config config = Config.from(System.getenv());
		StatementLog log = new StatementLog(config.pgLog());
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path logs = config.work();
		String operatorPassword = "operator-" + UUID.randomUUID();
		List<String> failed = List.of();
		List<String> jvm = List.of(java, "-Xmx1g", "-XX:+UseG1GC");
		List<String> anchorCommand = new ArrayList<>(jvm);
		anchorCommand.addAll(List.of("-jar", config.benchJar(), "--server.port={port}"));
		List<String> sojournCommand = new ArrayList<>(jvm);
		sojournCommand.addAll(List.of("-jar", config.sojournJar(), "--spring.profiles.active=postgres",
				"--server.port={port}"));
		Function<String, App> anchorOn = database -> new App("anchor", anchorCommand,
				Map.of("ANCHOR_DB_URL", config.jdbc(database), "ANCHOR_DB_USER", config.dbUser(), "ANCHOR_DB_PASSWORD",
						config.dbPassword()),
				logs.resolve(database.equals(config.anchorDb()) ? "anchor.log" : "anchor-start.log"));
		Function<String, App> sojournOn = database -> new App("sojourn", sojournCommand,
				Map.of("SOJOURN_DB_URL", config.jdbc(database), "SOJOURN_DB_USER", config.dbUser(),
						"SOJOURN_DB_PASSWORD", config.dbPassword(), "SOJOURN_OPERATOR_USERNAME", "operator",
						"SOJOURN_OPERATOR_PASSWORD", operatorPassword),
				logs.resolve(database.equals(config.sojournDb()) ? "sojourn.log" : "sojourn-start.log"));
		Duration idle = Duration.ofMillis(config.smoke() ? 1000 : 10_000);
		// One start-up is a poor figure on a shared machine: the sides start config.startups() times each, one at a
		// time on fresh databases, the first side alternating; the report gives the medians. The last start of each
		// is the one the lifecycle below then drives (anchor first, as before).
		Starts anchorStarts = new Starts();
		Starts sojournStarts = new Starts();
		for (int trial = 0; trial < config.startups() - 1; trial++) {
			boolean sojournFirst = trial % 2 == 0;
			for (boolean isSojourn : sojournFirst ? new boolean[] { true, false } : new boolean[] { false, true }) {
				String database = (isSojourn ? config.sojournDb() : config.anchorDb()) + "_start";
				freshDatabase(config, database);
				try (App app = (isSojourn ? sojournOn : anchorOn).apply(database)) {
					(isSojourn ? sojournStarts : anchorStarts).add(Start.of(app, idle));
				}
				dropDatabase(config, database);
			}
		}
		try (App anchor = anchorOn.apply(config.anchorDb()); App sojourn = sojournOn.apply(config.sojournDb())) {
			// One after the other, so that neither start-up competes with the other for the CPU; each side's memory
			// is read after the same idle time after its own healthy.
			anchorStarts.add(Start.of(anchor, idle));
			sojournStarts.add(Start.of(sojourn, idle));

			Practice practice = new Practice(DRIVERS, sojourn.base(), operatorPassword);
			practice.create(config.jdbc(config.sojournDb()), config.dbUser(), config.dbPassword());
			List<Function<Boolean, Side>> makers = List.of(
					fresh -> new AnchorSide(anchor, config.anchorDb()),
					fresh -> new SojournSide(sojourn, config.sojournDb(), practice, SojournSide.Door.API),
					fresh -> new SojournSide(sojourn, config.sojournDb(), practice, SojournSide.Door.ENGINE_REST));
			List<Side> sides = makers.stream().map(maker -> maker.apply(true)).toList();
			// The recording covers the API side's measured completions only, not start-up, idle or the other sides.
			Flight flight = config.jfr() ? new Flight(sojourn, logs) : null;
			if (!config.smoke() && !"0".equals(System.getenv("BENCH_WARMUP"))) {
				// Warm-up, not measured: the JIT compiles the hot paths of both sides alike.
				for (int i = 0; i < makers.size(); i++) {
					Side warmUp = makers.get(i).apply(true);
					attempt(warmUp, 1, log);
					sides.get(i).failure = warmUp.failure;
				}
			}
			for (int round = 0; round < config.rounds(); round++) {
				List<Side> order = new ArrayList<>(sides);
				if (round % 2 == 1) {
					Collections.reverse(order);
				}
				for (Side side : order) {
					if (side.failure == null) {
						boolean recorded = flight != null && side == sides.get(1);
						if (recorded) {
							flight.start();
						}
						attempt(side, config.sessionsPerDriver(), log);
						if (recorded) {
							flight.stop();
						}
					}
				}
			}
			Report.lifecycle(sides.get(0), sides.get(1), sides.get(2), anchorStarts, sojournStarts,
					config.pgbenchTps(), config.sessionsPerDriver() * config.rounds() * DRIVERS);
			if (flight != null) {
				try {
					flight.printHotMethods(sides.get(1).label, 15);
				}
				catch (Exception e) {
					System.out.println("**The flight recording could not be read:** " + e);
				}
			}
			failed = new ArrayList<>(sides.stream().filter(side -> side.failure != null).map(side -> side.label).toList());
			if (!config.seeds().isEmpty()) {
				Reads reads = new Reads(sojourn, practice, config, log);
				try {
					reads.run(config.seeds());
				}
				catch (Exception e) {
					// The lifecycle's figures above stand; the seeded reads say why they stopped.
					System.out.println();
					System.out.println("**Seeded reads failed:** " + String.valueOf(e).replace('\n', ' '));
					e.printStackTrace();
					failed.add("seeded reads");
				}
				failed.addAll(reads.failures);
			}
		}
		// The smoke exists so that the benchmark cannot rot: a side that no longer runs fails it (figures never do).
		if (config.smoke() && !failed.isEmpty()) {
			throw new IllegalStateException("The smoke run failed on " + String.join(", ", failed));
		}
	}

	/** One start of a side: seconds from process start to healthy, the process's CPU seconds by then, and its
	 * resident memory after the given idle time after healthy. */
	record Start(double seconds, double cpuSeconds, double rssMiB) {

		static Start of(App app, Duration idle) throws Exception {
			double seconds = app.start(Duration.ofMinutes(10));
			double cpuSeconds = app.cpuMillis() / 1000.0;
			Thread.sleep(idle.toMillis());
			return new Start(seconds, cpuSeconds, app.rssMiB());
		}

	}

	/** The starts of one side, in the order made. */
	static final class Starts {

		final List<Start> all = new ArrayList<>();

		void add(Start start) {
			all.add(start);
		}

		double median(ToDoubleFunction<Start> figure) {
			double[] values = all.stream().mapToDouble(figure).sorted().toArray();
			int n = values.length;
			return n == 0 ? Double.NaN : n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
		}

		String each(ToDoubleFunction<Start> figure, String format) {
			return String.join(", ", all.stream().map(start -> String.format(format, figure.applyAsDouble(start))).toList());
		}

	}

	static void freshDatabase(Config config, String database) throws Exception {
		dropDatabase(config, database);
		administer(config, "create database " + database);
	}

	static void dropDatabase(Config config, String database) throws Exception {
		administer(config, "drop database if exists " + database + " with (force)");
	}

	/** The start-up trials' own databases, made and dropped by the benchmark's database user (who may create them). */
	private static void administer(Config config, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(config.jdbc("postgres"), config.dbUser(),
				config.dbPassword()); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/** Drives the side; a failure is noted on it, since one side failing leaves the others' figures worth printing. */
	static void attempt(Side side, int sessionsPerDriver, StatementLog log) {
		try {
			drive(side, sessionsPerDriver, log);
		}
		catch (Exception e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			side.failure = String.valueOf(cause.getMessage());
			System.err.println(side.label + " failed: " + cause);
		}
	}

	/** Each of the drivers opens and completes that many sessions; the side's counters take the time, CPU and SQL. */
	static void drive(Side side, int sessionsPerDriver, StatementLog log) throws Exception {
		// Daemon threads: drivers of a failed side must not keep the benchmark's JVM alive.
		ExecutorService pool = Executors.newFixedThreadPool(DRIVERS, task -> {
			Thread thread = new Thread(task);
			thread.setDaemon(true);
			return thread;
		});
		long mark = log.mark();
		long cpu = side.app.cpuMillis();
		long started = System.nanoTime();
		List<Future<?>> drivers = new ArrayList<>();
		for (int d = 0; d < DRIVERS; d++) {
			int driver = d;
			drivers.add(pool.submit(() -> {
				for (int i = 0; i < sessionsPerDriver; i++) {
					side.driveSession(driver);
				}
				return null;
			}));
		}
		for (Future<?> driver : drivers) {
			driver.get();
		}
		side.wallNanos.addAndGet(System.nanoTime() - started);
		side.cpuMillis.addAndGet(side.app.cpuMillis() - cpu);
		pool.shutdown();
		// PostgreSQL writes its log as it goes; a moment lets the last lines of the run land.
		Thread.sleep(300);
		StatementLog.Count count = log.since(mark, side.database);
		side.statements.addAndGet(count.statements());
		side.transactionControl.addAndGet(count.transactionControl());
	}

}
