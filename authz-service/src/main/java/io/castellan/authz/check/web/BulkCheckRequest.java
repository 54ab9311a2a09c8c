package io.castellan.authz.check.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/authz/check/bulk}: up to {@value #MAX_ITEMS} checks answered in order, all at one
 * consistency token.
 */
public record BulkCheckRequest(@NotEmpty @Size(max = MAX_ITEMS) List<@Valid CheckItem> items,
		@Size(max = 8192) String consistencyToken) {

	public static final int MAX_ITEMS = 1000;

}
