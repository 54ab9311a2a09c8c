package io.castellan.authz.objectgroup.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/authz/object-groups}.
 * @param id optional; else one is generated. Groups share the id space of objects (a group is also an object)
 * @param parentGroupId optional; nests the group under a group of the same tenant
 */
public record CreateObjectGroupRequest(@Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._:@~-]{0,127}$") String id,
		@NotBlank @Size(max = 64) String tenantId, @NotBlank @Size(max = 200) String name,
		@Size(max = 128) String parentGroupId) {
}
