package io.castellan.authz.assignment.web;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import io.castellan.authz.assignment.command.AssignRole;
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
 * Role assignments over HTTP. The role must be in the given tenant and the principal must belong to it; a
 * consistency token from the principal's registration makes the principal check wait for it.
 */
@RestController
@RequestMapping("/api/authz/role-assignments")
class AssignmentController {

	private final Writes writes;

	private final RoleSummaryRepository roles;

	private final PermissionIndex index;

	private final ConsumedPositions positions;

	private final Duration readTimeout;

	AssignmentController(Writes writes, RoleSummaryRepository roles, PermissionIndex index,
			ConsumedPositions positions, @Value("${castellan.consistency.read-timeout:5s}") Duration readTimeout) {
		this.writes = writes;
		this.roles = roles;
		this.index = index;
		this.positions = positions;
		this.readTimeout = readTimeout;
	}

	@PostMapping
	ResponseEntity<Map<String, String>> assign(@Valid @RequestBody AssignRoleRequest request,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String token,
			@AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		RoleSummary role = this.roles.find(request.roleId())
			.orElseThrow(() -> unprocessable("role_not_found", "No role with id " + request.roleId() + "."));
		if (!role.tenantId().equals(request.tenantId())) {
			throw unprocessable("role_tenant_mismatch", "The role belongs to another tenant than " + request.tenantId()
					+ "; a role is assigned only in its own tenant.");
		}
		this.positions.await(token, this.readTimeout);
		String principalTenant = this.index.principalTenant(request.principalId())
			.orElseThrow(() -> unprocessable("principal_not_found", "No principal with id " + request.principalId()
					+ ". If it was just registered, pass its consistency token in the " + ConsistencyToken.HEADER
					+ " header."));
		if (!principalTenant.equals(request.tenantId())) {
			throw unprocessable("principal_tenant_mismatch", "The principal belongs to another tenant.");
		}
		String assignmentId = UUID.randomUUID().toString();
		Written<Object> written = this.writes
			.send(new AssignRole(assignmentId, role.roleId(), role.tenantId(), request.principalId()));
		String encoded = written.encodedToken();
		Map<String, String> body = new java.util.LinkedHashMap<>(Map.of("id", assignmentId, "roleId", role.roleId(),
				"tenantId", role.tenantId(), "principalId", request.principalId()));
		if (encoded != null) {
			body.put("consistencyToken", encoded);
		}
		return WriteResponses.created(URI.create("/api/authz/role-assignments/" + assignmentId), written, body);
	}

	private static ProblemException unprocessable(String code, String detail) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, code, detail);
	}

}
