package io.castellan.platform.security;

import java.util.Collection;
import java.util.List;

import io.castellan.platform.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, read from the access token. Tokens carry identity, never permission lists: the one exception
 * until the access model decides it is the {@code platform.admin} scope of the bootstrap admin client.
 */
public record Caller(String subject, String tenantId, Collection<String> scopes) {

	public static final String PLATFORM_ADMIN_SCOPE = "platform.admin";

	public static Caller of(Jwt jwt) {
		Object scope = jwt.getClaims().get("scope");
		List<String> scopes = switch (scope) {
			case String text -> List.of(text.split(" "));
			case Collection<?> values -> values.stream().map(String::valueOf).toList();
			case null, default -> List.of();
		};
		return new Caller(jwt.getSubject(), jwt.getClaimAsString("tenant_id"), scopes);
	}

	public boolean isPlatformAdmin() {
		return this.scopes.contains(PLATFORM_ADMIN_SCOPE);
	}

	/** @throws ProblemException 403 {@code platform_admin_required} */
	public Caller requirePlatformAdmin() {
		if (!isPlatformAdmin()) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "platform_admin_required",
					"Only platform administrators may do this.");
		}
		return this;
	}

}
