package org.sojourn.bench.driver;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The benchmark's settings, from the environment bench/run sets. */
record Config(String sojournJar, String benchJar, String dbHost, String dbUser, String dbPassword, String sojournDb,
		String anchorDb, Path pgLog, Path work, boolean smoke, boolean jfr, int rounds, int sessionsPerDriver,
		List<Integer> seeds, String pgbenchTps, int startups) {

	static Config from(Map<String, String> env) {
		boolean smoke = "1".equals(env.get("BENCH_SMOKE"));
		String seeds = env.getOrDefault("BENCH_SEEDS", smoke ? "200" : "10000,100000");
		return new Config(env.get("BENCH_SOJOURN_JAR"), env.get("BENCH_JAR"), env.getOrDefault("BENCH_DB_HOST", "localhost:5432"),
				env.getOrDefault("BENCH_DB_USER", "sojourn"), env.getOrDefault("BENCH_DB_PASSWORD", "sojourn"),
				env.getOrDefault("BENCH_SOJOURN_DB", "sojourn_bench"),
				env.getOrDefault("BENCH_ANCHOR_DB", "sojourn_bench_anchor"),
				Path.of(env.getOrDefault("BENCH_PG_LOG", "/var/log/postgresql/postgresql-15-main.log")),
				Path.of(env.getOrDefault("BENCH_WORK", "bench/target")), smoke, "1".equals(env.get("BENCH_JFR")),
				Integer.parseInt(env.getOrDefault("BENCH_ROUNDS", smoke ? "1" : "4")),
				Integer.parseInt(env.getOrDefault("BENCH_SESSIONS", smoke ? "1" : "3")),
				seeds.isBlank() ? List.of() : Arrays.stream(seeds.split(",")).map(String::trim).map(Integer::valueOf).toList(),
				env.getOrDefault("BENCH_PGBENCH_TPS", "n/a"),
				Math.max(1, Integer.parseInt(env.getOrDefault("BENCH_STARTUPS", smoke ? "1" : "3"))));
	}

	String jdbc(String database) {
		return "jdbc:postgresql://" + dbHost + "/" + database;
	}

}
