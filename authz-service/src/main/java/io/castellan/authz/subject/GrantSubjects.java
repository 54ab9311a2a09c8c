package io.castellan.authz.subject;

import java.time.Duration;
import java.util.List;

import io.castellan.authz.action.BlockRules;
import io.castellan.authz.group.query.PrincipalGroupRepository;
import io.castellan.authz.group.query.PrincipalGroupSummary;
import io.castellan.authz.index.Guardrails;
import io.castellan.authz.index.PermissionIndex;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.consistency.ConsumedPositions;
import io.castellan.platform.web.ProblemException;
import io.castellan.schemas.authz.PermissionBlock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who receives a grant (a role assignment or a direct policy): exactly one principal or principal group, of the
 * grant's tenant, and never in a way the guardrails forbid. A consistency token from the subject's creation makes
 * the principal look-up wait for it.
 */
@Component
public class GrantSubjects {

	private final PrincipalGroupRepository groups;

	private final PermissionIndex index;

	private final Guardrails guardrails;

	private final ConsumedPositions positions;

	private final Duration readTimeout;

	GrantSubjects(PrincipalGroupRepository groups, PermissionIndex index, Guardrails guardrails,
			ConsumedPositions positions, @Value("${castellan.consistency.read-timeout:5s}") Duration readTimeout) {
		this.groups = groups;
		this.index = index;
		this.guardrails = guardrails;
		this.positions = positions;
		this.readTimeout = readTimeout;
	}

	/**
	 * @throws ProblemException 400 {@code grant_subject_invalid} unless exactly one subject is named; 422 when it is
	 * unknown or of another tenant; 422 {@code guardrail_violation}
	 */
	public void require(String tenantId, String principalId, String groupId, List<PermissionBlock> blocks,
			String token) {
		if ((principalId == null) == (groupId == null)) {
			throw ProblemException.badRequest("grant_subject_invalid", "Name exactly one of principalId and groupId.");
		}
		this.positions.await(token, this.readTimeout);
		if (groupId != null) {
			PrincipalGroupSummary group = this.groups.find(groupId)
				.orElseThrow(() -> ProblemException.unprocessable("principal_group_not_found", "No principal group with id " + groupId + "."));
			if (!group.tenantId().equals(tenantId)) {
				throw ProblemException.unprocessable("principal_group_tenant_mismatch", "The group belongs to another tenant.");
			}
			this.guardrails.checkAssignmentToGroup(blocks, groupId);
			return;
		}
		String principalTenant = this.index.principalTenant(principalId)
			.orElseThrow(() -> ProblemException.unprocessable("principal_not_found", "No principal with id " + principalId
					+ ". If it was just registered, pass its consistency token in the " + ConsistencyToken.HEADER
					+ " header."));
		// Platform-wide grants may go to a principal of any tenant; tenant grants only to the tenant's own.
		if (!principalTenant.equals(tenantId) && !BlockRules.PLATFORM.equals(tenantId)) {
			throw ProblemException.unprocessable("principal_tenant_mismatch", "The principal belongs to another tenant.");
		}
		this.guardrails.checkAssignmentToPrincipal(blocks, principalId);
	}

}
