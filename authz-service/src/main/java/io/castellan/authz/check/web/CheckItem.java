package io.castellan.authz.check.web;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One question of a bulk check: may {@code principalId} do {@code action} on {@code object}, given the optional
 * {@code context} of its conditions? With {@code apiKeyId}, the answer is narrowed to that key's permission
 * ceiling.
 */
public record CheckItem(@NotBlank @Size(max = 64) String principalId, @NotBlank @Size(max = 64) String action,
		@NotNull @Valid CheckRequest.ObjectRequest object, @Size(max = 50) Map<String, Object> context,
		@Size(max = 64) String apiKeyId) {

	Map<String, Object> contextOrEmpty() {
		return (this.context != null) ? this.context : Map.of();
	}

}
