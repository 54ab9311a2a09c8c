package io.castellan.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.castellan.platform.test.CastellanTestInitializer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * identity-service for real, on PostgreSQL and the embedded broker. Unlike the other services it trusts only its
 * own tokens, so tests obtain them from its token endpoint like any client. The breached-password check talks to
 * {@link FakeHibp}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { CastellanTestInitializer.class, FakeHibp.class })
@TestPropertySource(properties = { "castellan.bootstrap.admin-client-secret=" + IdentityIntegrationTest.ADMIN_SECRET,
		"castellan.issuer=" + IdentityIntegrationTest.ISSUER })
public @interface IdentityIntegrationTest {

	String ISSUER = "http://castellan.test";

	String ADMIN_CLIENT = "castellan-admin";

	String ADMIN_SECRET = "integration-test-admin-secret";

}
