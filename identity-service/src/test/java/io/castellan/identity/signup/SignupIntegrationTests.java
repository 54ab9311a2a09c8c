package io.castellan.identity.signup;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.castellan.identity.AdminClient;
import io.castellan.identity.IdentityIntegrationTest;
import io.castellan.identity.tenant.KnownTenants;
import io.castellan.identity.token.MailEvents;
import io.castellan.identity.token.TokenIssuer;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.security.SealedSecrets;
import io.castellan.platform.test.TestEvents;
import io.castellan.platform.test.TestHttp;
import io.castellan.schemas.identity.EmailVerificationRequested;
import io.castellan.schemas.identity.PrincipalEmailVerified;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.identity.PrincipalSignedUp;
import io.castellan.schemas.tenant.TenantCreated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Self-service signup, the verification link and its resending, against the running service. */
@IdentityIntegrationTest
class SignupIntegrationTests {

	private static final String PASSWORD = "a perfectly fine passphrase";

	@LocalServerPort
	int port;

	@Autowired
	EventPublisher publisher;

	@Autowired
	KnownTenants tenants;

	@Autowired
	SealedSecrets linkKey;

	private TestHttp admin;

	private TestHttp anonymous;

	@BeforeEach
	void setUp() {
		this.admin = AdminClient.http(this.port);
		this.anonymous = TestHttp.at(this.port);
	}

	@Test
	void signupWhenNotOpenedThenForbiddenForTenantsAndThePlatform() {
		String tenantId = tenant();

		TestHttp.Response closedTenant = signUp(unique("ada") + "@example.com", tenantId);
		TestHttp.Response closedPlatform = signUp(unique("ada") + "@example.com", null);
		TestHttp.Response unknownTenant = signUp(unique("ada") + "@example.com", "no-such-tenant");

		for (TestHttp.Response refused : new TestHttp.Response[] { closedTenant, closedPlatform, unknownTenant }) {
			assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
			assertThat(refused.json().get("code").asString()).isEqualTo("signup_disabled");
		}
		JsonNode platform = this.admin.get("/api/signup-settings/platform").json();
		assertThat(platform.get("enabled").asBoolean()).isFalse();
		assertThat(platform.get("own").asBoolean()).isFalse();
	}

	@Test
	void signupWhenOpenThenAcceptedMailedAndLoginOnlyAfterTheLinkIsFollowed() {
		String tenantId = openTenant();
		String email = unique("Bea") + "@Example.com";

		TestHttp.Response accepted = signUp(email, tenantId);

		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
		String principalId = accepted.json().get("principalId").asString();
		assertThat(accepted.json().get("status").asString()).isEqualTo("verification_pending");
		JsonNode mail = MailEvents.awaitOne(EmailVerificationRequested.TYPE, "principalId", principalId);
		assertThat(mail.get("email").asString()).isEqualTo(email);
		assertThat(mail.get("tenantId").asString()).isEqualTo(tenantId);
		assertThat(mail.get("reason").asString()).isEqualTo("signup");
		assertThat(mail.get("locale").asString()).isEqualTo("nl");
		assertThat(Duration.between(Instant.parse(mail.get("requestedAt").asString()),
				Instant.parse(mail.get("expiresAt").asString()))).isEqualTo(Duration.ofHours(24));
		String token = open(mail);
		assertThat(MailEvents.of(PrincipalSignedUp.TYPE, "principalId", principalId)).hasSize(1);
		assertThat(MailEvents.of(PrincipalRegistered.TYPE, "principalId", principalId)).singleElement()
			.satisfies((registered) -> assertThat(registered.get("kind").asString()).isEqualTo("human"));

		TestHttp.Response early = login(email, tenantId);
		assertThat(early.status()).as(early.toString()).isEqualTo(403);
		assertThat(early.json().get("code").asString()).isEqualTo("email_verification_required");
		assertThat(login(email, tenantId, "not the password at all").json().get("code").asString())
			.as("a wrong password says nothing about verification")
			.isEqualTo("invalid_credentials");

		TestHttp.Response verified = this.anonymous.post("/api/signup/verify", Map.of("token", token));
		assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
		assertThat(verified.json().get("principalId").asString()).isEqualTo(principalId);
		assertThat(MailEvents.awaitOne(PrincipalEmailVerified.TYPE, "principalId", principalId).get("method").asString())
			.isEqualTo("link");
		assertThat(login(email, tenantId).status()).isEqualTo(200);

		TestHttp.Response reused = this.anonymous.post("/api/signup/verify", Map.of("token", token));
		assertThat(reused.status()).isEqualTo(410);
		assertThat(reused.json().get("code").asString()).isEqualTo("token_expired");
		assertThat(MailEvents.mentioning(principalId)).as("neither the token nor its hash is in any event")
			.noneMatch((event) -> event.contains(token) || event.contains(TokenIssuer.hash(token))
					|| event.contains(PASSWORD));
	}

	@Test
	void signupWhenEmailTakenInTheTenantThenConflictIgnoringCase() {
		String tenantId = openTenant();
		String email = unique("cy") + "@example.com";
		assertThat(signUp(email, tenantId).status()).isEqualTo(202);

		TestHttp.Response again = signUp(email.toUpperCase(), tenantId);

		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("principal_email_taken");
		assertThat(signUp(email, openTenant()).status()).as("another tenant is another namespace").isEqualTo(202);
	}

	@Test
	void signupWhenPasswordWeakOrBreachedThenUnprocessableAndNothingRegistered() {
		String tenantId = openTenant();
		String email = unique("dee") + "@example.com";

		TestHttp.Response weak = signUp(email, tenantId, "short");
		TestHttp.Response breached = signUp(email, tenantId, "password1234");

		assertThat(weak.status()).isEqualTo(422);
		assertThat(weak.json().get("code").asString()).isEqualTo("password_too_short");
		assertThat(breached.json().get("code").asString()).isEqualTo("password_breached");
		assertThat(signUp(email, tenantId).status()).as("the address is still free").isEqualTo(202);
	}

	@Test
	void verifyWhenTokenUnknownThenNotFound() {
		TestHttp.Response unknown = this.anonymous.post("/api/signup/verify", Map.of("token", "no-such-token"));

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("code").asString()).isEqualTo("token_not_found");
	}

	@Test
	void resendWhenAddressUnknownOrVerifiedThenAcceptedAndNothingMailed() {
		String tenantId = openTenant();
		String nobody = unique("nobody") + "@example.com";

		TestHttp.Response unknown = this.anonymous.post("/api/signup/resend", Map.of("email", nobody, "tenant", tenantId));
		TestHttp.Response unknownTenant = this.anonymous.post("/api/signup/resend",
				Map.of("email", nobody, "tenant", "no-such-tenant"));

		assertThat(unknown.status()).isEqualTo(202);
		assertThat(unknownTenant.status()).isEqualTo(202);
		assertThat(unknown.raw().body()).isEmpty();
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(MailEvents.of(EmailVerificationRequested.TYPE, "email", nobody)).isEmpty());
	}

	@Test
	void resendWhenPendingThenFreshLinkReplacesTheOldAndQuietlyLimited() {
		String tenantId = openTenant();
		String email = unique("eli") + "@example.com";
		String principalId = signUp(email, tenantId).json().get("principalId").asString();
		String first = open(MailEvents.awaitOne(EmailVerificationRequested.TYPE, "principalId", principalId));

		for (int i = 0; i < 4; i++) {
			assertThat(this.anonymous.post("/api/signup/resend", Map.of("email", email.toUpperCase(), "tenant", tenantId))
				.status()).isEqualTo(202);
		}

		// Three links within the hour, the signup's included; the other two requests are dropped without a word.
		JsonNode last = MailEvents.awaitCount(EmailVerificationRequested.TYPE, "principalId", principalId, 3);
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(MailEvents.of(EmailVerificationRequested.TYPE, "principalId", principalId))
				.hasSize(3));
		assertThat(last.get("reason").asString()).isEqualTo("resend");
		assertThat(this.anonymous.post("/api/signup/verify", Map.of("token", first)).status())
			.as("a resend replaces the earlier link")
			.isEqualTo(410);
		assertThat(this.anonymous.post("/api/signup/verify", Map.of("token", open(last))).status()).isEqualTo(200);
	}

	@Test
	void signupSettingsWhenNotPlatformAdminThenForbidden() {
		TestHttp.Response anonymousPut = this.anonymous.put("/api/signup-settings/platform", Map.of("enabled", true));

		assertThat(anonymousPut.status()).isEqualTo(401);
		assertThat(this.admin.put("/api/signup-settings/x", Map.of()).json().get("code").asString())
			.isEqualTo("validation_failed");
	}

	private String open(JsonNode mail) {
		String sealed = mail.get("sealedToken").asString();
		assertThat(sealed).startsWith("v1.");
		return this.linkKey.unseal(sealed, EmailVerificationRequested.sealingContext(mail.get("principalId").asString()));
	}

	private TestHttp.Response signUp(String email, String tenant) {
		return signUp(email, tenant, PASSWORD);
	}

	private TestHttp.Response signUp(String email, String tenant, String password) {
		Map<String, Object> body = new HashMap<>(Map.of("email", email, "password", password));
		if (tenant != null) {
			body.put("tenant", tenant);
		}
		return this.anonymous.header("Accept-Language", "nl-NL;q=0.9, nl, en;q=0.5").post("/api/signup", body);
	}

	private TestHttp.Response login(String identifier, String tenant) {
		return login(identifier, tenant, PASSWORD);
	}

	private TestHttp.Response login(String identifier, String tenant, String password) {
		return this.anonymous.post("/api/login", Map.of("identifier", identifier, "password", password, "tenant", tenant));
	}

	private String openTenant() {
		String tenantId = tenant();
		TestHttp.Response opened = this.admin.put("/api/signup-settings/" + tenantId, Map.of("enabled", true));
		assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
		return tenantId;
	}

	/** A tenant as tenant-service announces it, once identity-service has learned of it. */
	private String tenant() {
		String tenantId = UUID.randomUUID().toString();
		TestEvents.publish(this.publisher,
				new TenantCreated(tenantId, "T", "t-" + tenantId.substring(0, 8), "active", "admin", Instant.now()));
		await().untilAsserted(() -> assertThat(this.tenants.status(tenantId)).contains("active"));
		return tenantId;
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
