package io.castellan.authz.index;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.castellan.schemas.authz.ObjectRegistered;
import io.castellan.schemas.authz.PermissionBlock;
import io.castellan.schemas.authz.PolicyAttached;
import io.castellan.schemas.authz.PrincipalGroupCreated;
import io.castellan.schemas.authz.PrincipalGroupMemberAdded;
import io.castellan.schemas.authz.RoleAssignedToGroup;
import io.castellan.schemas.authz.RoleCreated;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.tenant.TenantCreated;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class IndexSnapshotsTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void stateWhenWrittenByThisFormatThenReadBackEqualAndDecidingAlike() {
		PermissionIndex index = TestIndexes.of(new TenantCreated("acme", "Acme", "acme", "active", "admin", NOW),
				new PrincipalRegistered("alice", "acme", "human", "alice", null, "active", NOW),
				new PrincipalGroupCreated("ops", "acme", "ops", null),
				new PrincipalGroupMemberAdded("ops", "acme", "alice"),
				new RoleCreated("reader", "acme", "reader", List.of(new PermissionBlock("allow", List.of("read"),
						new PermissionBlock.Scope("tenant", null, null)))),
				new RoleAssignedToGroup("7e000000-0000-4000-8000-000000000001", "reader", "acme", "ops"),
				new PolicyAttached("7e000000-0000-4000-8000-000000000002", "acme", "alice", null,
						new PermissionBlock("deny", List.of("read"),
								new PermissionBlock.Scope("object", "entity:device", "d1"))));
		index.apply(new ObjectRegistered("d1", "acme", "entity:device", Map.of(), null));

		IndexState read = IndexSnapshots.state(this.json, this.json.writeValueAsBytes(index.export())).orElseThrow();
		PermissionIndex restored = new PermissionIndex();
		restored.load(read);

		assertThat(read).isEqualTo(index.export());
		assertThat(restored.export()).isEqualTo(index.export());
		ObjectRef d1 = new ObjectRef(null, null, "d1");
		assertThat(restored.check("alice", "read", d1)).isEqualTo(index.check("alice", "read", d1));
		assertThat(restored.check("alice", "read", d1).reason()).isEqualTo("denied_by_block");
	}

	@Test
	void stateWhenOfTheFirstFormatThenIgnoredForARebuild() {
		byte[] first = """
				{"tenantStatus":{"acme":"active"},"principals":{},"roles":{},"groups":{},"effectiveGroups":{},
				 "grantsBySubject":{"alice":[{"assignmentId":"a1","roleId":"r1","viaGroupId":null}]}}"""
			.getBytes(StandardCharsets.UTF_8);

		assertThat(IndexSnapshots.state(this.json, first)).isEmpty();
	}

}
