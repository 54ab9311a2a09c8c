package io.castellan.authz.policy.command;

import io.castellan.authz.role.event.Block;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Attach one block to a principal or (groupId set) a principal group of the tenant; exactly one subject. */
public record AttachPolicy(@TargetAggregateIdentifier String policyId, String tenantId, String principalId,
		String groupId, Block block) {
}
