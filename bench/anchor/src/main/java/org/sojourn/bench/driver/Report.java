package org.sojourn.bench.driver;

/** The benchmark's tables, in Markdown. */
final class Report {

	private Report() {
	}

	static void lifecycle(Side anchor, Side api, Side engine, Bench.Starts anchorStarts, Bench.Starts sojournStarts,
			String pgbenchTps, int sessionsPerSide) {
		System.out.println();
		System.out.println("## Whole lifecycle, " + Bench.DRIVERS + " drivers, " + sessionsPerSide
				+ " sessions per side (" + anchor.completions.get() + " / " + api.completions.get() + " / "
				+ engine.completions.get() + " completions: anchor / Sojourn API / Sojourn engine REST)");
		System.out.println();
		System.out.println("| Figure | Bare engine | Sojourn | Ratio |");
		System.out.println("|---|---|---|---|");
		row("Task completions per second through the whole lifecycle (Sojourn's `/api`)", anchor.completionsPerSecond(),
				api.completionsPerSecond(), "%.1f");
		row("Same, completing through the engine REST API with a signed-in browser session",
				anchor.completionsPerSecond(), engine.completionsPerSecond(), "%.1f");
		line("| App CPU per completion | %.0f ms | %.0f ms (API), %.0f ms (engine REST) | %.2fx / %.2fx |%n",
				anchor.cpuPerCompletion(), api.cpuPerCompletion(), engine.cpuPerCompletion(),
				api.cpuPerCompletion() / anchor.cpuPerCompletion(), engine.cpuPerCompletion() / anchor.cpuPerCompletion());
		line("| SQL statements per completion (PostgreSQL's log) | %.1f | %.1f (API), %.1f (engine REST) | "
				+ "%.2fx / %.2fx |%n", anchor.statementsPerCompletion(), api.statementsPerCompletion(),
				engine.statementsPerCompletion(), api.statementsPerCompletion() / anchor.statementsPerCompletion(),
				engine.statementsPerCompletion() / anchor.statementsPerCompletion());
		line("| Transactions (BEGIN/COMMIT/ROLLBACK) per completion | %.1f | %.1f (API), %.1f (engine REST) | "
				+ "%.2fx / %.2fx |%n", anchor.transactionControlPerCompletion(), api.transactionControlPerCompletion(),
				engine.transactionControlPerCompletion(),
				api.transactionControlPerCompletion() / anchor.transactionControlPerCompletion(),
				engine.transactionControlPerCompletion() / anchor.transactionControlPerCompletion());
		line("| Latency of one completion, p50 / p95 | %s ms | %s ms (API), %s ms (engine REST) | %.1fx / %.1fx |%n",
				anchor.completion.p50p95(), api.completion.p50p95(), engine.completion.p50p95(),
				api.completion.percentile(50) / anchor.completion.percentile(50),
				api.completion.percentile(95) / anchor.completion.percentile(95));
		line("| Finding the next task (`GET /api/tasks`; engine: the user's task query), p50 | %.1f ms | "
				+ "%.1f ms (API), %.1f ms (engine REST) | %.1fx |%n", anchor.lookup.percentile(50),
				api.lookup.percentile(50), engine.lookup.percentile(50),
				api.lookup.percentile(50) / anchor.lookup.percentile(50));
		int starts = sojournStarts.all.size();
		String of = starts == 1 ? "" : ", median of " + starts + " starts";
		row("Start-up to healthy on a fresh PostgreSQL database (s" + of + ")", anchorStarts.median(Bench.Start::seconds),
				sojournStarts.median(Bench.Start::seconds), "%.1f");
		row("Process CPU until healthy, user + system (s" + of + ")", anchorStarts.median(Bench.Start::cpuSeconds),
				sojournStarts.median(Bench.Start::cpuSeconds), "%.1f");
		row("Resident memory at idle, read the same time after each side's own healthy (MiB" + of + ")",
				anchorStarts.median(Bench.Start::rssMiB), sojournStarts.median(Bench.Start::rssMiB), "%.0f");
		System.out.println();
		if (starts > 1) {
			System.out.println("Each start, anchor / Sojourn: healthy after " + anchorStarts.each(Bench.Start::seconds, "%.1f")
					+ " / " + sojournStarts.each(Bench.Start::seconds, "%.1f") + " s; CPU "
					+ anchorStarts.each(Bench.Start::cpuSeconds, "%.1f") + " / "
					+ sojournStarts.each(Bench.Start::cpuSeconds, "%.1f") + " s; resident "
					+ anchorStarts.each(Bench.Start::rssMiB, "%.0f") + " / " + sojournStarts.each(Bench.Start::rssMiB, "%.0f")
					+ " MiB.");
			System.out.println();
		}
		for (Side side : new Side[] { anchor, api, engine }) {
			if (side.failure != null) {
				System.out.println("**" + side.label + " failed, its figures are partial or empty:** "
						+ side.failure.replace('\n', ' '));
				System.out.println();
			}
		}
		System.out.println("Sojourn's API callers " + (((SojournSide) api).usesTokens()
				? "sign in with personal access tokens (Authorization: Bearer; a SHA-256 digest and an indexed read per request)."
				: "sign in with HTTP Basic: every request verifies the password, a bcrypt at cost 10."));
		System.out.println();
		System.out.println("Commit ceiling of the same PostgreSQL server: pgbench simple-update (`pgbench -N`) "
				+ pgbenchTps + " transactions/s.");
		System.out.println();
	}

	/** A line of the table; a figure of a side that failed (nothing measured) reads "failed", its ratio "-". */
	private static void line(String format, Object... values) {
		System.out.print(String.format(format, values).replace("NaNx", "-").replace("NaN ms", "failed").replace("NaN", "failed"));
	}

	private static void row(String figure, double anchor, double sojourn, String format) {
		line("| %s | " + format + " | " + format + " | %.2fx |%n", figure, anchor, sojourn, sojourn / anchor);
	}

}
