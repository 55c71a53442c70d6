package org.sojourn.bench.driver;

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
import java.util.List;
import java.util.Map;

/** A server under measure: its own JVM process, its start-up to healthy, and its CPU and memory from /proc. */
final class App implements AutoCloseable {

	final String name;

	final int port;

	private final List<String> command;

	private final Map<String, String> environment;

	private final Path log;

	private Process process;

	private double startupSeconds;

	App(String name, List<String> command, Map<String, String> environment, Path log) {
		this.name = name;
		this.port = freePort();
		this.command = command.stream().map(part -> part.replace("{port}", String.valueOf(port))).toList();
		this.environment = environment;
		this.log = log;
	}

	String base() {
		return "http://localhost:" + port;
	}

	/** Starts the process and waits for /actuator/health to answer UP; answers the seconds that took. */
	double start(Duration within) throws Exception {
		Files.createDirectories(log.getParent());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		long started = System.nanoTime();
		process = builder.start();
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		while (System.nanoTime() - started < within.toNanos()) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited while starting; see " + log);
			}
			try {
				HttpResponse<String> answer = client.send(health, HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200 && answer.body().contains("UP")) {
					startupSeconds = (System.nanoTime() - started) / 1e9;
					return startupSeconds;
				}
			}
			catch (IOException notYet) {
				// Not listening yet.
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException(name + " was not healthy within " + within + "; see " + log);
	}

	long pid() {
		return process.pid();
	}

	double startupSeconds() {
		return startupSeconds;
	}

	/** User and system CPU time of the process so far, in milliseconds (clock ticks of 10 ms). */
	long cpuMillis() {
		try {
			String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// utime and stime are fields 14 and 15 of stat; fields here start at field 3.
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Resident memory, MiB. */
	double rssMiB() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
				}
			}
			throw new IllegalStateException("no VmRSS");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		if (process != null && process.isAlive()) {
			process.destroy();
			try {
				if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
			catch (InterruptedException e) {
				process.destroyForcibly();
				Thread.currentThread().interrupt();
			}
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

}
