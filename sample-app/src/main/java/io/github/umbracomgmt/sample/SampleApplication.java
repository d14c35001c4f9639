package io.github.umbracomgmt.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Java counterpart of Umbraco's own Management API example: fetch the current (API)
 * user and say hello.
 *
 * <p>
 * Point it at an Umbraco site with {@code umbraco.management.base-url}, {@code client-id}
 * and {@code client-secret}. Without a base URL it starts the embedded fake Umbraco of
 * {@code umbraco-mgmt-test} and talks to that, so it runs out of the box.
 *
 * @author umbraco-mgmt
 */
@SpringBootApplication
public class SampleApplication {

	/**
	 * Runs the sample and exits with 0 on success, 1 on failure.
	 * @param args command-line properties, e.g.
	 * {@code --umbraco.management.base-url=https://localhost:44391}
	 */
	public static void main(String[] args) {
		System.exit(run(args));
	}

	/**
	 * Runs the sample and returns its exit code.
	 * @param args command-line properties
	 * @return 0 on success, non-zero on failure
	 */
	public static int run(String... args) {
		SpringApplication application = new SpringApplication(SampleApplication.class);
		application.addInitializers(new EmbeddedUmbracoInitializer());
		try {
			ConfigurableApplicationContext context = application.run(args);
			return SpringApplication.exit(context);
		}
		catch (SpringApplication.AbandonedRunException ex) {
			// not a failure: AOT processing (spring-boot:process-aot) stops the
			// application this way once the
			// context is prepared, and must see the exception to write its output
			throw ex;
		}
		catch (RuntimeException ex) {
			// Boot has already reported the startup failure (e.g. a missing property) on
			// the console
			return 1;
		}
	}

}
