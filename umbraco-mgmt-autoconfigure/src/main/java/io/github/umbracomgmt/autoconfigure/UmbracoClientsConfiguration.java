package io.github.umbracomgmt.autoconfigure;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.umbracomgmt.client.UmbracoClientType;
import io.github.umbracomgmt.client.UmbracoClientTypes;
import io.github.umbracomgmt.client.UmbracoMediaClient;
import io.github.umbracomgmt.client.UmbracoMediaUploads;
import io.github.umbracomgmt.client.UmbracoServerClient;
import io.github.umbracomgmt.client.UmbracoServerProbe;
import io.github.umbracomgmt.client.UmbracoTemporaryFileClient;

/**
 * The typed clients of the Management API: one bean per client type of the generated
 * {@link UmbracoClientTypes#ALL}, each the default site's instance of its generated
 * implementation ({@code umbracoSite.client(type)}) and each backing off when the
 * application defines a bean of its type; plus the probe and the media uploads built on
 * them.
 *
 * @author umbraco-mgmt
 */
@Configuration(proxyBeanMethods = false)
@Import(UmbracoClientsConfiguration.ClientsRegistrar.class)
class UmbracoClientsConfiguration {

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

	/**
	 * Registers a bean for each client type the application does not define itself. It
	 * runs when the auto-configuration's bean definitions are loaded, after the
	 * application's own, as {@code @ConditionalOnMissingBean} does.
	 */
	static final class ClientsRegistrar implements ImportBeanDefinitionRegistrar {

		@Override
		public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
			for (UmbracoClientType client : UmbracoClientTypes.ALL) {
				if (!definesBeanOfType(registry, client.type())) {
					registry.registerBeanDefinition(client.beanName(), definition(client.type()));
				}
			}
		}

		private static boolean definesBeanOfType(BeanDefinitionRegistry registry, Class<?> type) {
			return (registry instanceof ListableBeanFactory beanFactory)
					&& beanFactory.getBeanNamesForType(type, true, false).length > 0;
		}

		/**
		 * {@code umbracoSite.client(type)}, declared so that AOT and type matching see
		 * it: the bean and the default site share one instance.
		 */
		private static RootBeanDefinition definition(Class<?> type) {
			RootBeanDefinition definition = new RootBeanDefinition();
			definition.setTargetType(type);
			definition.setFactoryBeanName(UmbracoManagementAutoConfiguration.SITE_BEAN_NAME);
			definition.setFactoryMethodName("client");
			definition.getConstructorArgumentValues().addGenericArgumentValue(type);
			return definition;
		}

	}

}
