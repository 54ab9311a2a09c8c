package io.castellan.notification;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.castellan.platform.test.CastellanTestInitializer;
import io.castellan.platform.test.TestSecurityConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * notification-service for real (see {@code CastellanIntegrationTest}), mailing to {@link TestSmtp#shared()}, with
 * a fast dispatcher and short retry delays. Every test class uses this one configuration, so they share one
 * application context and one consumer of the identity topic.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { CastellanTestInitializer.class, TestSmtp.Initializer.class })
@Import(TestSecurityConfiguration.class)
@TestPropertySource(properties = { "castellan.notification.dispatch-interval=100ms",
		"castellan.notification.retry-delays=200ms,200ms,1s,1s,1s" })
public @interface NotificationIntegrationTest {

}
