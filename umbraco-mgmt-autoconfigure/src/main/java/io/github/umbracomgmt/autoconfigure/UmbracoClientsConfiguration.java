package io.github.umbracomgmt.autoconfigure;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

import io.github.umbracomgmt.client.UmbracoCultureClient;
import io.github.umbracomgmt.client.UmbracoDataTypeClient;
import io.github.umbracomgmt.client.UmbracoDictionaryClient;
import io.github.umbracomgmt.client.UmbracoDocumentBlueprintClient;
import io.github.umbracomgmt.client.UmbracoDocumentClient;
import io.github.umbracomgmt.client.UmbracoDocumentTypeClient;
import io.github.umbracomgmt.client.UmbracoDocumentVersionClient;
import io.github.umbracomgmt.client.UmbracoHealthCheckClient;
import io.github.umbracomgmt.client.UmbracoIndexerClient;
import io.github.umbracomgmt.client.UmbracoLanguageClient;
import io.github.umbracomgmt.client.UmbracoMediaClient;
import io.github.umbracomgmt.client.UmbracoMediaTypeClient;
import io.github.umbracomgmt.client.UmbracoMediaUploads;
import io.github.umbracomgmt.client.UmbracoMemberClient;
import io.github.umbracomgmt.client.UmbracoMemberGroupClient;
import io.github.umbracomgmt.client.UmbracoMemberTypeClient;
import io.github.umbracomgmt.client.UmbracoRedirectManagementClient;
import io.github.umbracomgmt.client.UmbracoRelationClient;
import io.github.umbracomgmt.client.UmbracoRelationTypeClient;
import io.github.umbracomgmt.client.UmbracoSearcherClient;
import io.github.umbracomgmt.client.UmbracoSegmentClient;
import io.github.umbracomgmt.client.UmbracoServerClient;
import io.github.umbracomgmt.client.UmbracoServerProbe;
import io.github.umbracomgmt.client.UmbracoTagClient;
import io.github.umbracomgmt.client.UmbracoTemplateClient;
import io.github.umbracomgmt.client.UmbracoTemporaryFileClient;
import io.github.umbracomgmt.client.UmbracoUserGroupClient;
import io.github.umbracomgmt.client.UmbracoWebhookClient;

/**
 * The typed clients of the Management API, one bean per resource group (the user client is declared with the
 * auto-configuration itself), each created by the
 * shared {@code umbracoHttpServiceProxyFactory} and each backing off when the application defines its own.
 *
 * @author umbraco-mgmt
 */
@Configuration(proxyBeanMethods = false)
class UmbracoClientsConfiguration {

	private static final String PROXY_FACTORY = UmbracoManagementAutoConfiguration.PROXY_FACTORY_BEAN_NAME;

	@Bean
	@ConditionalOnMissingBean
	UmbracoDocumentClient umbracoDocumentClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoDocumentClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoDocumentTypeClient umbracoDocumentTypeClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoDocumentTypeClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoDocumentVersionClient umbracoDocumentVersionClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoDocumentVersionClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoDocumentBlueprintClient umbracoDocumentBlueprintClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoDocumentBlueprintClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoMediaClient umbracoMediaClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoMediaClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoMediaTypeClient umbracoMediaTypeClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoMediaTypeClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoTemporaryFileClient umbracoTemporaryFileClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoTemporaryFileClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoDataTypeClient umbracoDataTypeClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoDataTypeClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoDictionaryClient umbracoDictionaryClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoDictionaryClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoLanguageClient umbracoLanguageClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoLanguageClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoCultureClient umbracoCultureClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoCultureClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoSegmentClient umbracoSegmentClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoSegmentClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoTemplateClient umbracoTemplateClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoTemplateClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoTagClient umbracoTagClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoTagClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoRelationClient umbracoRelationClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoRelationClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoRelationTypeClient umbracoRelationTypeClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoRelationTypeClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoRedirectManagementClient umbracoRedirectManagementClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoRedirectManagementClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoMemberClient umbracoMemberClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoMemberClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoMemberTypeClient umbracoMemberTypeClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoMemberTypeClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoMemberGroupClient umbracoMemberGroupClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoMemberGroupClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoUserGroupClient umbracoUserGroupClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoUserGroupClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoWebhookClient umbracoWebhookClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoWebhookClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoHealthCheckClient umbracoHealthCheckClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoHealthCheckClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoIndexerClient umbracoIndexerClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoIndexerClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoSearcherClient umbracoSearcherClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoSearcherClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoServerClient umbracoServerClient(@Qualifier(PROXY_FACTORY) HttpServiceProxyFactory proxyFactory) {
		return proxyFactory.createClient(UmbracoServerClient.class);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoServerProbe umbracoServerProbe(UmbracoServerClient server,
			@Qualifier(UmbracoManagementAutoConfiguration.WEB_CLIENT_BEAN_NAME) WebClient webClient) {
		return new UmbracoServerProbe(server, webClient);
	}

	@Bean
	@ConditionalOnMissingBean
	UmbracoMediaUploads umbracoMediaUploads(UmbracoTemporaryFileClient temporaryFiles, UmbracoMediaClient media) {
		return new UmbracoMediaUploads(temporaryFiles, media);
	}

}
