package io.castellan.authz.index;

import java.time.Clock;
import java.util.Map;

import io.castellan.authz.condition.Conditions;

/**
 * The full walk over every grant that reaches a principal, in order (its own, then its effective groups'), telling
 * the trace what became of each: what {@code explain} shows. Checks take the {@link Evaluator}'s short way to the
 * same decision.
 */
final class Walk {

	private final Clock clock;

	Walk(Clock clock) {
		this.clock = clock;
	}

	Decision decide(Holder self, PrincipalEntry principal, String action, Target target, String status,
			Map<String, Object> context, Trace trace) {
		if (self == null) {
			return noMatch(action);
		}
		Grant[] allowGrant = { null };
		int[] allowBlock = { 0 };
		CheckFacts facts = new CheckFacts(principal, target, status, context, this.clock);
		Holder[] groups = self.groups();
		for (int rank = 0; rank <= groups.length; rank++) {
			GrantList<Grant> grants = ((rank == 0) ? self : groups[rank - 1]).grants();
			int count = grants.size();
			for (int g = 0; g < count; g++) {
				Grant grant = grants.get(g);
				if (!grant.known()) {
					trace.considered(candidate(grant, -1, "skipped_role_unknown",
							"The assigned role is not known to the index."));
					continue;
				}
				// A role grants only within its own tenant, a platform-wide role in every tenant.
				if (!grant.grantsIn(target.tenantId())) {
					trace.considered(candidate(grant, -1, "skipped_other_tenant",
							"The role belongs to another tenant than the object."));
					continue;
				}
				for (int i = 0; i < grant.blockCount(); i++) {
					Block block = grant.block(i);
					if (!block.names(action)) {
						trace.considered(candidate(grant, i, "skipped_action", "The block does not name '" + action + "'."));
						continue;
					}
					if (!block.covers(target)) {
						trace.considered(candidate(grant, i, "skipped_scope",
								"The block's " + block.mode + " scope does not cover the object."));
						continue;
					}
					if (block.conditional()) {
						String failure = Conditions.firstFailure(block.conditions, facts);
						if (failure != null) {
							trace.considered(candidate(grant, i, "skipped_condition", "The block's " + failure + "."));
							continue;
						}
					}
					if (block.deny) {
						trace.considered(candidate(grant, i, "denied",
								"The block denies '" + action + "' here; deny overrides allow."));
						return denied(grant, i);
					}
					trace.considered(candidate(grant, i, "allowed", "The block allows '" + action + "' here."));
					if (allowGrant[0] == null) {
						allowGrant[0] = grant;
						allowBlock[0] = i;
					}
				}
			}
		}
		return (allowGrant[0] != null) ? allowed(allowGrant[0], allowBlock[0]) : noMatch(action);
	}

	static Decision denied(Grant grant, int block) {
		return new Decision(false, "denied_by_block",
				"Denied by block " + block + " of role '" + grant.roleName() + "'.", match(grant, block));
	}

	static Decision allowed(Grant grant, int block) {
		return new Decision(true, "allowed", "Allowed by block " + block + " of role '" + grant.roleName() + "'.",
				match(grant, block));
	}

	static Decision noMatch(String action) {
		return Decision.deny("no_matching_grant", "No assignment grants '" + action + "' on this object.");
	}

	private static Decision.Match match(Grant grant, int block) {
		String id = grant.id();
		return new Decision.Match(id, (grant instanceof Policy) ? id : grant.roleId(), grant.roleName(), block,
				grant.viaGroupId());
	}

	private static Explanation.Candidate candidate(Grant grant, int block, String outcome, String detail) {
		return new Explanation.Candidate(grant.id(), grant.roleId(), grant.roleName(), block, outcome, detail,
				grant.viaGroupId());
	}

}
