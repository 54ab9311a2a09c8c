package io.castellan.authz.role.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.castellan.authz.role.event.Block;

/**
 * A permission block in a request: {@code {"effect":"allow","actions":["read"],"scope":{"mode":"tenant"}}}, or with
 * an object group: {@code "scope":{"mode":"group_descendant_objects","groupId":"..."}}, optionally with ABAC
 * conditions: {@code "conditions":{"object.attributes.level":{"gte":3},"context.time":{"lt":"2026-12-01T00:00:00Z"}}}.
 */
public record BlockRequest(@NotBlank String effect, @NotEmpty @Size(max = 50) List<@NotBlank String> actions,
		@NotNull @Valid Scope scope, @Size(max = 20) Map<String, Object> conditions) {

	/** The block as events carry it. */
	public Block toBlock() {
		return new Block(this.effect, List.copyOf(this.actions), this.scope.mode(), this.scope.objectType(),
				this.scope.objectId(), this.scope.groupId(),
				(this.conditions == null || this.conditions.isEmpty()) ? null : this.conditions);
	}

	/** Where a block applies. */
	public record Scope(@NotBlank String mode, @Size(max = 128) String objectType, @Size(max = 128) String objectId,
			@Size(max = 128) String groupId) {
	}

}
