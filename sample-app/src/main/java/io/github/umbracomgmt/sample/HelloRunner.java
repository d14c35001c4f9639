package io.github.umbracomgmt.sample;

import java.io.PrintStream;
import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import io.github.umbracomgmt.client.UmbracoUserClient;
import io.github.umbracomgmt.client.model.CurrentUser;
import io.github.umbracomgmt.error.UmbracoException;

/**
 * Fetches the current user and prints {@code Hello, {name} ({email})}, or one error line.
 *
 * @author umbraco-mgmt
 */
@Component
class HelloRunner implements ApplicationRunner, ExitCodeGenerator {

	private final UmbracoUserClient users;

	private final PrintStream out = System.out;

	private final PrintStream err = System.err;

	private volatile int exitCode;

	HelloRunner(UmbracoUserClient users) {
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			CurrentUser user = this.users.getCurrentUser().block(Duration.ofMinutes(1));
			this.out.println("Hello, " + user.name() + " (" + user.email() + ")");
			this.exitCode = 0;
		}
		catch (UmbracoException ex) {
			this.err.println(ex.getMessage());
			this.exitCode = 1;
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
