package io.castellan.authz.assignment.web;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import io.castellan.authz.assignment.command.AssignRole;
import io.castellan.authz.assignment.command.AssignRoleToGroup;
import io.castellan.authz.group.query.PrincipalGroupRepository;
import io.castellan.authz.group.query.PrincipalGroupSummary;
import io.castellan.authz.index.Guardrails;
import io.castellan.authz.index.PermissionIndex;
import io.castellan.authz.role.query.RoleSummary;
import io.castellan.authz.role.query.RoleSummaryRepository;
import io.castellan.platform.axon.Writes;
import io.castellan.platform.axon.Written;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.consistency.ConsumedPositions;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.ProblemException;
import io.castellan.platform.web.WriteResponses;
import io.castellan.schemas.authz.PermissionBlock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Role assignments over HTTP, to a principal or a principal group. The role must be in the given tenant and the
 * subject must belong to it; a consistency token from the principal's registration makes the check wait for it.
 * Guardrails refuse dangerous grants (a device managing resources), also through groups.
 */
@RestController
@RequestMapping("/api/authz/role-assignments")
class AssignmentController {

	private final Writes writes;

	private final RoleSummaryRepository roles;

	private final PermissionIndex index;

	private final PrincipalGroupRepository groups;

	private final Guardrails guardrails;

	private final ConsumedPositions positions;

	private final Duration readTimeout;

	AssignmentController(Writes writes, RoleSummaryRepository roles, PermissionIndex index,
			PrincipalGroupRepository groups, Guardrails guardrails, ConsumedPositions positions,
			@Value("${castellan.consistency.read-timeout:5s}") Duration readTimeout) {
		this.writes = writes;
		this.roles = roles;
		this.index = index;
		this.groups = groups;
		this.guardrails = guardrails;
		this.positions = positions;
		this.readTimeout = readTimeout;
	}

	@PostMapping
	ResponseEntity<Map<String, String>> assign(@Valid @RequestBody AssignRoleRequest request,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String token,
			@AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		if ((request.principalId() == null) == (request.groupId() == null)) {
			throw ProblemException.badRequest("assignment_subject_invalid",
					"Name exactly one of principalId and groupId.");
		}
		RoleSummary role = this.roles.find(request.roleId())
			.orElseThrow(() -> unprocessable("role_not_found", "No role with id " + request.roleId() + "."));
		if (!role.tenantId().equals(request.tenantId())) {
			throw unprocessable("role_tenant_mismatch", "The role belongs to another tenant than " + request.tenantId()
					+ "; a role is assigned only in its own tenant.");
		}
		this.positions.await(token, this.readTimeout);
		List<PermissionBlock> blocks = role.blocks()
			.stream()
			.map((block) -> new PermissionBlock(block.effect(), block.actions(),
					new PermissionBlock.Scope(block.scopeMode(), block.objectType(), block.objectId())))
			.toList();
		String assignmentId = UUID.randomUUID().toString();
		Object command;
		if (request.groupId() != null) {
			PrincipalGroupSummary group = this.groups.find(request.groupId())
				.orElseThrow(() -> unprocessable("principal_group_not_found",
						"No principal group with id " + request.groupId() + "."));
			if (!group.tenantId().equals(role.tenantId())) {
				throw unprocessable("principal_group_tenant_mismatch", "The group belongs to another tenant.");
			}
			this.guardrails.checkAssignmentToGroup(blocks, group.groupId());
			command = new AssignRoleToGroup(assignmentId, role.roleId(), role.tenantId(), group.groupId());
		}
		else {
			String principalTenant = this.index.principalTenant(request.principalId())
				.orElseThrow(() -> unprocessable("principal_not_found", "No principal with id "
						+ request.principalId() + ". If it was just registered, pass its consistency token in the "
						+ ConsistencyToken.HEADER + " header."));
			if (!principalTenant.equals(request.tenantId())) {
				throw unprocessable("principal_tenant_mismatch", "The principal belongs to another tenant.");
			}
			this.guardrails.checkAssignmentToPrincipal(blocks, request.principalId());
			command = new AssignRole(assignmentId, role.roleId(), role.tenantId(), request.principalId());
		}
		Written<Object> written = this.writes.send(command);
		Map<String, String> body = new LinkedHashMap<>();
		body.put("id", assignmentId);
		body.put("roleId", role.roleId());
		body.put("tenantId", role.tenantId());
		body.put((request.groupId() != null) ? "groupId" : "principalId",
				(request.groupId() != null) ? request.groupId() : request.principalId());
		if (written.encodedToken() != null) {
			body.put("consistencyToken", written.encodedToken());
		}
		return WriteResponses.created(URI.create("/api/authz/role-assignments/" + assignmentId), written, body);
	}

	private static ProblemException unprocessable(String code, String detail) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, code, detail);
	}

}
