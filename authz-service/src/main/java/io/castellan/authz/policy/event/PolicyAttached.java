package io.castellan.authz.policy.event;

import io.castellan.authz.role.event.Block;

/** Internal event: a block was attached to a principal or (groupId set) a group. Published as policy.attached.v1. */
public record PolicyAttached(String policyId, String tenantId, String principalId, String groupId, Block block) {
}
