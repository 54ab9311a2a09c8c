package io.castellan.tenant.tenant.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import io.castellan.platform.axon.Writes;
import io.castellan.platform.axon.Written;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.CursorPages;
import io.castellan.platform.web.ProblemException;
import io.castellan.platform.web.WriteResponses;
import io.castellan.tenant.tenant.command.ChangeTenantStatus;
import io.castellan.tenant.tenant.command.CreateTenant;
import io.castellan.tenant.tenant.query.TenantSummary;
import io.castellan.tenant.tenant.query.TenantSummaryRepository;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tenants over HTTP. Reads reflect this service's own writes at once (the read model is written with the event). */
@RestController
@RequestMapping("/api/tenants")
class TenantController {

	private static final java.util.regex.Pattern UUID_SHAPE = java.util.regex.Pattern
		.compile("^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$");

	private final Writes writes;

	private final TenantSummaryRepository tenants;

	private final Clock clock;

	TenantController(Writes writes, TenantSummaryRepository tenants, Clock clock) {
		this.writes = writes;
		this.tenants = tenants;
		this.clock = clock;
	}

	/** Creates a tenant, {@code active}. Platform administrators only. */
	@PostMapping
	ResponseEntity<TenantResponse> create(@Valid @RequestBody CreateTenantRequest request,
			@AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt).requirePlatformAdmin();
		if (UUID_SHAPE.matcher(request.alias()).matches()) {
			throw ProblemException.badRequest("tenant_alias_invalid", "An alias must not look like an id (UUID).");
		}
		String tenantId = UUID.randomUUID().toString();
		Written<Object> written = this.writes.send(new CreateTenant(tenantId, request.name().strip(), request.alias(),
				caller.subject(), this.clock.instant()));
		TenantSummary tenant = this.tenants.find(tenantId).orElseThrow();
		return WriteResponses.created(URI.create("/api/tenants/" + tenantId), written,
				TenantResponse.of(tenant, written.encodedToken()));
	}

	/**
	 * Moves a tenant through its lifecycle: {@code disable}, {@code enable}, {@code freeze}, {@code unfreeze},
	 * {@code delete} (soft; {@code restore} undoes it). Platform administrators only. 409
	 * {@code tenant_transition_invalid} when the tenant's status does not allow the step.
	 */
	@PostMapping("/{tenantId}/{action:disable|enable|freeze|unfreeze|delete|restore}")
	ResponseEntity<TenantResponse> changeStatus(@PathVariable String tenantId, @PathVariable String action,
			@AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt).requirePlatformAdmin();
		this.tenants.find(tenantId).orElseThrow(() -> ProblemException.notFound("tenant", tenantId));
		Written<Object> written = this.writes.send(new ChangeTenantStatus(tenantId,
				ChangeTenantStatus.Transition.valueOf(action.toUpperCase(java.util.Locale.ROOT)), caller.subject(),
				this.clock.instant()));
		return WriteResponses.ok(written, TenantResponse.of(this.tenants.find(tenantId).orElseThrow(),
				written.encodedToken()));
	}

	@GetMapping("/{tenantId}")
	TenantResponse get(@PathVariable String tenantId) {
		return this.tenants.find(tenantId)
			.map((tenant) -> TenantResponse.of(tenant, null))
			.orElseThrow(() -> ProblemException.notFound("tenant", tenantId));
	}

	/** Lists tenants, cursor-paged: pass the {@code next} of one page as {@code after} to get the next. */
	@GetMapping
	Map<String, Object> list(@RequestParam(required = false) String after,
			@RequestParam(defaultValue = "50") int limit) {
		CursorPages.requireLimit(limit);
		List<TenantResponse> items = this.tenants.page(after, limit)
			.stream()
			.map((tenant) -> TenantResponse.of(tenant, null))
			.toList();
		return CursorPages.of(items, limit, TenantResponse::id);
	}

}
