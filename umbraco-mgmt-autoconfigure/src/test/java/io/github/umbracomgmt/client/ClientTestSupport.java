package io.github.umbracomgmt.client;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;

import io.github.umbracomgmt.test.AutoConfigureUmbracoTestServer;
import io.github.umbracomgmt.test.UmbracoTestServer;

/**
 * Base of the typed-client tests: one application with the starter, talking over HTTP to
 * one fake Umbraco from the test kit, shared by every client test class (Spring caches
 * the context).
 */
@SpringBootTest(classes = ClientTestSupport.App.class, properties = "spring.main.web-application-type=none")
@AutoConfigureUmbracoTestServer
abstract class ClientTestSupport {

	@Autowired
	protected UmbracoTestServer umbraco;

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

	}

}
