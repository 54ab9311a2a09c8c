package io.castellan.authz.role.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import io.castellan.authz.role.command.CreateRole;
import io.castellan.authz.role.query.RoleSummaryRepository;
import io.castellan.platform.axon.Writes;
import io.castellan.platform.axon.Written;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.ProblemException;
import io.castellan.platform.web.WriteResponses;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Roles over HTTP. */
@RestController
@RequestMapping("/api/authz/roles")
class RoleController {

	private final Writes writes;

	private final RoleSummaryRepository roles;

	RoleController(Writes writes, RoleSummaryRepository roles) {
		this.writes = writes;
		this.roles = roles;
	}

	/** Creates a role in a tenant. Platform administrators only, until tenant admins come with the full model. */
	@PostMapping
	ResponseEntity<RoleResponse> create(@Valid @RequestBody CreateRoleRequest request,
			@AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		String roleId = UUID.randomUUID().toString();
		Written<Object> written = this.writes.send(new CreateRole(roleId, request.tenantId(), request.name().strip(),
				request.blocks().stream().map(BlockRequest::toBlock).toList()));
		return WriteResponses.created(URI.create("/api/authz/roles/" + roleId), written,
				RoleResponse.of(this.roles.find(roleId).orElseThrow(), written.encodedToken()));
	}

	@GetMapping("/{roleId}")
	RoleResponse get(@PathVariable String roleId, @AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		return this.roles.find(roleId)
			.map((role) -> RoleResponse.of(role, null))
			.orElseThrow(() -> ProblemException.notFound("role", roleId));
	}

}
