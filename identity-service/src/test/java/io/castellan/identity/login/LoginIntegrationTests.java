package io.castellan.identity.login;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.castellan.identity.AdminClient;
import io.castellan.identity.BrowserFlow;
import io.castellan.identity.IdentityIntegrationTest;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.test.TestEvents;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestKafka;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.identity.SessionStarted;
import io.castellan.schemas.tenant.TenantCreated;
import io.castellan.schemas.tenant.TenantMemberAdded;
import io.castellan.schemas.tenant.TenantStatusChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Identifier-and-password login over the JSON API and the login page, including the attacks on it. */
@IdentityIntegrationTest
class LoginIntegrationTests {

	private static final String PASSWORD = "a perfectly fine passphrase";

	@LocalServerPort
	int port;

	@Autowired
	EventPublisher publisher;

	private TestHttp admin;

	private TestHttp anonymous;

	@BeforeEach
	void setUp() {
		this.admin = AdminClient.http(this.port);
		this.anonymous = TestHttp.at(this.port);
	}

	@Test
	void loginWhenIdentifierIsEmailNameAliasOrIdThenAuthenticatedWithASessionAnnounced() {
		String name = unique("lena");
		Map<String, Object> body = human(name);
		body.put("email", name + "@example.com");
		body.put("alias", name);
		String id = this.admin.post("/api/principals", body).json().get("id").asString();

		for (String identifier : List.of(name + "@EXAMPLE.com", name.toUpperCase(), id)) {
			TestHttp.Response login = login(identifier, PASSWORD, null);
			assertThat(login.status()).as(identifier + ": " + login).isEqualTo(200);
			assertThat(login.json().get("status").asString()).isEqualTo("authenticated");
			assertThat(login.json().get("principalId").asString()).isEqualTo(id);
		}
		await().untilAsserted(() -> assertThat(TestKafka.records(EventTypes.IDENTITY_TOPIC)).anySatisfy((record) -> {
			assertThat(TestKafka.header(record, CloudEventHeaders.TYPE)).isEqualTo(SessionStarted.TYPE);
			assertThat(new String(record.value())).contains(id).doesNotContain(PASSWORD);
		}));
	}

	@Test
	void loginWhenPasswordWrongOrIdentifierUnknownThenTheSameAnswer() {
		String name = unique("max");
		this.admin.post("/api/principals", human(name));

		TestHttp.Response wrongPassword = login(name, "not the password at all", null);
		TestHttp.Response unknown = login(unique("nobody"), "not the password at all", null);

		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(wrongPassword.json().get("code").asString()).isEqualTo("invalid_credentials");
		assertThat(unknown.json().get("detail")).isEqualTo(wrongPassword.json().get("detail"));
	}

	/**
	 * An unknown identifier still costs one Argon2id check, so the answer's timing does not reveal whether an
	 * account exists. Medians over alternating tries, compared as a ratio: both sides pay the same hash.
	 */
	@Test
	void loginWhenIdentifierUnknownThenTakesAboutAsLongAsAWrongPassword() {
		List<String> known = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String name = unique("tim");
			this.admin.post("/api/principals", human(name));
			known.add(name);
		}
		List<Long> knownNanos = new ArrayList<>();
		List<Long> unknownNanos = new ArrayList<>();
		for (int round = 0; round < 4; round++) {
			for (String name : known) {
				knownNanos.add(timed(name));
				unknownNanos.add(timed(unique("ghost")));
			}
		}
		double ratio = (double) median(unknownNanos) / median(knownNanos);
		assertThat(ratio).as("unknown/known median login time").isBetween(0.6, 1.6);
	}

	@Test
	void loginWhenFiveFailuresThenLockedEvenForTheRightPassword() {
		String name = unique("nia");
		this.admin.post("/api/principals", human(name));
		for (int i = 0; i < 5; i++) {
			assertThat(login(name, "wrong guess " + i, null).status()).isEqualTo(401);
		}
		TestHttp.Response locked = login(name, PASSWORD, null);
		assertThat(locked.status()).isEqualTo(429);
		assertThat(locked.json().get("code").asString()).isEqualTo("login_locked");
		assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 900L);
	}

	@Test
	void loginWhenPrincipalSuspendedThenNotActiveButOnlyWithTheRightPassword() {
		String name = unique("oli");
		String id = this.admin.post("/api/principals", human(name)).json().get("id").asString();
		this.admin.post("/api/principals/" + id + "/suspend", "");

		assertThat(login(name, "wrong password here", null).json().get("code").asString())
			.isEqualTo("invalid_credentials");
		TestHttp.Response refused = login(name, PASSWORD, null);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("code").asString()).isEqualTo("principal_not_active");
	}

	@Test
	void loginWhenTenantFrozenThenItsMembersCannotLogIn() {
		String tenantId = UUID.randomUUID().toString();
		String alias = "frz-" + tenantId.substring(0, 8);
		ConsistencyToken token = TestEvents.publish(this.publisher,
				new TenantCreated(tenantId, "Frozen", alias, "active", "t", Instant.now()));
		Map<String, Object> body = human(unique("pia"));
		body.put("kind", "service");
		body.put("tenantId", tenantId);
		String name = (String) body.get("name");
		assertThat(this.admin.header(ConsistencyToken.HEADER, token.encode()).post("/api/principals", body).status())
			.isEqualTo(201);
		assertThat(login(name, PASSWORD, alias).status()).isEqualTo(200);

		ConsistencyToken frozen = TestEvents.publish(this.publisher,
				new TenantStatusChanged(tenantId, "frozen", "frozen", "active", "t", Instant.now()));
		this.admin.header(ConsistencyToken.HEADER, frozen.encode()).get("/api/principals?tenantId=" + tenantId);
		await().untilAsserted(() -> {
			TestHttp.Response refused = login(name, PASSWORD, alias);
			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.json().get("code").asString()).isEqualTo("tenant_not_active");
		});
	}

	@Test
	void loginWhenGlobalHumanNamesATenantThenOnlyAsItsMember() {
		String tenantId = UUID.randomUUID().toString();
		String alias = "mem-" + tenantId.substring(0, 8);
		TestEvents.publish(this.publisher, new TenantCreated(tenantId, "Members", alias, "active", "t", Instant.now()));
		String name = unique("rob");
		String id = this.admin.post("/api/principals", human(name)).json().get("id").asString();
		await().untilAsserted(() -> assertThat(login(name, PASSWORD, alias).json().get("code").asString())
			.isEqualTo("tenant_membership_required"));
		assertThat(login(name, PASSWORD, null).json().get("tenantId").asString()).isEqualTo("platform");

		TestEvents.publish(this.publisher, new TenantMemberAdded(tenantId, id, "admin", Instant.now()));
		await().untilAsserted(() -> {
			TestHttp.Response member = login(name, PASSWORD, alias);
			assertThat(member.status()).isEqualTo(200);
			assertThat(member.json().get("tenantId").asString()).isEqualTo(tenantId);
		});
	}

	@Test
	void loginWhenInputOversizedOrMalformedThenClientError() {
		assertThat(login("x".repeat(5000), PASSWORD, null).status()).isEqualTo(400);
		assertThat(this.anonymous.post("/api/login", "{\"identifier\":").status()).isEqualTo(400);
		assertThat(this.anonymous.post("/api/login", Map.of("identifier", "x")).status()).isEqualTo(400);
	}

	@Test
	void loginPageWhenWrongPasswordThenPageAgainWithAnAccessibleMessageIn401() {
		String name = unique("quin");
		this.admin.post("/api/principals", human(name));
		BrowserFlow browser = new BrowserFlow(this.port);

		HttpResponse<String> page = browser.get("/login");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<label for=\"identifier\">", "<label for=\"password\">", "lang=\"en\"");

		HttpResponse<String> failed = browser.logIn(name, "not it at all", null);
		assertThat(failed.statusCode()).isEqualTo(401);
		assertThat(failed.body()).contains("role=\"alert\"", "Those credentials are not valid.");

		HttpResponse<String> ok = browser.logIn(name, PASSWORD, null);
		assertThat(ok.statusCode()).isEqualTo(302);
	}

	@Test
	void loginPageWhenGlobalHumanIsNotAMemberOfTheNamedTenantThenSaysSoIn403() {
		String tenantId = UUID.randomUUID().toString();
		String alias = "out-" + tenantId.substring(0, 8);
		ConsistencyToken token = TestEvents.publish(this.publisher,
				new TenantCreated(tenantId, "Outsiders", alias, "active", "t", Instant.now()));
		String name = unique("sam");
		assertThat(this.admin.header(ConsistencyToken.HEADER, token.encode()).post("/api/principals", human(name))
			.status()).isEqualTo(201);
		BrowserFlow browser = new BrowserFlow(this.port);

		// Polled slowly: until the tenant is known an attempt counts as a failure, and five lock the name.
		await().pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			HttpResponse<String> page = browser.logIn(name, PASSWORD, alias);
			assertThat(page.statusCode()).isEqualTo(403);
			assertThat(page.body()).contains("role=\"alert\"", "Your account is not a member of this organisation.");
		});
	}

	private long timed(String identifier) {
		long start = System.nanoTime();
		login(identifier, "definitely the wrong password", null);
		return System.nanoTime() - start;
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private TestHttp.Response login(String identifier, String password, String tenant) {
		Map<String, Object> body = new HashMap<>(Map.of("identifier", identifier, "password", password));
		if (tenant != null) {
			body.put("tenant", tenant);
		}
		return this.anonymous.post("/api/login", body);
	}

	private static Map<String, Object> human(String name) {
		return new HashMap<>(Map.of("kind", "human", "name", name, "password", PASSWORD));
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
