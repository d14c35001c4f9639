package io.github.umbracomgmt.token.redis;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a real {@code redis-server} process (Debian package {@code redis-server}) on a
 * free loopback port for a test class, without persistence, and lets tests stop and start
 * it again on the same port. Skips the class, naming the package to install, when
 * {@code redis-server} is not installed; {@code .ci/run} installs it.
 *
 * <p>
 * Register with
 * {@code @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();}.
 */
final class RedisServerExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

	private static final String MISSING = "redis-server is not installed, so this Redis token store test is skipped: "
			+ "install the Debian package with 'apt-get install -y redis-server' (.ci/run does)";

	private static final Duration STARTUP = Duration.ofSeconds(20);

	private int port;

	private Process process;

	@Override
	public void beforeAll(ExtensionContext context) {
		if (findExecutable() != null) {
			this.port = freePort();
			start();
		}
	}

	/**
	 * Skips each test, so that every one is reported as skipped with the reason, when
	 * there is no server.
	 */
	@Override
	public void beforeEach(ExtensionContext context) {
		Assumptions.assumeTrue(this.port != 0, MISSING);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		stop();
	}

	/**
	 * The port the server listens on, on 127.0.0.1; the same across {@link #stop()} and
	 * {@link #start()}.
	 */
	int port() {
		return this.port;
	}

	/** Starts the server (again) on its port and waits until it accepts connections. */
	synchronized void start() {
		if (this.process != null && this.process.isAlive()) {
			return;
		}
		try {
			this.process = new ProcessBuilder(List.of(findExecutable(), "--port", String.valueOf(this.port), "--bind",
					"127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes"))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start redis-server", ex);
		}
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (!accepts()) {
			if (!this.process.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException("redis-server did not start on port " + this.port);
			}
			pause();
		}
	}

	/** Kills the server, as a crash would, and waits until it is gone. */
	synchronized void stop() {
		if (this.process == null) {
			return;
		}
		this.process.destroyForcibly();
		try {
			this.process.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.process = null;
	}

	/**
	 * Makes the server hold every client's commands for a while ({@code CLIENT PAUSE}),
	 * as an overloaded Redis would, through {@code redis-cli} (installed with
	 * {@code redis-server}).
	 * @param millis how long
	 */
	void pause(long millis) {
		File cli = new File(new File(findExecutable()).getParentFile(), "redis-cli");
		Assumptions.assumeTrue(cli.canExecute(), "redis-cli is not installed: apt-get install -y redis-tools");
		try {
			Process process = new ProcessBuilder(cli.getAbsolutePath(), "-p", String.valueOf(this.port), "CLIENT",
					"PAUSE", String.valueOf(millis), "ALL")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("redis-cli CLIENT PAUSE failed");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private boolean accepts() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void pause() {
		try {
			// waiting for an external process to listen: no condition to await but the
			// port itself
			TimeUnit.MILLISECONDS.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String findExecutable() {
		String path = System.getenv("PATH");
		List<String> directories = new java.util.ArrayList<>(
				(path != null) ? List.of(path.split(File.pathSeparator)) : List.of());
		directories.add("/usr/bin");
		directories.add("/usr/sbin");
		for (String directory : directories) {
			File candidate = new File(directory, "redis-server");
			if (candidate.canExecute()) {
				return candidate.getAbsolutePath();
			}
		}
		return null;
	}

}
