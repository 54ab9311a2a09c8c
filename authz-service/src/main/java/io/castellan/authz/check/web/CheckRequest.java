package io.castellan.authz.check.web;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.castellan.authz.index.ObjectRef;

/**
 * Body of {@code POST /api/authz/check}: may {@code principalId} do {@code action} on {@code object}?
 * @param consistencyToken optional; the answer then reflects every write the token names (or "latest")
 * @param context optional facts the {@code context.<name>} conditions read; {@code context.time} (RFC 3339) is the
 * server's clock unless given here
 */
public record CheckRequest(@NotBlank @Size(max = 64) String principalId, @NotBlank @Size(max = 64) String action,
		@NotNull @Valid ObjectRequest object, @Size(max = 8192) String consistencyToken,
		@Size(max = 50) Map<String, Object> context, @Size(max = 64) String apiKeyId) {

	/**
	 * The object: a registered object or object group by its id alone (the index knows its tenant, type and group),
	 * or an unregistered one by its tenant and optionally its {@code kind:sub} type and id. No id: the tenant itself.
	 */
	public record ObjectRequest(@Size(max = 64) String tenantId, @Size(max = 128) String type,
			@Size(max = 128) String id) {

		ObjectRef toRef() {
			return new ObjectRef(this.tenantId, this.type, this.id);
		}

	}

}
