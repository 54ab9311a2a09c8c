package io.castellan.authz.index;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.castellan.schemas.authz.ObjectRegistered;
import io.castellan.schemas.authz.ObjectUpdated;
import io.castellan.schemas.authz.PermissionBlock;
import io.castellan.schemas.authz.RoleAssigned;
import io.castellan.schemas.authz.RoleCreated;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.identity.PrincipalStatusChanged;
import io.castellan.schemas.identity.PrincipalUpdated;
import io.castellan.schemas.tenant.TenantCreated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Blocks with ABAC conditions in the index: what each path reads, and that a failing condition skips the block. */
class ConditionalGrantsTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private final PermissionIndex index = new PermissionIndex(Clock.fixed(NOW, ZoneOffset.UTC));

	@BeforeEach
	void aliceAndAMeter() {
		this.index.apply(new TenantCreated("acme", "Acme", "acme", "active", "admin", NOW));
		this.index.apply(new PrincipalRegistered("alice", "acme", "human", "alice", null, "active", NOW, null,
				Map.of("site", "north", "clearance", 2)));
		this.index.apply(new ObjectRegistered("m1", "acme", "entity:meter", Map.of("site", "north", "level", 2), null));
	}

	@Test
	void checkWhenConditionsOnEntityObjectAndTimeHoldThenAllowedUntilTheyStop() {
		grant(block("allow", Map.of("entity.attributes.site", "north", "object.attributes.level", Map.of("lte", 2),
				"context.time", Map.of("gte", "2026-11-22T08:00:00Z", "lt", "2026-11-22T18:00:00Z"))));
		assertThat(check(Map.of()).allowed()).isTrue();
		assertThat(check(Map.of("time", "2026-11-22T19:00:00Z")).reason()).isEqualTo("no_matching_grant");

		this.index.apply(new ObjectUpdated("m1", "acme", Map.of("site", "north", "level", 3)));
		assertThat(check(Map.of()).allowed()).isFalse();
	}

	@Test
	void checkWhenEntityAttributesChangeThenConditionsFollow() {
		grant(block("allow", Map.of("entity.attributes.clearance", Map.of("gte", 3))));
		assertThat(check(Map.of()).allowed()).isFalse();
		this.index.apply(new PrincipalUpdated("alice", "acme", "alice", null, null, Map.of("clearance", 3), 2, "admin",
				NOW));
		assertThat(check(Map.of()).allowed()).isTrue();
		this.index.apply(new PrincipalStatusChanged("alice", "acme", "suspended", "active", "admin", NOW));
		assertThat(check(Map.of()).reason()).isEqualTo("principal_not_active");
	}

	@Test
	void checkWhenContextGivenThenContextPathsReadIt() {
		grant(block("allow", Map.of("context.network", Map.of("in", List.of("office", "vpn")))));
		assertThat(check(Map.of("network", "vpn")).allowed()).isTrue();
		assertThat(check(Map.of("network", "cafe")).allowed()).isFalse();
		assertThat(check(Map.of()).allowed()).isFalse();
	}

	@Test
	void explainWhenPathMissingThenTheBlockIsSkippedNamingTheCondition() {
		grant(block("allow", Map.of("object.attributes.zone", "z1")));
		Explanation explanation = this.index.explain("alice", "read", new ObjectRef(null, null, "m1"), Map.of());
		assertThat(explanation.decision().reason()).isEqualTo("no_matching_grant");
		assertThat(explanation.candidates()).singleElement().satisfies((candidate) -> {
			assertThat(candidate.outcome()).isEqualTo("skipped_condition");
			assertThat(candidate.detail()).contains("object.attributes.zone").contains("missing");
		});
	}

	@Test
	void checkWhenDenyConditionMissingThenTheDenyDoesNotApply() {
		grant(block("allow", null));
		this.index.apply(new RoleCreated("no-night", "acme", "no-night", List.of(new PermissionBlock("deny",
				List.of("read"), new PermissionBlock.Scope("tenant", null, null),
				Map.of("context.shift", "night")))));
		this.index.apply(new RoleAssigned("a-2", "no-night", "acme", "alice"));
		assertThat(check(Map.of("shift", "night")).reason()).isEqualTo("denied_by_block");
		assertThat(check(Map.of()).allowed()).isTrue();
	}

	@Test
	void checkWhenObjectNotRegisteredThenObjectAttributeConditionsFailClosed() {
		grant(block("allow", Map.of("object.attributes.site", "north")));
		assertThat(this.index.check("alice", "read", new ObjectRef("acme", "entity:meter", "m9"), Map.of()).allowed())
			.isFalse();
	}

	private Decision check(Map<String, Object> context) {
		return this.index.check("alice", "read", new ObjectRef(null, null, "m1"), context);
	}

	private PermissionBlock block(String effect, Map<String, Object> conditions) {
		return new PermissionBlock(effect, List.of("read"), new PermissionBlock.Scope("tenant", null, null),
				conditions);
	}

	private void grant(PermissionBlock block) {
		this.index.apply(new RoleCreated("r-" + block.effect(), "acme", "conditional", List.of(block)));
		this.index.apply(new RoleAssigned("a-" + block.effect(), "r-" + block.effect(), "acme", "alice"));
	}

}
