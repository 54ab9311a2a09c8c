package io.castellan.authz.action;

import java.util.List;

import io.castellan.authz.condition.Conditions;
import io.castellan.authz.role.event.Block;
import io.castellan.platform.web.ProblemException;

import org.springframework.http.HttpStatus;

/** The shape rules of permission blocks (in roles and direct policies): each scope mode names exactly what it needs. */
public final class BlockRules {

	private BlockRules() {
	}

	/** The tenant id of platform-wide roles and policies: they apply in every tenant. */
	public static final String PLATFORM = "platform";

	/** Every scope mode, as PRODUCT.md names them. */
	public static final List<String> SCOPE_MODES = List.of("platform", "tenant", "object_kind", "object_type",
			"object", "group", "group_direct_objects", "group_descendant_objects", "group_child_groups",
			"group_descendant_groups");

	/**
	 * @param tenantId the tenant of the role or policy; the {@code platform} scope is for platform-wide ones only,
	 * and the {@code tenant} scope for tenant ones only
	 */
	public static void requireValid(List<Block> blocks, String tenantId) {
		boolean platformWide = PLATFORM.equals(tenantId);
		if (blocks == null || blocks.isEmpty()) {
			throw invalid("A role needs at least one permission block.");
		}
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			String where = "Block " + i + ": ";
			if (!"allow".equals(block.effect()) && !"deny".equals(block.effect())) {
				throw invalid(where + "effect must be allow or deny.");
			}
			if (block.actions() == null || block.actions().isEmpty()) {
				throw invalid(where + "at least one action is needed.");
			}
			Actions.requireKnown(block.actions());
			Conditions.requireValid(block.conditions(), where);
			switch (String.valueOf(block.scopeMode())) {
				case "tenant" -> {
					requireOnly(where, block, false, false, false);
					requireScopeFits(where, !platformWide, "tenant", "a platform-wide role or policy uses 'platform'");
				}
				case "platform" -> {
					requireOnly(where, block, false, false, false);
					requireScopeFits(where, platformWide, "platform",
							"only platform-wide roles and policies reach beyond their tenant");
				}
				case "object_kind", "object_type" -> requireOnly(where, block, true, false, false);
				case "object" -> requireOnly(where, block, true, true, false);
				case "group", "group_direct_objects", "group_descendant_objects", "group_child_groups",
						"group_descendant_groups" ->
					requireOnly(where, block, false, false, true);
				default -> throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "scope_mode_unknown",
						where + "scope mode '" + block.scopeMode() + "' is unknown; use one of " + SCOPE_MODES + ".");
			}
		}
	}

	private static void requireScopeFits(String where, boolean fits, String mode, String why) {
		if (!fits) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "scope_mode_not_allowed",
					where + "the '" + mode + "' scope does not fit here: " + why + ".");
		}
	}

	/** Each mode names exactly the fields it needs: an objectType, an objectId, a groupId, or none of them. */
	private static void requireOnly(String where, Block block, boolean objectType, boolean objectId,
			boolean groupId) {
		requireField(where, "objectType", block.objectType(), objectType);
		requireField(where, "objectId", block.objectId(), objectId);
		requireField(where, "groupId", block.groupId(), groupId);
	}

	private static void requireField(String where, String field, String value, boolean needed) {
		boolean present = value != null && !value.isBlank();
		if (needed && !present) {
			throw invalid(where + field + " is required for this scope mode.");
		}
		if (!needed && value != null) {
			throw invalid(where + "this scope mode takes no " + field + ".");
		}
	}

	private static ProblemException invalid(String detail) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "permission_block_invalid", detail);
	}

}
