package io.castellan.e2e;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.test.TestHttp;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The foundation's flow across every real service, driven only through the gateway: a tenant, a principal in it,
 * a role assigned to the principal and checked with the assignment's consistency token; the audit trail, the
 * welcome email over SMTP and the tenant's provisioning run that follow from those events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformFlowIntegrationTests {

	private GreenMail smtp;

	private WebhookReceiver webhooks;

	private RunningPlatform platform;

	private TestHttp admin;

	@BeforeAll
	void startPlatform() throws Exception {
		this.smtp = new GreenMail(new ServerSetup(RunningPlatform.freePort(), "127.0.0.1", "smtp"));
		this.smtp.start();
		this.webhooks = new WebhookReceiver();
		this.platform = RunningPlatform.start(Map.of("CASTELLAN_SMTP_HOST", "127.0.0.1", "CASTELLAN_SMTP_PORT",
				Integer.toString(this.smtp.getSmtp().getPort()), "CASTELLAN_PROVISIONING_WEBHOOK_URL",
				this.webhooks.url(), "CASTELLAN_PROVISIONING_WEBHOOK_SECRET", WebhookReceiver.SECRET,
				"CASTELLAN_PROVISIONING_INTERVAL", "200ms"));
		TokenResponse response = TokenResponse.parse(new TokenRequest(
				URI.create(this.platform.gatewayUrl() + "/oauth2/token"),
				new ClientSecretBasic(new ClientID(RunningPlatform.ADMIN_CLIENT), new Secret(RunningPlatform.ADMIN_SECRET)),
				new ClientCredentialsGrant(), new Scope("platform.admin"))
			.toHTTPRequest()
			.send());
		assertThat(response.indicatesSuccess()).as(String.valueOf(response)).isTrue();
		this.admin = new TestHttp(this.platform.gatewayUrl())
			.as(response.toSuccessResponse().getTokens().getAccessToken().getValue());
	}

	@AfterAll
	void stopPlatform() {
		if (this.platform != null) {
			this.platform.close();
		}
		if (this.webhooks != null) {
			this.webhooks.close();
		}
		if (this.smtp != null) {
			this.smtp.stop();
		}
	}

	@Test
	void writeThroughEveryServiceThenCheckAuditMailAndProvisioningFollow() throws Exception {
		Instant start = Instant.now().minusSeconds(1);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		List<String> tokens = new ArrayList<>();

		TestHttp.Response tenant = this.admin.header("X-Request-Id", "e2e-" + suffix)
			.post("/api/tenants", Map.of("name", "Acme " + suffix, "alias", "acme-" + suffix));
		assertThat(tenant.status()).as(tenant.toString()).isEqualTo(201);
		assertThat(tenant.header("X-Request-Id")).isEqualTo("e2e-" + suffix);
		String tenantId = tenant.json().get("id").asString();
		tokens.add(tenant.header(ConsistencyToken.HEADER));
		assertThat(this.admin.get("/api/tenants/" + tenantId).json().get("status").asString()).isEqualTo("active");

		TestHttp.Response principal = this.admin.header(ConsistencyToken.HEADER, tokens.get(0))
			.post("/api/principals", Map.of("tenantId", tenantId, "kind", "human", "name", "alice", "email",
					"alice-" + suffix + "@acme.test"));
		assertThat(principal.status()).as(principal.toString()).isEqualTo(201);
		String principalId = principal.json().get("id").asString();
		tokens.add(principal.header(ConsistencyToken.HEADER));
		assertThat(this.admin.get("/api/principals/" + principalId).json().get("name").asString()).isEqualTo("alice");

		TestHttp.Response role = this.admin.post("/api/authz/roles", Map.of("tenantId", tenantId, "name", "reader",
				"blocks", List.of(Map.of("effect", "allow", "actions", List.of("read"), "scope", Map.of("mode", "tenant")))));
		assertThat(role.status()).as(role.toString()).isEqualTo(201);
		tokens.add(role.header(ConsistencyToken.HEADER));
		TestHttp.Response assignment = this.admin.header(ConsistencyToken.HEADER, tokens.get(1))
			.post("/api/authz/role-assignments", Map.of("tenantId", tenantId, "roleId",
					role.json().get("id").asString(), "principalId", principalId));
		assertThat(assignment.status()).as(assignment.toString()).isEqualTo(201);
		String assignmentToken = assignment.header(ConsistencyToken.HEADER);
		tokens.add(assignmentToken);

		// Straight after the write, with its token: never stale.
		JsonNode decision = check(principalId, tenantId, assignmentToken);
		assertThat(decision.get("allowed").asBoolean()).as(decision.toString()).isTrue();

		// Another tenant's principal gets nothing in this tenant.
		TestHttp.Response other = this.admin.post("/api/tenants", Map.of("name", "Globex", "alias", "globex-" + suffix));
		String otherTenant = other.json().get("id").asString();
		TestHttp.Response bob = this.admin.header(ConsistencyToken.HEADER, other.header(ConsistencyToken.HEADER))
			.post("/api/principals", Map.of("tenantId", otherTenant, "kind", "human", "name", "bob"));
		String both = ConsistencyToken.parse(assignmentToken)
			.merge(ConsistencyToken.parse(bob.header(ConsistencyToken.HEADER)))
			.encode();
		JsonNode denied = check(bob.json().get("id").asString(), tenantId, both);
		assertThat(denied.get("allowed").asBoolean()).isFalse();

		// Every event of the flow is an audit record of the tenant, readable with the combined token.
		String all = tokens.stream()
			.map(ConsistencyToken::parse)
			.reduce(ConsistencyToken.empty(), ConsistencyToken::merge)
			.encode();
		JsonNode audit = this.admin.header(ConsistencyToken.HEADER, all)
			.get("/api/audit/records?tenantId=" + tenantId + "&from=" + start + "&limit=100")
			.json();
		List<String> actions = new ArrayList<>();
		audit.get("items").forEach((record) -> actions.add(record.get("action").asString()));
		assertThat(actions).contains("tenant.created", "principal.registered", "role.created", "role.assigned");
		audit.get("items").forEach((record) -> {
			if (record.get("action").asString().equals("tenant.created")) {
				assertThat(record.get("correlationId").asString()).isEqualTo("e2e-" + suffix);
				assertThat(record.get("actor").asString()).isEqualTo(RunningPlatform.ADMIN_CLIENT);
			}
		});

		// The welcome email went through the outbox to a real SMTP server.
		await("welcome email").atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			MimeMessage[] messages = this.smtp.getReceivedMessagesForDomain("acme.test");
			assertThat(messages).anySatisfy((message) -> assertThat(message.getAllRecipients()[0].toString())
				.isEqualTo("alice-" + suffix + "@acme.test"));
		});

		// The tenant's provisioning run called the signed webhook and completed.
		await("provisioning run").atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			JsonNode runs = this.admin.get("/api/provisioning/runs?tenantId=" + tenantId).json();
			assertThat(runs.get("items")).isNotEmpty();
			assertThat(runs.get("items").get(0).get("status").asString()).isEqualTo("completed");
			assertThat(runs.get("items").get(0).get("handles").get("webhook").asString()).isEqualTo("ext-e2e");
		});
		assertThat(this.webhooks.verifiedBodies()).anyMatch((body) -> body.contains(tenantId));

		// Freezing the tenant reaches the index: with the freeze's token the same check is denied, with the reason.
		TestHttp.Response frozen = this.admin.post("/api/tenants/" + tenantId + "/freeze", "");
		assertThat(frozen.status()).as(frozen.toString()).isEqualTo(200);
		JsonNode whileFrozen = check(principalId, tenantId, frozen.header(ConsistencyToken.HEADER));
		assertThat(whileFrozen.get("allowed").asBoolean()).isFalse();
		assertThat(whileFrozen.get("reason").asString()).isEqualTo("tenant_not_active");
	}

	/**
	 * A person with a password logs in, and an API key of theirs, sent as itself through the gateway, asks
	 * authz-service about its owner: the answer is the owner's rights narrowed to the key's ceiling.
	 */
	@Test
	void apiKeyThroughTheGatewayIsNarrowedToItsCeilingAcrossServices() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		TestHttp.Response tenant = this.admin.post("/api/tenants", Map.of("name", "Keys " + suffix, "alias",
				"keys-" + suffix));
		String tenantId = tenant.json().get("id").asString();
		TestHttp.Response person = this.admin.header(ConsistencyToken.HEADER, tenant.header(ConsistencyToken.HEADER))
			.post("/api/principals", Map.of("tenantId", tenantId, "kind", "human", "name", "carol-" + suffix,
					"password", "a long enough passphrase " + suffix));
		assertThat(person.status()).as(person.toString()).isEqualTo(201);
		String personId = person.json().get("id").asString();
		TestHttp.Response login = new TestHttp(this.platform.gatewayUrl()).post("/api/login",
				Map.of("identifier", "carol-" + suffix, "password", "a long enough passphrase " + suffix));
		assertThat(login.status()).as(login.toString()).isEqualTo(200);
		assertThat(login.json().get("tenantId").asString()).isEqualTo(tenantId);

		TestHttp.Response role = this.admin.post("/api/authz/roles", Map.of("tenantId", tenantId, "name", "editor",
				"blocks", List.of(Map.of("effect", "allow", "actions", List.of("read", "write"), "scope",
						Map.of("mode", "tenant")))));
		TestHttp.Response assignment = this.admin.header(ConsistencyToken.HEADER, person.header(ConsistencyToken.HEADER))
			.post("/api/authz/role-assignments", Map.of("tenantId", tenantId, "roleId",
					role.json().get("id").asString(), "principalId", personId));
		assertThat(assignment.status()).as(assignment.toString()).isEqualTo(201);
		TestHttp.Response key = this.admin.post("/api/api-keys", Map.of("name", "read only", "ownerId", personId,
				"ceiling", List.of(Map.of("actions", List.of("read"), "scope", Map.of("mode", "tenant")))));
		assertThat(key.status()).as(key.toString()).isEqualTo(201);
		String token = ConsistencyToken.parse(assignment.header(ConsistencyToken.HEADER))
			.merge(ConsistencyToken.parse(key.header(ConsistencyToken.HEADER)))
			.encode();

		TestHttp withKey = new TestHttp(this.platform.gatewayUrl()).as(key.json().get("key").asString());
		for (String action : List.of("read", "write")) {
			TestHttp.Response decision = withKey.post("/api/authz/check", Map.of("principalId", personId, "action",
					action, "object", Map.of("tenantId", tenantId, "type", "entity:device", "id", "d1"),
					"consistencyToken", token));
			assertThat(decision.status()).as(decision.toString()).isEqualTo(200);
			assertThat(decision.json().get("allowed").asBoolean()).as(action).isEqualTo(action.equals("read"));
			if (action.equals("write")) {
				assertThat(decision.json().get("reason").asString()).isEqualTo("api_key_ceiling");
			}
		}
	}

	@Test
	void apiWithoutOrWithForgedTokenThenRejectedAtTheGatewayAsProblem() {
		TestHttp anonymous = new TestHttp(this.platform.gatewayUrl());
		for (TestHttp caller : List.of(anonymous, anonymous.as("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."))) {
			TestHttp.Response response = caller.get("/api/tenants");
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.contentType()).startsWith("application/problem+json");
		}
	}

	@Test
	void discoveryThroughTheGatewayNamesTheGatewayAsIssuer() {
		TestHttp.Response discovery = new TestHttp(this.platform.gatewayUrl()).get("/.well-known/openid-configuration");
		assertThat(discovery.status()).isEqualTo(200);
		assertThat(discovery.json().get("issuer").asString()).isEqualTo(this.platform.gatewayUrl());
		assertThat(discovery.json().get("token_endpoint").asString()).startsWith(this.platform.gatewayUrl());
	}

	@Test
	void badInputThroughTheGatewayThenProblemWithCode() {
		TestHttp.Response malformed = this.admin.post("/api/tenants", "{\"name\":");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().get("code").asString()).isEqualTo("malformed_request");
		TestHttp.Response unknownTenant = this.admin.post("/api/principals",
				Map.of("tenantId", "no-such-tenant", "kind", "human", "name", "x"));
		assertThat(unknownTenant.status()).isEqualTo(422);
		assertThat(unknownTenant.json().get("code").asString()).isEqualTo("tenant_not_found");
	}

	private JsonNode check(String principalId, String tenantId, String token) {
		TestHttp.Response response = this.admin.post("/api/authz/check", Map.of("principalId", principalId, "action",
				"read", "object", Map.of("tenantId", tenantId, "type", "entity:device", "id", "d1"), "consistencyToken",
				token));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

}
