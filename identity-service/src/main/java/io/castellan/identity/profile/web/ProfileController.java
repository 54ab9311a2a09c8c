package io.castellan.identity.profile.web;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.castellan.identity.profile.ProfileSchemas;
import io.castellan.identity.profile.command.DefineProfile;
import io.castellan.identity.profile.command.ReviseProfile;
import io.castellan.identity.profile.query.ProfileView;
import io.castellan.identity.profile.query.Profiles;
import io.castellan.platform.axon.Written;
import io.castellan.platform.axon.Writes;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.ProblemException;
import io.castellan.platform.web.WriteResponses;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Principal profiles: define one (kind + JSON Schema of the attributes), publish new schema versions, read them.
 * Platform administrators only, until the access model decides.
 */
@RestController
@RequestMapping("/api/profiles")
class ProfileController {

	private final Writes writes;

	private final Profiles profiles;

	private final ProfileSchemas schemas;

	private final Clock clock;

	ProfileController(Writes writes, Profiles profiles, ProfileSchemas schemas, Clock clock) {
		this.writes = writes;
		this.profiles = profiles;
		this.schemas = schemas;
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<ProfileView> define(@Valid @RequestBody DefineProfileRequest request, @AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt).requirePlatformAdmin();
		this.schemas.check(request.schema());
		String tenantId = (request.tenantId() != null) ? request.tenantId() : "platform";
		String profileId = UUID.randomUUID().toString();
		Written<Object> written = this.writes.send(new DefineProfile(profileId, tenantId, request.name(),
				request.kind(), request.schema(), caller.subject(), this.clock.instant()));
		return WriteResponses.created(URI.create("/api/profiles/" + profileId), written,
				this.profiles.find(profileId).orElseThrow());
	}

	/** A new version of the schema; existing principals keep the version they were checked against until updated. */
	@PutMapping("/{profileId}/schema")
	ResponseEntity<ProfileView> revise(@PathVariable String profileId, @RequestBody Map<String, Object> schema,
			@AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt).requirePlatformAdmin();
		find(profileId);
		this.schemas.check(schema);
		Written<Object> written = this.writes
			.send(new ReviseProfile(profileId, schema, caller.subject(), this.clock.instant()));
		return WriteResponses.ok(written, find(profileId));
	}

	@GetMapping("/{profileId}")
	ProfileView get(@PathVariable String profileId, @AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		return find(profileId);
	}

	@GetMapping
	Map<String, Object> list(@RequestParam(defaultValue = "platform") String tenantId, @AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		return Map.of("items", this.profiles.ofTenant(tenantId));
	}

	private ProfileView find(String profileId) {
		return this.profiles.find(profileId).orElseThrow(() -> ProblemException.notFound("profile", profileId));
	}

	/**
	 * Body of {@code POST /api/profiles}.
	 * @param tenantId the owning tenant; absent: a platform profile any tenant may use
	 * @param name a lower-case identifier such as {@code water_meter}
	 */
	record DefineProfileRequest(@Size(max = 64) String tenantId,
			@NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,99}", message = "must be a lower-case identifier") String name,
			@NotBlank @Pattern(regexp = "human|device|service|workload|application",
					message = "must be one of human, device, service, workload, application") String kind,
			@NotNull Map<String, Object> schema) {
	}

}
