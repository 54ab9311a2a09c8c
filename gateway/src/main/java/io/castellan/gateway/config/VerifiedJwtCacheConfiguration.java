package io.castellan.gateway.config;

import java.time.Clock;
import java.time.Duration;

import io.castellan.gateway.security.VerifiedJwtCache;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Wraps the gateway's JWT decoder (Boot's) in a {@link VerifiedJwtCache}: at most
 * {@code castellan.security.verified-jwt-cache.maximum-size} tokens (default 10,000; 0 turns it off), each kept
 * until its expiry or {@code ...maximum-age} (default 5 minutes), whichever is sooner. Same properties as the
 * services' cache in {@code platform}.
 */
@Configuration(proxyBeanMethods = false)
class VerifiedJwtCacheConfiguration {

	@Bean
	static BeanPostProcessor verifiedJwtCache(Environment environment) {
		long maximumSize = environment.getProperty("castellan.security.verified-jwt-cache.maximum-size", Long.class,
				10_000L);
		Duration maximumAge = environment.getProperty("castellan.security.verified-jwt-cache.maximum-age",
				Duration.class, Duration.ofMinutes(5));
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (maximumSize > 0 && bean instanceof ReactiveJwtDecoder decoder
						&& !(bean instanceof VerifiedJwtCache)) {
					return new VerifiedJwtCache(decoder, maximumSize, maximumAge, Clock.systemUTC());
				}
				return bean;
			}
		};
	}

}
