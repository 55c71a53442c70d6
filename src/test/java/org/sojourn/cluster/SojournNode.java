package org.sojourn.cluster;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.sojourn.SojournHttp;

/**
 * One Sojourn node: the built jar as its own process on PostgreSQL (profile {@code postgres}), with the job executor
 * on, on a port of its own, writing its output to a log file under {@code target/}. Each {@link #start()} is a new
 * process of the same node (same name, port and database), as an operator restarts a node after a crash; each start
 * logs to a file of its own.
 */
final class SojournNode implements AutoCloseable {

	private static final Duration POLL = Duration.ofMillis(500);

	private final String name;

	private final int port;

	private final ClusterDatabase database;

	private final String operatorPassword;

	private final Path logDirectory;

	private final List<String> settings;

	private final Map<String, SojournHttp.Door> doors = new ConcurrentHashMap<>();

	private final List<Path> logs = new ArrayList<>();

	private volatile Process process;

	private volatile boolean ready;

	/** Kills the process should the test JVM end without closing the node (a failsafe timeout, a Ctrl-C). */
	private final Thread reaper = new Thread(() -> {
		Process running = process;
		if (running != null) {
			running.destroyForcibly();
		}
	});

	SojournNode(String name, ClusterDatabase database, String operatorPassword, Path logDirectory, String... settings) {
		this.name = name;
		this.port = freePort();
		this.database = database;
		this.operatorPassword = operatorPassword;
		this.logDirectory = logDirectory;
		this.settings = List.of(settings);
		Runtime.getRuntime().addShutdownHook(reaper);
	}

	String name() {
		return name;
	}

	int port() {
		return port;
	}

	/** Whether the node answered its health check since it was last started, and was not killed or stopped since. */
	boolean isUp() {
		return ready && process != null && process.isAlive();
	}

	/** Starts a new process of this node; {@link #awaitReady} waits until it serves. */
	SojournNode start() {
		if (process != null && process.isAlive()) {
			throw new IllegalStateException(name + " is running already");
		}
		Path jar = Path.of(System.getProperty("sojourn.jar", "target/sojourn-0.1.0-SNAPSHOT.jar"));
		if (!Files.isRegularFile(jar)) {
			fail("The built jar %s is missing: run ./mvnw verify -Pcluster, which packages it first", jar);
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--spring.profiles.active=postgres",
				"--server.port=" + port,
				// The job executor runs on every node (it is on by default; said here because the tests rely on it).
				"--camunda.bpm.job-execution.enabled=true",
				// An idle job executor looks for due jobs every second instead of backing off to a minute, so that
				// timers made due by the test are picked up soon.
				"--camunda.bpm.job-execution.wait-time-in-millis=500", "--camunda.bpm.job-execution.max-wait=1000",
				// The engine writes this name into its job log, which tells which node ran a job.
				"--camunda.bpm.generic-properties.properties.hostname=" + name));
		command.addAll(settings);
		Path log = logDirectory.resolve("%s-%d.log".formatted(name, logs.size() + 1));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Map<String, String> environment = builder.environment();
		environment.put("SOJOURN_DB_URL", database.jdbcUrl());
		environment.put("SOJOURN_DB_USER", database.user());
		environment.put("SOJOURN_DB_PASSWORD", database.password());
		environment.put("SOJOURN_OPERATOR_USERNAME", "operator");
		environment.put("SOJOURN_OPERATOR_PASSWORD", operatorPassword);
		try {
			Files.createDirectories(logDirectory);
			doors.clear();
			ready = false;
			logs.add(log);
			process = builder.start();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start " + name, e);
		}
		return this;
	}

	/** Polls the node's health until it answers UP; fails with the end of its log when it dies or takes too long. */
	SojournNode awaitReady(Duration within) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				fail("%s exited with %d while starting; the end of %s:%n%s", name, process.exitValue(), currentLog(),
						logTail());
			}
			try {
				HttpResponse<String> answer = client.send(health, HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
					ready = true;
					return this;
				}
			}
			catch (IOException notYet) {
				// Not listening yet.
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
			pause();
		}
		return fail("%s was not up within %s; the end of %s:%n%s", name, within, currentLog(), logTail());
	}

	/** kill -9: the process gets no chance to finish anything (Process.destroyForcibly sends SIGKILL on Linux). */
	void kill() {
		ready = false;
		process.destroyForcibly();
		awaitExit(Duration.ofSeconds(30));
	}

	/** A regular shutdown (SIGTERM), forced after a minute. */
	void stop() {
		ready = false;
		Process running = process;
		if (running == null || !running.isAlive()) {
			return;
		}
		running.destroy();
		if (!awaitExit(Duration.ofSeconds(60))) {
			running.destroyForcibly();
			awaitExit(Duration.ofSeconds(30));
		}
	}

	@Override
	public void close() {
		stop();
		try {
			Runtime.getRuntime().removeShutdownHook(reaper);
		}
		catch (IllegalStateException shuttingDown) {
			// The hook runs anyway.
		}
	}

	/** A caller with HTTP Basic on this node's current process. */
	SojournHttp.Door as(String username, String password) {
		return doors.computeIfAbsent(username, user -> SojournHttp.onPort(port).basic(user, password));
	}

	/** The log files of every start of this node, oldest first. */
	List<Path> logs() {
		return List.copyOf(logs);
	}

	Path currentLog() {
		return logs.get(logs.size() - 1);
	}

	private String logTail() {
		try {
			List<String> lines = Files.readAllLines(currentLog());
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException e) {
			return "(log unreadable: " + e.getMessage() + ")";
		}
	}

	private boolean awaitExit(Duration within) {
		try {
			return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void pause() {
		try {
			Thread.sleep(POLL.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public String toString() {
		return name + " (port " + port + ")";
	}

}
