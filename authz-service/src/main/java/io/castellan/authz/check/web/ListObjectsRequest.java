package io.castellan.authz.check.web;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/authz/check/objects}: which registered objects of {@code tenantId} may
 * {@code principalId} do {@code action} on?
 * @param type optional filter: a {@code kind:sub} type or a kind
 * @param limit page size, 1 to 500 (default 100)
 * @param after the {@code next} cursor of the previous page
 */
public record ListObjectsRequest(@NotBlank @Size(max = 64) String principalId, @NotBlank @Size(max = 64) String action,
		@NotBlank @Size(max = 64) String tenantId, @Size(max = 128) String type,
		@Size(max = 50) Map<String, Object> context, @Size(max = 8192) String consistencyToken, Integer limit,
		@Size(max = 128) String after) {
}
