package io.castellan.provisioning.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code castellan.provisioning.*}: which steps a run has, how the runner paces itself, how failures are retried
 * and when a connector's circuit opens.
 * @param steps connector names, in the order a run executes them
 */
@ConfigurationProperties("castellan.provisioning")
public record ProvisioningProperties(@DefaultValue("webhook") List<String> steps, @DefaultValue Runner runner,
		@DefaultValue Retry retry, @DefaultValue Breaker circuitBreaker, @DefaultValue Webhook webhook) {

	/**
	 * @param interval pause between two polls for due steps
	 * @param batchSize most steps one poll executes, one transaction each
	 */
	public record Runner(@DefaultValue("1s") Duration interval, @DefaultValue("20") int batchSize) {
	}

	/** @param backoff delay before the 2nd, 3rd... attempt; a failure after the last delay gives up */
	public record Retry(@DefaultValue({ "5s", "30s", "2m", "10m", "1h" }) List<Duration> backoff) {
	}

	/**
	 * Per connector: the circuit opens when at least {@code failureRateThreshold} percent of the last
	 * {@code slidingWindowSize} calls failed (after {@code minimumNumberOfCalls}), and lets a trial call through
	 * after {@code waitInOpenState}.
	 */
	public record Breaker(@DefaultValue("50") float failureRateThreshold, @DefaultValue("10") int slidingWindowSize,
			@DefaultValue("5") int minimumNumberOfCalls, @DefaultValue("30s") Duration waitInOpenState) {
	}

	/**
	 * @param url where the webhook step POSTs; blank skips the step
	 * @param secret Standard Webhooks signing secret, {@code whsec_<base64>}
	 * @param timeout the most one call may take, connection included
	 */
	public record Webhook(String url, String secret, @DefaultValue("2s") Duration connectTimeout,
			@DefaultValue("10s") Duration timeout) {
	}

}
