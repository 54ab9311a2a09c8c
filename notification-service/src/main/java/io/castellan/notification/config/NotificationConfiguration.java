package io.castellan.notification.config;

import io.castellan.notification.notification.command.RetrySchedule;
import io.castellan.notification.template.ClasspathNotificationTemplates;
import io.castellan.notification.template.NotificationTemplates;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The retry schedule and the template source, both injected into the Notification aggregate's handlers. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	@Bean
	RetrySchedule retrySchedule(NotificationProperties properties) {
		return new RetrySchedule(properties.retryDelays());
	}

	@Bean
	NotificationTemplates notificationTemplates() {
		return new ClasspathNotificationTemplates();
	}

}
