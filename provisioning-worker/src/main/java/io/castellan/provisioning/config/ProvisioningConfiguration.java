package io.castellan.provisioning.config;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.castellan.provisioning.connector.Connector;
import io.castellan.provisioning.connector.Connectors;
import io.castellan.provisioning.connector.webhook.WebhookConnector;
import io.castellan.provisioning.run.command.RetrySchedule;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.StringUtils;

/** Connectors, their circuit breakers, the retry schedule and the runner's scheduling. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ProvisioningProperties.class)
class ProvisioningConfiguration {

	@Bean
	WebhookConnector webhookConnector(ProvisioningProperties properties, JsonMapper json, Clock clock) {
		ProvisioningProperties.Webhook webhook = properties.webhook();
		URI url = StringUtils.hasText(webhook.url()) ? URI.create(webhook.url().strip()) : null;
		return new WebhookConnector(url, webhook.secret(), webhook.connectTimeout(), webhook.timeout(), json, clock);
	}

	@Bean
	Connectors connectors(List<Connector> connectors, ProvisioningProperties properties) {
		return new Connectors(connectors, properties.steps());
	}

	/** Injected into the run aggregate's command handlers, which decide when a failed step is tried again. */
	@Bean
	RetrySchedule retrySchedule(ProvisioningProperties properties) {
		return new RetrySchedule(properties.retry().backoff());
	}

	@Bean
	CircuitBreakerRegistry connectorCircuitBreakers(ProvisioningProperties properties) {
		ProvisioningProperties.Breaker breaker = properties.circuitBreaker();
		return CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.failureRateThreshold(breaker.failureRateThreshold())
			.slidingWindowSize(breaker.slidingWindowSize())
			.minimumNumberOfCalls(breaker.minimumNumberOfCalls())
			.waitDurationInOpenState(breaker.waitInOpenState())
			.build());
	}

}
