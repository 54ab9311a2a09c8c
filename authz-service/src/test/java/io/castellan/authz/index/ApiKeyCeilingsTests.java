package io.castellan.authz.index;

import java.time.Instant;
import java.util.List;

import io.castellan.schemas.authz.PermissionBlock;
import io.castellan.schemas.authz.RoleAssigned;
import io.castellan.schemas.authz.RoleCreated;
import io.castellan.schemas.identity.ApiKeyCreated;
import io.castellan.schemas.identity.ApiKeyRevoked;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.tenant.TenantCreated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A key's rights are its owner's live rights intersected with its ceiling. */
class ApiKeyCeilingsTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private static final ObjectRef CHANNEL = new ObjectRef("acme", "resource:channel", "c1");

	private static final ObjectRef RULE = new ObjectRef("acme", "resource:rule", "r1");

	private final PermissionIndex index = new PermissionIndex();

	@BeforeEach
	void ownerMayReadAndWriteEverythingInAcme() {
		this.index.apply(new TenantCreated("acme", "Acme", "acme", "active", "admin", NOW));
		this.index.apply(new TenantCreated("globex", "Globex", "globex", "active", "admin", NOW));
		this.index.apply(new PrincipalRegistered("alice", "acme", "human", "alice", null, "active", NOW));
		this.index.apply(new RoleCreated("editor", "acme", "editor", List.of(new PermissionBlock("allow",
				List.of("read", "write"), new PermissionBlock.Scope("tenant", null, null)))));
		this.index.apply(new RoleAssigned("a1", "editor", "acme", "alice"));
	}

	@Test
	void checkWhenCeilingNamesActionAndScopeThenOwnersAllowStandsElseCeilingDenies() {
		key("k1", List.of(grant("read", "object_type", "resource:channel")));
		assertThat(this.index.check("alice", "k1", "read", CHANNEL, java.util.Map.of()).allowed()).isTrue();
		assertThat(this.index.check("alice", "k1", "write", CHANNEL, java.util.Map.of()).reason())
			.isEqualTo("api_key_ceiling");
		assertThat(this.index.check("alice", "k1", "read", RULE, java.util.Map.of()).reason())
			.isEqualTo("api_key_ceiling");
	}

	@Test
	void checkWhenCeilingWiderThanOwnerThenOwnersDenyStands() {
		key("k1", List.of(grant("delete", "tenant", null)));
		assertThat(this.index.check("alice", "k1", "delete", CHANNEL, java.util.Map.of()).reason())
			.isEqualTo("no_matching_grant");
		assertThat(this.index.check("alice", "k1", "read", new ObjectRef("globex", null, null), java.util.Map.of())
			.allowed()).isFalse();
	}

	@Test
	void checkWhenNoCeilingThenOwnersRightsAndWhenEmptyThenNothing() {
		key("open", null);
		key("empty", List.of());
		assertThat(this.index.check("alice", "open", "write", RULE, java.util.Map.of()).allowed()).isTrue();
		assertThat(this.index.check("alice", "empty", "read", CHANNEL, java.util.Map.of()).reason())
			.isEqualTo("api_key_ceiling");
	}

	@Test
	void checkWhenKeyRevokedUnknownOrAnothersThenDenied() {
		key("k1", null);
		this.index.apply(new ApiKeyRevoked("k1", "alice", "acme", "alice", NOW));
		assertThat(this.index.check("alice", "k1", "read", CHANNEL, java.util.Map.of()).reason())
			.isEqualTo("api_key_revoked");
		assertThat(this.index.check("alice", "nope", "read", CHANNEL, java.util.Map.of()).reason())
			.isEqualTo("api_key_unknown");
		this.index.apply(new ApiKeyCreated("k2", "bob", "acme", "bob's", null, null, "bob", NOW));
		assertThat(this.index.check("alice", "k2", "read", CHANNEL, java.util.Map.of()).reason())
			.isEqualTo("api_key_unknown");
	}

	@Test
	void snapshotWhenExportedAndLoadedThenKeysSurvive() {
		key("k1", List.of(grant("read", "object_type", "resource:channel")));
		PermissionIndex restored = new PermissionIndex();
		restored.load(this.index.export());
		assertThat(restored.check("alice", "k1", "write", CHANNEL, java.util.Map.of()).reason())
			.isEqualTo("api_key_ceiling");
	}

	private void key(String id, List<ApiKeyCreated.Grant> ceiling) {
		this.index.apply(new ApiKeyCreated(id, "alice", "acme", id, ceiling, null, "alice", NOW));
	}

	private static ApiKeyCreated.Grant grant(String action, String mode, String type) {
		return new ApiKeyCreated.Grant(List.of(action), new ApiKeyCreated.Scope(mode, null, type, null, null));
	}

}
