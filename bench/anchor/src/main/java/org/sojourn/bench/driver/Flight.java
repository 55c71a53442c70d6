package org.sojourn.bench.driver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A flight recording of a server during the measured completions of one side only (started and stopped with jcmd,
 * so that start-up and idle memory are measured without it), and its hot methods: where the sampled threads were
 * (the top frame), in which of Sojourn's own methods (the innermost one on the stack), and how many samples ran
 * inside each of the libraries a request may spend its time in.
 */
final class Flight {

	/** Libraries whose share of the samples says where a request's time goes (a sample counts in each on its stack). */
	private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

	static {
		LIBRARIES.put("bcrypt (password hashing)", "org.springframework.security.crypto.bcrypt.");
		LIBRARIES.put("Spring Security filters", "org.springframework.security.web.");
		LIBRARIES.put("Spring Session JDBC", "org.springframework.session.");
		LIBRARIES.put("Hibernate", "org.hibernate.");
		LIBRARIES.put("Camunda engine", "org.camunda.bpm.engine.");
		LIBRARIES.put("MyBatis (engine SQL)", "org.apache.ibatis.");
		LIBRARIES.put("PostgreSQL JDBC driver", "org.postgresql.");
		LIBRARIES.put("Jackson", "com.fasterxml.jackson.");
		LIBRARIES.put("Thymeleaf", "org.thymeleaf.");
		LIBRARIES.put("Spring Modulith events", "org.springframework.modulith.");
		LIBRARIES.put("Sojourn's own code", "org.sojourn.");
	}

	private final App app;

	private final Path directory;

	private final List<Path> parts = new ArrayList<>();

	Flight(App app, Path directory) {
		this.app = app;
		this.directory = directory;
	}

	/** Why recording failed, or null: a recording that cannot be made leaves the benchmark's figures standing. */
	private String failure;

	void start() {
		try {
			jcmd("JFR.start", "name=bench", "settings=profile");
		}
		catch (Exception e) {
			failure = String.valueOf(e.getMessage());
		}
	}

	void stop() {
		if (failure != null) {
			return;
		}
		Path part = directory.resolve("sojourn-api-" + (parts.size() + 1) + ".jfr").toAbsolutePath();
		try {
			jcmd("JFR.stop", "name=bench", "filename=" + part);
			parts.add(part);
		}
		catch (Exception e) {
			failure = String.valueOf(e.getMessage());
		}
	}

	private void jcmd(String... command) throws Exception {
		List<String> line = new ArrayList<>(List.of("jcmd", String.valueOf(app.pid())));
		line.addAll(List.of(command));
		Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
		String output = new String(jcmd.getInputStream().readAllBytes());
		if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
			throw new IllegalStateException("jcmd " + String.join(" ", command) + ": " + output);
		}
	}

	/** Prints the hot methods of the recordings as Markdown tables. */
	void printHotMethods(String side, int top) throws IOException {
		Map<String, Integer> self = new LinkedHashMap<>();
		Map<String, Integer> sojourn = new LinkedHashMap<>();
		Map<String, Integer> libraries = new LinkedHashMap<>();
		int samples = 0;
		for (Path part : parts) {
			if (!Files.exists(part)) {
				continue;
			}
			for (RecordedEvent event : RecordingFile.readAllEvents(part)) {
				if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
						|| event.getStackTrace().getFrames().isEmpty()) {
					continue;
				}
				samples++;
				List<RecordedFrame> frames = event.getStackTrace().getFrames();
				self.merge(name(frames.get(0)), 1, Integer::sum);
				frames.stream()
					.map(Flight::name)
					.filter(name -> name.startsWith("org.sojourn."))
					.findFirst()
					.ifPresent(name -> sojourn.merge(name, 1, Integer::sum));
				for (Map.Entry<String, String> library : LIBRARIES.entrySet()) {
					if (frames.stream().anyMatch(frame -> name(frame).startsWith(library.getValue()))) {
						libraries.merge(library.getKey(), 1, Integer::sum);
					}
				}
			}
		}
		System.out.printf("%n## Hot methods of Sojourn during the completions through %s (JFR, %d execution samples, "
				+ "recordings in %s)%n%n", side, samples, directory);
		if (samples == 0) {
			System.out.println("No execution samples were recorded" + (failure == null ? "." : ": " + failure));
			return;
		}
		table("Share of samples with the library on the stack", libraries, samples, LIBRARIES.size());
		table("Top frame (self time)", self, samples, top);
		table("Innermost of Sojourn's methods on the stack", sojourn, samples, top);
	}

	private static void table(String title, Map<String, Integer> counts, int samples, int top) {
		System.out.println("| " + title + " | Samples | Share |");
		System.out.println("|---|---|---|");
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
			.limit(top)
			.forEach(entry -> System.out.printf("| `%s` | %d | %.1f%% |%n", entry.getKey(), entry.getValue(),
					100.0 * entry.getValue() / samples));
		System.out.println();
	}

	private static String name(RecordedFrame frame) {
		return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
	}

}
