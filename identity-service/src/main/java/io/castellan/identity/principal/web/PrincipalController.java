package io.castellan.identity.principal.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import io.castellan.identity.credential.Passwords;
import io.castellan.identity.principal.command.ChangePrincipalStatus;
import io.castellan.identity.principal.command.RegisterPrincipal;
import io.castellan.identity.principal.command.UpdatePrincipal;
import io.castellan.identity.principal.query.PrincipalFilter;
import io.castellan.identity.principal.query.PrincipalSummary;
import io.castellan.identity.principal.query.PrincipalSummaryRepository;
import io.castellan.identity.profile.ProfileSchemas;
import io.castellan.identity.profile.query.ProfileView;
import io.castellan.identity.profile.query.Profiles;
import io.castellan.identity.tenant.KnownTenants;
import io.castellan.platform.axon.Writes;
import io.castellan.platform.axon.Written;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.consistency.ConsumedPositions;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.CursorPages;
import io.castellan.platform.web.ProblemException;
import io.castellan.platform.web.WriteResponses;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Principals over HTTP. Reads answer with the principal's version as a strong ETag; updates and status changes
 * honour {@code If-Match} so two admins editing the same principal cannot overwrite each other unseen.
 */
@RestController
@RequestMapping("/api/principals")
class PrincipalController {

	private static final String PLATFORM = "platform";

	private final Writes writes;

	private final PrincipalSummaryRepository principals;

	private final KnownTenants tenants;

	private final ConsumedPositions positions;

	private final Passwords passwords;

	private final JsonMapper json;

	private final Profiles profiles;

	private final ProfileSchemas profileSchemas;

	private final Clock clock;

	private final Duration readTimeout;

	PrincipalController(Writes writes, PrincipalSummaryRepository principals, KnownTenants tenants,
			ConsumedPositions positions, Passwords passwords, JsonMapper json, Profiles profiles,
			ProfileSchemas profileSchemas, Clock clock,
			@Value("${castellan.consistency.read-timeout:5s}") Duration readTimeout) {
		this.profiles = profiles;
		this.profileSchemas = profileSchemas;
		this.writes = writes;
		this.principals = principals;
		this.tenants = tenants;
		this.positions = positions;
		this.passwords = passwords;
		this.json = json;
		this.clock = clock;
		this.readTimeout = readTimeout;
	}

	/**
	 * Registers a principal in an active tenant, or a global human when no tenant is given. Platform administrators
	 * only, until the access model decides. The tenant may be just created: pass its consistency token.
	 */
	@PostMapping
	ResponseEntity<PrincipalResponse> register(@Valid @RequestBody RegisterPrincipalRequest request,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String token,
			@AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt).requirePlatformAdmin();
		String tenantId = (request.tenantId() != null && !request.tenantId().isBlank()) ? request.tenantId() : PLATFORM;
		ProfileView profile = (request.profile() != null) ? profile(tenantId, request.profile()) : null;
		String kind = kind(request.kind(), profile);
		if (tenantId.equals(PLATFORM) && !kind.equals("human")) {
			throw ProblemException.unprocessable("tenant_required",
					"Only humans may be global; a " + kind + " belongs to a tenant.");
		}
		if (!tenantId.equals(PLATFORM)) {
			requireActiveTenant(tenantId, token);
		}
		String name = PrincipalFields.name(request.name());
		String alias = PrincipalFields.alias(request.alias());
		Map<String, Object> attributes = PrincipalFields.attributes(request.attributes(), this.json);
		if (profile != null) {
			this.profileSchemas.validate(profile, attributes);
		}
		String hash = (request.password() != null) ? this.passwords.checkAndHash(tenantId, request.password()) : null;
		String principalId = UUID.randomUUID().toString();
		Written<Object> written = this.writes.send(new RegisterPrincipal(principalId, tenantId, kind, name, alias,
				request.email(), attributes, hash, caller.subject(), this.clock.instant(),
				(profile != null) ? profile.name() : null, (profile != null) ? profile.version() : null));
		PrincipalResponse body = PrincipalResponse.of(this.principals.find(principalId).orElseThrow(),
				written.encodedToken());
		return withEtag(WriteResponses.created(URI.create("/api/principals/" + principalId), written, body));
	}

	@GetMapping("/{principalId}")
	ResponseEntity<PrincipalResponse> get(@PathVariable String principalId, @AuthenticationPrincipal Jwt jwt) {
		PrincipalSummary principal = visible(principalId, Caller.of(jwt));
		return withEtag(ResponseEntity.ok(PrincipalResponse.of(principal, null)));
	}

	/**
	 * Changes name, alias, email or attributes: fields present in the body replace the current ones ({@code null}
	 * clears alias or email), absent ones stay. The principal itself may edit its own profile.
	 */
	@PatchMapping("/{principalId}")
	ResponseEntity<PrincipalResponse> update(@PathVariable String principalId, @RequestBody Map<String, Object> body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt);
		PrincipalSummary current = visible(principalId, caller);
		for (String field : body.keySet()) {
			if (!List.of("name", "alias", "email", "attributes").contains(field)) {
				throw ProblemException.unprocessable("field_not_updatable",
						"'" + field + "' cannot be changed here; updatable: name, alias, email, attributes.");
			}
		}
		String name = body.containsKey("name") ? PrincipalFields.name(text(body, "name")) : current.name();
		String alias = body.containsKey("alias") ? PrincipalFields.alias(text(body, "alias")) : current.alias();
		String email = body.containsKey("email") ? PrincipalFields.email(text(body, "email")) : current.email();
		Map<String, Object> attributes = body.containsKey("attributes")
				? PrincipalFields.attributes(object(body, "attributes"), this.json) : current.attributes();
		Integer profileVersion = null;
		if (current.profile() != null) {
			ProfileView profile = profile(current.tenantId(), current.profile());
			this.profileSchemas.validate(profile, attributes);
			profileVersion = profile.version();
		}
		Written<Object> written = this.writes.send(new UpdatePrincipal(principalId, IfMatch.version(ifMatch), name,
				alias, email, attributes, caller.subject(), this.clock.instant(), profileVersion));
		return answer(principalId, written);
	}

	/** {@code activate}, {@code suspend} or {@code deactivate}; platform administrators only. */
	@PostMapping("/{principalId}/{transition:activate|suspend|deactivate}")
	ResponseEntity<PrincipalResponse> changeStatus(@PathVariable String principalId, @PathVariable String transition,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt).requirePlatformAdmin();
		PrincipalSummary current = visible(principalId, caller);
		IfMatch.require(ifMatch, current.version());
		String status = switch (transition) {
			case "activate" -> "active";
			case "suspend" -> "suspended";
			default -> "inactive";
		};
		Written<Object> written = this.writes
			.send(new ChangePrincipalStatus(principalId, status, caller.subject(), this.clock.instant()));
		return answer(principalId, written);
	}

	/**
	 * A tenant's principals ({@code platform} for global humans), cursor-paged: pass the {@code next} of one page
	 * as {@code after}. Optional filters: {@code kind}, {@code status}, and {@code q}, a case-insensitive prefix of
	 * name, alias or email.
	 */
	@GetMapping
	Map<String, Object> list(@RequestParam String tenantId, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String status, @RequestParam(required = false) String q,
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int limit,
			@AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		CursorPages.requireLimit(limit);
		if (q != null && q.length() > 200) {
			throw ProblemException.badRequest("query_too_long", "q is at most 200 characters.");
		}
		List<PrincipalResponse> items = this.principals.page(new PrincipalFilter(tenantId, kind, status, q), after, limit)
			.stream()
			.map((principal) -> PrincipalResponse.of(principal, null))
			.toList();
		return CursorPages.of(items, limit, PrincipalResponse::id);
	}

	private ProfileView profile(String tenantId, String name) {
		return this.profiles.byName(tenantId, name)
			.orElseThrow(() -> ProblemException.unprocessable("profile_not_found",
					"No profile '" + name + "' in this tenant or the platform."));
	}

	/** The kind follows from the profile; a kind given as well must agree with it. */
	private static String kind(String requested, ProfileView profile) {
		if (profile == null) {
			if (requested == null) {
				throw ProblemException.badRequest("validation_failed", "kind: is required unless a profile is given");
			}
			return requested;
		}
		if (requested != null && !requested.equals(profile.kind())) {
			throw ProblemException.unprocessable("profile_kind_mismatch",
					"Profile '" + profile.name() + "' is for " + profile.kind() + " principals, not " + requested + ".");
		}
		return profile.kind();
	}

	private void requireActiveTenant(String tenantId, String token) {
		this.positions.await(token, this.readTimeout);
		this.tenants.requireActive(tenantId);
	}

	/** A principal the caller may see: itself, or any for a platform administrator; others look absent. */
	private PrincipalSummary visible(String principalId, Caller caller) {
		return this.principals.find(principalId)
			.filter((principal) -> caller.isPlatformAdmin() || principal.principalId().equals(caller.subject()))
			.orElseThrow(() -> ProblemException.notFound("principal", principalId));
	}

	private ResponseEntity<PrincipalResponse> answer(String principalId, Written<Object> written) {
		PrincipalSummary principal = this.principals.find(principalId).orElseThrow();
		return withEtag(WriteResponses.ok(written, PrincipalResponse.of(principal, written.encodedToken())));
	}

	private static ResponseEntity<PrincipalResponse> withEtag(ResponseEntity<PrincipalResponse> response) {
		return ResponseEntity.status(response.getStatusCode())
			.headers(response.getHeaders())
			.eTag(response.getBody().etag())
			.body(response.getBody());
	}

	private static String text(Map<String, Object> body, String field) {
		Object value = body.get(field);
		if (value != null && !(value instanceof String)) {
			throw ProblemException.unprocessable("validation_failed", field + " must be a string.");
		}
		return (String) value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Map<String, Object> body, String field) {
		Object value = body.get(field);
		if (value != null && !(value instanceof Map)) {
			throw ProblemException.unprocessable("validation_failed", field + " must be a JSON object.");
		}
		return (value != null) ? new HashMap<>((Map<String, Object>) value) : Map.of();
	}

}
