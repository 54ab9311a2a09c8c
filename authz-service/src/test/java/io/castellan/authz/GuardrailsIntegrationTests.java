package io.castellan.authz;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.test.CastellanIntegrationTest;
import io.castellan.platform.test.TestEvents;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestTokens;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.tenant.TenantCreated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A device may never manage resources: refused directly and through groups, and nothing is stored. */
@CastellanIntegrationTest
class GuardrailsIntegrationTests {

	private static final String ADMIN = TestTokens.bearer("admin", Map.of("scope", "platform.admin"));

	@LocalServerPort
	int port;

	@Autowired
	EventPublisher publisher;

	@Autowired
	JdbcClient jdbc;

	private TestHttp admin;

	private String tenantId;

	private String deviceId;

	private String roleId;

	@BeforeEach
	void tenantWithADeviceAndAManagerRole() {
		this.tenantId = UUID.randomUUID().toString();
		this.deviceId = UUID.randomUUID().toString();
		String token = TestEvents.publish(this.publisher, new TenantCreated(this.tenantId, "T",
				"t" + this.tenantId.substring(0, 8), "active", "admin", Instant.now()))
			.merge(TestEvents.publish(this.publisher, new PrincipalRegistered(this.deviceId, this.tenantId, "device",
					"meter", null, "active", Instant.now())))
			.encode();
		this.admin = TestHttp.at(this.port).as(ADMIN).header(ConsistencyToken.HEADER, token);
		this.roleId = this.admin.post("/api/authz/roles", Map.of("tenantId", this.tenantId, "name", "manager", "blocks",
				List.of(Map.of("effect", "allow", "actions", List.of("manage"), "scope",
						Map.of("mode", "object_kind", "objectType", "resource")))))
			.json()
			.get("id")
			.asString();
	}

	@Test
	void assignWhenDeviceWouldManageResourcesThenRefusedAndNothingStored() {
		long before = countEvents();
		TestHttp.Response response = this.admin.post("/api/authz/role-assignments",
				Map.of("tenantId", this.tenantId, "roleId", this.roleId, "principalId", this.deviceId));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("code").asString()).isEqualTo("guardrail_violation");
		assertThat(countEvents()).isEqualTo(before);
	}

	@Test
	void assignToParentGroupWhenDeviceInChildGroupThenRefused() {
		String parent = createGroup("fleet", null);
		String child = createGroup("meters", parent);
		TestHttp.Response joined = this.admin.post("/api/authz/principal-groups/" + child + "/members",
				Map.of("principalId", this.deviceId));
		assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
		long before = countEvents();

		TestHttp.Response response = this.admin.header(ConsistencyToken.HEADER, joined.header(ConsistencyToken.HEADER))
			.post("/api/authz/role-assignments", Map.of("tenantId", this.tenantId, "roleId", this.roleId, "groupId", parent));

		assertThat(response.status()).as(response.toString()).isEqualTo(422);
		assertThat(response.json().get("code").asString()).isEqualTo("guardrail_violation");
		assertThat(countEvents()).isEqualTo(before);
	}

	@Test
	void addMemberWhenAncestorGroupHoldsManagerRoleThenDeviceRefused() {
		String parent = createGroup("operators", null);
		String child = createGroup("night", parent);
		TestHttp.Response assigned = this.admin.post("/api/authz/role-assignments",
				Map.of("tenantId", this.tenantId, "roleId", this.roleId, "groupId", parent));
		assertThat(assigned.status()).isEqualTo(201);
		long before = countEvents();

		TestHttp.Response response = this.admin.header(ConsistencyToken.HEADER, assigned.header(ConsistencyToken.HEADER))
			.post("/api/authz/principal-groups/" + child + "/members", Map.of("principalId", this.deviceId));

		assertThat(response.status()).as(response.toString()).isEqualTo(422);
		assertThat(response.json().get("code").asString()).isEqualTo("guardrail_violation");
		assertThat(countEvents()).isEqualTo(before);
	}

	@Test
	void assignWhenBothOrNeitherSubjectNamedThenBadRequest() {
		assertThat(this.admin.post("/api/authz/role-assignments",
				Map.of("tenantId", this.tenantId, "roleId", this.roleId, "principalId", "p", "groupId", "g"))
			.json()
			.get("code")
			.asString()).isEqualTo("grant_subject_invalid");
		assertThat(this.admin.post("/api/authz/role-assignments", Map.of("tenantId", this.tenantId, "roleId", this.roleId))
			.json()
			.get("code")
			.asString()).isEqualTo("grant_subject_invalid");
	}

	private String createGroup(String name, String parent) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("tenantId", this.tenantId, "name", name));
		if (parent != null) {
			body.put("parentGroupId", parent);
		}
		TestHttp.Response response = this.admin.post("/api/authz/principal-groups", body);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private long countEvents() {
		return this.jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
	}

}
