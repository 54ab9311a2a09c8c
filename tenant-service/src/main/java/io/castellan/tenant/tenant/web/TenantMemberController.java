package io.castellan.tenant.tenant.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import io.castellan.platform.axon.Written;
import io.castellan.platform.axon.Writes;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.CursorPages;
import io.castellan.platform.web.ProblemException;
import io.castellan.platform.web.WriteResponses;
import io.castellan.tenant.tenant.command.AddTenantMember;
import io.castellan.tenant.tenant.command.RemoveTenantMember;
import io.castellan.tenant.tenant.query.TenantMembers;
import io.castellan.tenant.tenant.query.TenantSummaryRepository;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tenant memberships: global principals (humans are global by default) join tenants as members and may then log
 * in to them. Membership grants no permission by itself; roles do. Platform administrators only, for now.
 */
@RestController
@RequestMapping("/api/tenants/{tenantId}/members")
class TenantMemberController {

	private final Writes writes;

	private final TenantMembers members;

	private final TenantSummaryRepository tenants;

	private final Clock clock;

	TenantMemberController(Writes writes, TenantMembers members, TenantSummaryRepository tenants, Clock clock) {
		this.writes = writes;
		this.members = members;
		this.tenants = tenants;
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> add(@PathVariable String tenantId, @Valid @RequestBody AddMemberRequest request,
			@AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt).requirePlatformAdmin();
		requireTenant(tenantId);
		Written<Object> written = this.writes
			.send(new AddTenantMember(tenantId, request.principalId(), caller.subject(), this.clock.instant()));
		return WriteResponses.created(URI.create("/api/tenants/" + tenantId + "/members/" + request.principalId()),
				written, Map.of("tenantId", tenantId, "principalId", request.principalId()));
	}

	@DeleteMapping("/{principalId}")
	ResponseEntity<Void> remove(@PathVariable String tenantId, @PathVariable String principalId,
			@AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt).requirePlatformAdmin();
		requireTenant(tenantId);
		Written<Object> written = this.writes
			.send(new RemoveTenantMember(tenantId, principalId, caller.subject(), this.clock.instant()));
		return ResponseEntity.noContent().headers(WriteResponses.ok(written, null).getHeaders()).build();
	}

	@GetMapping
	Map<String, Object> list(@PathVariable String tenantId, @RequestParam(required = false) String after,
			@RequestParam(defaultValue = "50") int limit, @AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		CursorPages.requireLimit(limit);
		requireTenant(tenantId);
		List<TenantMembers.Member> page = this.members.page(tenantId, after, limit);
		return CursorPages.of(page, limit, TenantMembers.Member::principalId);
	}

	private void requireTenant(String tenantId) {
		if (this.tenants.find(tenantId).isEmpty()) {
			throw ProblemException.notFound("tenant", tenantId);
		}
	}

	record AddMemberRequest(@NotBlank @Size(max = 64) String principalId) {
	}

}
