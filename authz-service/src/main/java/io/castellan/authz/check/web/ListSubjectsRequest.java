package io.castellan.authz.check.web;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/authz/check/subjects}: which principals may do {@code action} on {@code object}, directly
 * or through their groups?
 * @param limit page size, 1 to 500 (default 100)
 * @param after the {@code next} cursor of the previous page
 */
public record ListSubjectsRequest(@NotBlank @Size(max = 64) String action,
		@NotNull @Valid CheckRequest.ObjectRequest object, @Size(max = 50) Map<String, Object> context,
		@Size(max = 8192) String consistencyToken, Integer limit, @Size(max = 128) String after) {
}
