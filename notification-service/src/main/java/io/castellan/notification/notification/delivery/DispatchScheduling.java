package io.castellan.notification.notification.delivery;

import io.castellan.notification.config.NotificationProperties;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Polls the outbox every {@code castellan.notification.dispatch-interval} (after the previous poll ended). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DispatchScheduling implements SchedulingConfigurer {

	private final OutboxDispatcher dispatcher;

	private final NotificationProperties properties;

	DispatchScheduling(OutboxDispatcher dispatcher, NotificationProperties properties) {
		this.dispatcher = dispatcher;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this.dispatcher::dispatchDue, this.properties.dispatchInterval());
	}

}
