package io.castellan.authz.object.web;

import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/authz/objects/{id}/attributes}: the new attributes, replacing the old ones whole. */
public record ObjectAttributesRequest(@NotNull @Size(max = 100) Map<String, Object> attributes) {
}
