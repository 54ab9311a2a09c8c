package io.castellan.tenant.tenant;

import java.util.Map;
import java.util.UUID;

import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.platform.test.CastellanIntegrationTest;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestKafka;
import io.castellan.platform.test.TestTokens;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.tenant.TenantMemberAdded;
import io.castellan.schemas.tenant.TenantMemberRemoved;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Tenant memberships over HTTP: added, listed, removed, published; and refused where they make no sense. */
@CastellanIntegrationTest
class TenantMemberIntegrationTests {

	private static final String ADMIN = TestTokens.bearer("bootstrap-admin", Map.of("scope", "platform.admin"));

	@LocalServerPort
	int port;

	private TestHttp admin;

	private String tenantId;

	@BeforeEach
	void setUp() {
		this.admin = TestHttp.at(this.port).as(ADMIN);
		String alias = "m" + UUID.randomUUID().toString().substring(0, 8);
		this.tenantId = this.admin.post("/api/tenants", Map.of("name", "Members " + alias, "alias", alias))
			.json()
			.get("id")
			.asString();
	}

	@Test
	void memberWhenAddedThenListedAndPublishedAndWhenRemovedGone() {
		String members = "/api/tenants/" + this.tenantId + "/members";
		TestHttp.Response added = this.admin.post(members, Map.of("principalId", "p-1"));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		assertThat(this.admin.post(members, Map.of("principalId", "p-1")).json().get("code").asString())
			.isEqualTo("tenant_member_exists");
		assertThat(this.admin.get(members).json().get("items").get(0).get("principalId").asString()).isEqualTo("p-1");

		assertThat(this.admin.delete(members + "/p-1").status()).isEqualTo(204);
		assertThat(this.admin.delete(members + "/p-1").status()).isEqualTo(404);
		assertThat(this.admin.get(members).json().get("items")).isEmpty();
		await().untilAsserted(() -> assertThat(TestKafka.records(EventTypes.TENANT_TOPIC))
			.anySatisfy((record) -> assertThat(TestKafka.header(record, CloudEventHeaders.TYPE))
				.isEqualTo(TenantMemberAdded.TYPE))
			.anySatisfy((record) -> {
				assertThat(TestKafka.header(record, CloudEventHeaders.TYPE)).isEqualTo(TenantMemberRemoved.TYPE);
				assertThat(record.key()).isEqualTo(this.tenantId);
			}));
	}

	@Test
	void memberWhenTenantUnknownOrCallerNotAdminThenRefused() {
		assertThat(this.admin.post("/api/tenants/nope/members", Map.of("principalId", "p")).status()).isEqualTo(404);
		assertThat(TestHttp.at(this.port)
			.as(TestTokens.bearer("someone"))
			.post("/api/tenants/" + this.tenantId + "/members", Map.of("principalId", "p"))
			.status()).isEqualTo(403);
		assertThat(this.admin.post("/api/tenants/" + this.tenantId + "/members", Map.of()).status()).isEqualTo(400);
	}

}
