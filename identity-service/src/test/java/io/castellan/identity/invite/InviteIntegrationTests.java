package io.castellan.identity.invite;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.castellan.identity.AdminClient;
import io.castellan.identity.IdentityIntegrationTest;
import io.castellan.identity.token.MailEvents;
import io.castellan.identity.token.TokenIssuer;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.security.SealedSecrets;
import io.castellan.platform.test.TestEvents;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestKafka;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.identity.InviteAccepted;
import io.castellan.schemas.identity.InviteCreated;
import io.castellan.schemas.identity.InviteRevoked;
import io.castellan.schemas.identity.PrincipalEmailVerified;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.tenant.TenantCreated;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Invitations against the running service: create, read, revoke, accept, and every way acceptance is refused. */
@IdentityIntegrationTest
class InviteIntegrationTests {

	private static final String PASSWORD = "a perfectly fine passphrase";

	@LocalServerPort
	int port;

	@Autowired
	EventPublisher publisher;

	@Autowired
	SealedSecrets linkKey;

	@Autowired
	JdbcClient jdbc;

	private TestHttp admin;

	private TestHttp anonymous;

	@BeforeEach
	void setUp() {
		this.admin = AdminClient.http(this.port);
		this.anonymous = TestHttp.at(this.port);
	}

	@Test
	void acceptWhenPendingThenPrincipalWithVerifiedEmailAndRolesAnnounced() {
		Tenant tenant = tenant();
		String email = unique("ida") + "@example.com";

		TestHttp.Response created = invite(tenant, email, List.of("role-a", "role-b"));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode invite = created.json();
		String inviteId = invite.get("id").asString();
		assertThat(created.header("Location")).isEqualTo("/api/invites/" + inviteId);
		assertThat(invite.get("status").asString()).isEqualTo("pending");
		assertThat(invite.get("roles").valueStream().map(JsonNode::asString)).containsExactly("role-a", "role-b");
		assertThat(Duration.between(Instant.parse(invite.get("createdAt").asString()),
				Instant.parse(invite.get("expiresAt").asString()))).isEqualTo(Duration.ofDays(7));
		assertThat(created.raw().body()).doesNotContain("token\":\"v1.");
		String token = open(MailEvents.awaitOne(InviteCreated.TYPE, "inviteId", inviteId));

		TestHttp.Response accepted = accept(token, "Ida");

		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
		String principalId = accepted.json().get("principalId").asString();
		assertThat(accepted.header("Location")).isEqualTo("/api/principals/" + principalId);
		JsonNode principal = this.admin.get("/api/principals/" + principalId).json();
		assertThat(principal.get("tenantId").asString()).isEqualTo(tenant.id());
		assertThat(principal.get("kind").asString()).isEqualTo("human");
		assertThat(principal.get("email").asString()).isEqualTo(email);
		JsonNode announced = MailEvents.awaitOne(InviteAccepted.TYPE, "inviteId", inviteId);
		assertThat(announced.get("principalId").asString()).isEqualTo(principalId);
		assertThat(announced.get("roles").valueStream().map(JsonNode::asString)).containsExactly("role-a", "role-b");
		assertThat(MailEvents.awaitOne(PrincipalEmailVerified.TYPE, "principalId", principalId).get("method").asString())
			.isEqualTo("invite");
		assertThat(this.admin.get("/api/invites/" + inviteId).json().get("status").asString()).isEqualTo("accepted");
		assertThat(this.anonymous.post("/api/login", Map.of("identifier", email, "password", PASSWORD, "tenant",
				tenant.id())).status()).as("no verification needed").isEqualTo(200);
		assertRegisteredBeforeAcceptedOnOnePartition(principalId, inviteId);

		TestHttp.Response again = accept(token, "Ida again");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("invite_already_accepted");
		assertThat(this.admin.delete("/api/invites/" + inviteId).json().get("code").asString())
			.isEqualTo("invite_already_accepted");
		assertThat(MailEvents.mentioning(inviteId)).as("neither the token nor its hash is in any event")
			.noneMatch((event) -> event.contains(token) || event.contains(TokenIssuer.hash(token)));
	}

	@Test
	void acceptWhenRevokedOrExpiredThenGoneAndWhenUnknownThenNotFound() {
		Tenant tenant = tenant();
		String revokedId = invite(tenant, unique("jo") + "@example.com", List.of("r")).json().get("id").asString();
		String revokedToken = open(MailEvents.awaitOne(InviteCreated.TYPE, "inviteId", revokedId));
		String expiredId = invite(tenant, unique("kim") + "@example.com", List.of("r")).json().get("id").asString();
		String expiredToken = open(MailEvents.awaitOne(InviteCreated.TYPE, "inviteId", expiredId));

		TestHttp.Response revoked = this.admin.delete("/api/invites/" + revokedId);
		assertThat(revoked.status()).isEqualTo(204);
		assertThat(MailEvents.awaitOne(InviteRevoked.TYPE, "inviteId", revokedId).get("revokedBy").isNull()).isFalse();
		assertThat(this.admin.delete("/api/invites/" + revokedId).status()).as("revoking twice").isEqualTo(204);
		// A week passes, as far as the invitation is concerned.
		this.jdbc.sql("update invite_v1 set expires_at = now() - interval '1 second' where invite_id = :id")
			.param("id", expiredId)
			.update();

		TestHttp.Response acceptRevoked = accept(revokedToken, "Jo");
		TestHttp.Response acceptExpired = accept(expiredToken, "Kim");
		TestHttp.Response acceptUnknown = accept("no-such-token", "Lee");

		assertThat(acceptRevoked.status()).isEqualTo(410);
		assertThat(acceptRevoked.json().get("code").asString()).isEqualTo("invite_revoked");
		assertThat(acceptExpired.status()).isEqualTo(410);
		assertThat(acceptExpired.json().get("code").asString()).isEqualTo("invite_expired");
		assertThat(this.admin.get("/api/invites/" + expiredId).json().get("status").asString()).isEqualTo("expired");
		assertThat(this.admin.get("/api/invites/" + revokedId).json().get("status").asString()).isEqualTo("revoked");
		assertThat(acceptUnknown.status()).isEqualTo(404);
		assertThat(acceptUnknown.json().get("code").asString()).isEqualTo("invite_not_found");
		assertThat(this.admin.get("/api/invites/nope").status()).isEqualTo(404);
	}

	@Test
	void acceptWhenPasswordWeakThenUnprocessableAndTheInvitationStillWorks() {
		Tenant tenant = tenant();
		String inviteId = invite(tenant, unique("max") + "@example.com", List.of("r")).json().get("id").asString();
		String token = open(MailEvents.awaitOne(InviteCreated.TYPE, "inviteId", inviteId));

		TestHttp.Response weak = this.anonymous.post("/api/invites/accept",
				Map.of("token", token, "name", "Max", "password", "short"));

		assertThat(weak.status()).isEqualTo(422);
		assertThat(accept(token, "Max").status()).isEqualTo(201);
	}

	@Test
	void createWhenInputInvalidOrTenantUnknownThenProblem() {
		Tenant tenant = tenant();
		Map<String, Object> noRoles = Map.of("email", "x@example.com", "tenantId", tenant.id(), "roles", List.of());
		Map<String, Object> tooLong = Map.of("email", "x@example.com", "tenantId", tenant.id(), "roles", List.of("r"),
				"expiresInDays", 31);
		Map<String, Object> unknownTenant = Map.of("email", "x@example.com", "tenantId", "nope", "roles", List.of("r"));

		assertThat(this.admin.post("/api/invites", noRoles).json().get("code").asString()).isEqualTo("validation_failed");
		assertThat(this.admin.post("/api/invites", tooLong).json().get("code").asString()).isEqualTo("validation_failed");
		assertThat(this.admin.post("/api/invites", unknownTenant).json().get("code").asString())
			.isEqualTo("tenant_not_found");
	}

	@Test
	void invitesWhenCallerHasNoTokenThenUnauthorized() {
		assertThat(this.anonymous.post("/api/invites", Map.of()).status()).isEqualTo(401);
		assertThat(this.anonymous.get("/api/invites/x").status()).isEqualTo(401);
		assertThat(this.anonymous.get("/api/invites/accept").status()).isEqualTo(401);
		assertThat(this.anonymous.delete("/api/invites/x").status()).isEqualTo(401);
	}

	/** authz-service assigns the roles on invite.accepted: the principal must be known to it by then. */
	private static void assertRegisteredBeforeAcceptedOnOnePartition(String principalId, String inviteId) {
		List<ConsumerRecord<String, byte[]>> records = TestKafka.records(EventTypes.IDENTITY_TOPIC);
		ConsumerRecord<String, byte[]> registered = records.stream()
			.filter((r) -> PrincipalRegistered.TYPE.equals(TestKafka.header(r, CloudEventHeaders.TYPE))
					&& principalId.equals(TestKafka.header(r, CloudEventHeaders.SUBJECT)))
			.findFirst()
			.orElseThrow();
		ConsumerRecord<String, byte[]> accepted = records.stream()
			.filter((r) -> InviteAccepted.TYPE.equals(TestKafka.header(r, CloudEventHeaders.TYPE))
					&& inviteId.equals(TestKafka.header(r, CloudEventHeaders.SUBJECT)))
			.findFirst()
			.orElseThrow();
		assertThat(accepted.partition()).isEqualTo(registered.partition());
		assertThat(accepted.offset()).isGreaterThan(registered.offset());
	}

	private String open(JsonNode mail) {
		return this.linkKey.unseal(mail.get("sealedToken").asString(),
				InviteCreated.sealingContext(mail.get("inviteId").asString()));
	}

	private TestHttp.Response invite(Tenant tenant, String email, List<String> roles) {
		Map<String, Object> body = new HashMap<>(Map.of("email", email, "tenantId", tenant.id(), "roles", roles));
		return this.admin.header(ConsistencyToken.HEADER, tenant.token()).post("/api/invites", body);
	}

	private TestHttp.Response accept(String token, String name) {
		return this.anonymous.post("/api/invites/accept",
				Map.of("token", token, "name", name + "-" + UUID.randomUUID().toString().substring(0, 4), "password",
						PASSWORD));
	}

	private Tenant tenant() {
		String tenantId = UUID.randomUUID().toString();
		ConsistencyToken token = TestEvents.publish(this.publisher,
				new TenantCreated(tenantId, "T", "t-" + tenantId.substring(0, 8), "active", "admin", Instant.now()));
		return new Tenant(tenantId, token.encode());
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private record Tenant(String id, String token) {
	}

}
