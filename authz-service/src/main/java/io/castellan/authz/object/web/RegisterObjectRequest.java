package io.castellan.authz.object.web;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/authz/objects}.
 * @param id optional; the caller's own id for the object (a device id), else one is generated. Ids are global and
 * never reused
 * @param type namespaced {@code kind:sub}, for example {@code entity:device}
 * @param attributes optional JSON object, read by {@code object.attributes.<path>} conditions
 * @param groupId optional object group of the same tenant
 */
public record RegisterObjectRequest(@Pattern(regexp = ID) String id, @NotBlank @Size(max = 64) String tenantId,
		@NotBlank @Size(max = 128) @Pattern(regexp = TYPE) String type, @Size(max = 100) Map<String, Object> attributes,
		@Size(max = 128) String groupId) {

	/** Ids go into URL paths: letters, digits and a few safe marks. */
	public static final String ID = "^[A-Za-z0-9][A-Za-z0-9._:@~-]{0,127}$";

	static final String TYPE = "^[a-z][a-z0-9_.-]*:[a-z0-9][a-z0-9_.-]*$";

}
