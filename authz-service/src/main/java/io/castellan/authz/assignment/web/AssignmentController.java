package io.castellan.authz.assignment.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import io.castellan.authz.assignment.command.AssignRole;
import io.castellan.authz.assignment.command.AssignRoleToGroup;
import io.castellan.authz.role.event.Block;
import io.castellan.authz.role.query.RoleSummary;
import io.castellan.authz.role.query.RoleSummaryRepository;
import io.castellan.authz.subject.GrantSubjects;
import io.castellan.platform.axon.Writes;
import io.castellan.platform.axon.Written;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.ProblemException;
import io.castellan.platform.web.WriteResponses;
import io.castellan.schemas.authz.PermissionBlock;

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

	private final GrantSubjects subjects;

	AssignmentController(Writes writes, RoleSummaryRepository roles, GrantSubjects subjects) {
		this.writes = writes;
		this.roles = roles;
		this.subjects = subjects;
	}

	@PostMapping
	ResponseEntity<Map<String, String>> assign(@Valid @RequestBody AssignRoleRequest request,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String token,
			@AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		RoleSummary role = this.roles.find(request.roleId())
			.orElseThrow(() -> ProblemException.unprocessable("role_not_found", "No role with id " + request.roleId() + "."));
		if (!role.tenantId().equals(request.tenantId())) {
			throw ProblemException.unprocessable("role_tenant_mismatch", "The role belongs to another tenant than " + request.tenantId()
					+ "; a role is assigned only in its own tenant.");
		}
		List<PermissionBlock> blocks = role.blocks().stream().map(Block::toPublished).toList();
		this.subjects.require(role.tenantId(), request.principalId(), request.groupId(), blocks, token);
		String assignmentId = UUID.randomUUID().toString();
		Written<Object> written = this.writes.send((request.groupId() != null)
				? new AssignRoleToGroup(assignmentId, role.roleId(), role.tenantId(), request.groupId())
				: new AssignRole(assignmentId, role.roleId(), role.tenantId(), request.principalId()));
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

}
