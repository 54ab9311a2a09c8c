package io.castellan.identity.principal.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import io.castellan.identity.principal.command.RegisterPrincipal;
import io.castellan.identity.principal.query.PrincipalSummary;
import io.castellan.identity.principal.query.PrincipalSummaryRepository;
import io.castellan.identity.tenant.KnownTenants;
import io.castellan.platform.axon.Writes;
import io.castellan.platform.axon.Written;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.consistency.ConsumedPositions;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.CursorPages;
import io.castellan.platform.web.ProblemException;
import io.castellan.platform.web.WriteResponses;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Principals over HTTP. A registration may carry the consistency token of the tenant's creation, so that it is
 * checked against a tenant list that already includes it.
 */
@RestController
@RequestMapping("/api/principals")
class PrincipalController {

	private final Writes writes;

	private final PrincipalSummaryRepository principals;

	private final KnownTenants tenants;

	private final ConsumedPositions positions;

	private final Clock clock;

	private final Duration readTimeout;

	PrincipalController(Writes writes, PrincipalSummaryRepository principals, KnownTenants tenants,
			ConsumedPositions positions, Clock clock,
			@Value("${castellan.consistency.read-timeout:5s}") Duration readTimeout) {
		this.writes = writes;
		this.principals = principals;
		this.tenants = tenants;
		this.positions = positions;
		this.clock = clock;
		this.readTimeout = readTimeout;
	}

	/** Registers a principal in an active tenant. Platform administrators only, until the access model decides. */
	@PostMapping
	ResponseEntity<PrincipalResponse> register(@Valid @RequestBody RegisterPrincipalRequest request,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String token,
			@AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt).requirePlatformAdmin();
		this.positions.await(token, this.readTimeout);
		String status = this.tenants.status(request.tenantId())
			.orElseThrow(() -> new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "tenant_not_found",
					"No tenant with id " + request.tenantId()
							+ ". If it was just created, pass its consistency token in the "
							+ ConsistencyToken.HEADER + " header."));
		if (!status.equals("active")) {
			throw new ProblemException(HttpStatus.CONFLICT, "tenant_not_active",
					"Tenant " + request.tenantId() + " is " + status + ".");
		}
		String principalId = UUID.randomUUID().toString();
		Written<Object> written = this.writes.send(new RegisterPrincipal(principalId, request.tenantId(),
				request.kind(), request.name().strip(), request.email(), caller.subject(), this.clock.instant()));
		PrincipalSummary principal = this.principals.find(principalId).orElseThrow();
		return WriteResponses.created(URI.create("/api/principals/" + principalId), written,
				PrincipalResponse.of(principal, written.encodedToken()));
	}

	@GetMapping("/{principalId}")
	PrincipalResponse get(@PathVariable String principalId, @AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt);
		return this.principals.find(principalId)
			.filter((principal) -> caller.isPlatformAdmin() || principal.principalId().equals(caller.subject()))
			.map((principal) -> PrincipalResponse.of(principal, null))
			.orElseThrow(() -> ProblemException.notFound("principal", principalId));
	}

	/** A tenant's principals, cursor-paged: pass the {@code next} of one page as {@code after}. */
	@GetMapping
	Map<String, Object> list(@RequestParam String tenantId, @RequestParam(required = false) String after,
			@RequestParam(defaultValue = "50") int limit, @AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		CursorPages.requireLimit(limit);
		List<PrincipalResponse> items = this.principals.page(tenantId, after, limit)
			.stream()
			.map((principal) -> PrincipalResponse.of(principal, null))
			.toList();
		return CursorPages.of(items, limit, PrincipalResponse::id);
	}

}
