package io.castellan.provisioning.connector.webhook;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.castellan.provisioning.connector.Connector;
import io.castellan.provisioning.connector.ConnectorException;
import io.castellan.provisioning.connector.ProvisioningContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.Assert;

/**
 * The generic connector: POSTs each step to a configured URL as a signed
 * <a href="https://www.standardwebhooks.com/">Standard Webhook</a> and reads the created resource's id from the
 * JSON answer's {@code handle}. Body: {@code action} ({@code provision} or {@code compensate}), {@code runId},
 * {@code tenantId}, {@code step}, {@code attempt}, {@code handle} (when compensating) and
 * {@code tenant: {id, name, alias, createdBy}}.
 * The {@code webhook-id} stays the same across the attempts of one action, so a receiver de-duplicates by it and
 * answers a repeated request with the handle it already made. Any answer but 2xx, or none within the timeout, fails
 * the attempt.
 * <p>
 * Without a URL the connector provisions nothing and says so in the log, so a local platform runs without a
 * receiver; the step then succeeds with no handle.
 */
public final class WebhookConnector implements Connector {

	/** The step name. */
	public static final String NAME = "webhook";

	private static final Logger logger = LoggerFactory.getLogger(WebhookConnector.class);

	private static final int MAX_ERROR_BODY = 200;

	private final URI url;

	private final WebhookSigner signer;

	private final Duration timeout;

	private final HttpClient http;

	private final JsonMapper json;

	private final Clock clock;

	/**
	 * @param url the receiver, or null to skip the step
	 * @param secret {@code whsec_<base64>}; required with a URL, since unsigned requests could be forged
	 */
	public WebhookConnector(URI url, String secret, Duration connectTimeout, Duration timeout, JsonMapper json,
			Clock clock) {
		Assert.notNull(timeout, "timeout cannot be null");
		Assert.notNull(json, "json cannot be null");
		Assert.notNull(clock, "clock cannot be null");
		this.url = url;
		this.signer = (url != null) ? new WebhookSigner(secret) : null;
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build();
		this.json = json;
		this.clock = clock;
		if (url == null) {
			logger.warn("castellan.provisioning.webhook.url is not set: the '{}' provisioning step will succeed "
					+ "without calling anything", NAME);
		}
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String provision(ProvisioningContext context) {
		if (this.url == null) {
			logger.warn("Provisioning step '{}' of run {} (tenant {}) skipped: castellan.provisioning.webhook.url is "
					+ "not set", NAME, context.runId(), context.tenant().id());
			return null;
		}
		JsonNode answer = post("provision", context, null);
		JsonNode handle = (answer != null) ? answer.get("handle") : null;
		return (handle != null && handle.isString()) ? handle.stringValue() : null;
	}

	@Override
	public void compensate(ProvisioningContext context, String handle) {
		if (this.url == null) {
			logger.warn("Compensation of step '{}' of run {} skipped: castellan.provisioning.webhook.url is not set",
					NAME, context.runId());
			return;
		}
		post("compensate", context, handle);
	}

	private JsonNode post(String action, ProvisioningContext context, String handle) {
		String body = this.json.writeValueAsString(body(action, context, handle));
		String messageId = messageId(action, context);
		long timestamp = this.clock.instant().getEpochSecond();
		HttpRequest.Builder request = HttpRequest.newBuilder(this.url)
			.timeout(this.timeout)
			.header("Content-Type", "application/json")
			.header("webhook-id", messageId)
			.header("webhook-timestamp", Long.toString(timestamp))
			.header("webhook-signature", this.signer.sign(messageId, timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (context.traceparent() != null) {
			request.header("traceparent", context.traceparent());
		}
		HttpResponse<String> response = send(request.build());
		if (response.statusCode() / 100 != 2) {
			throw new ConnectorException("Webhook " + this.url + " answered HTTP " + response.statusCode()
					+ abbreviate(response.body()));
		}
		if (response.body() == null || response.body().isBlank()) {
			return null;
		}
		try {
			return this.json.readTree(response.body());
		}
		catch (JacksonException ex) {
			throw new ConnectorException("Webhook " + this.url + " answered HTTP " + response.statusCode()
					+ " with a body that is not JSON" + abbreviate(response.body()), ex);
		}
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (HttpTimeoutException ex) {
			throw new ConnectorException("Webhook " + this.url + " did not answer within " + this.timeout, ex);
		}
		catch (ConnectException ex) {
			throw new ConnectorException("Webhook " + this.url + " refused the connection or could not be reached", ex);
		}
		catch (IOException ex) {
			throw new ConnectorException("Webhook " + this.url + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ConnectorException("Interrupted while calling webhook " + this.url, ex);
		}
	}

	private static Map<String, Object> body(String action, ProvisioningContext context, String handle) {
		Map<String, Object> tenant = new LinkedHashMap<>();
		tenant.put("id", context.tenant().id());
		tenant.put("name", context.tenant().name());
		tenant.put("alias", context.tenant().alias());
		tenant.put("createdBy", context.tenant().createdBy());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("action", action);
		body.put("runId", context.runId());
		body.put("tenantId", context.tenant().id());
		body.put("step", context.step());
		body.put("attempt", context.attempt());
		if (handle != null) {
			body.put("handle", handle);
		}
		body.put("tenant", tenant);
		return body;
	}

	/** Stable across attempts of the same action on the same step of the same run. */
	static String messageId(String action, ProvisioningContext context) {
		return "msg_" + UUID.nameUUIDFromBytes((action + ":" + context.runId() + ":" + context.step())
			.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
	}

	private static String abbreviate(String body) {
		if (body == null || body.isBlank()) {
			return "";
		}
		String text = body.strip();
		return ": " + ((text.length() > MAX_ERROR_BODY) ? text.substring(0, MAX_ERROR_BODY) + "..." : text);
	}

}
