package io.castellan.authz.bootstrap;

import io.castellan.authz.config.GroupConsumers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;

/**
 * The tenant topic read in a consumer group of its own, so each tenant is bootstrapped by one replica. On unless
 * {@code castellan.bootstrap.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "castellan.bootstrap.enabled", havingValue = "true", matchIfMissing = true)
class BootstrapConfiguration {

	static final String FACTORY = "tenantBootstrapListenerFactory";

	@Bean(FACTORY)
	ConcurrentKafkaListenerContainerFactory<String, byte[]> tenantBootstrapListenerFactory(
			@Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers,
			@Value("${castellan.bootstrap.group:authz-service-bootstrap}") String group) {
		// From the beginning: tenants created before the first deployment need their role too.
		return GroupConsumers.factory(bootstrapServers, group, true);
	}

	@Bean
	TenantBootstrapListener tenantBootstrapListener(TenantBootstrap bootstrap, JsonMapper json) {
		return new TenantBootstrapListener(bootstrap, json);
	}

}
