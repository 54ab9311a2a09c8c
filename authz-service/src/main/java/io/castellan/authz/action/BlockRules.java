package io.castellan.authz.action;

import java.util.List;

import io.castellan.authz.role.event.Block;
import io.castellan.platform.web.ProblemException;

import org.springframework.http.HttpStatus;

/** The shape rules of permission blocks (in roles and direct policies): each scope mode names exactly what it needs. */
public final class BlockRules {

	private BlockRules() {
	}

	/** The tenant id of platform-wide roles and policies: they apply in every tenant. */
	public static final String PLATFORM = "platform";

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
			switch (String.valueOf(block.scopeMode())) {
				case "tenant" -> {
					requireAbsent(where, block.objectType(), block.objectId());
					requireScopeFits(where, !platformWide, "tenant", "a platform-wide role or policy uses 'platform'");
				}
				case "platform" -> {
					requireAbsent(where, block.objectType(), block.objectId());
					requireScopeFits(where, platformWide, "platform",
							"only platform-wide roles and policies reach beyond their tenant");
				}
				case "object_kind", "object_type" -> {
					requirePresent(where, "objectType", block.objectType());
					requireAbsent(where, null, block.objectId());
				}
				case "object" -> {
					requirePresent(where, "objectType", block.objectType());
					requirePresent(where, "objectId", block.objectId());
				}
				default -> throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "scope_mode_unsupported",
						where + "scope mode '" + block.scopeMode()
								+ "' is not supported yet; use platform, tenant, object_kind, object_type or object.");
			}
		}
	}

	private static void requireScopeFits(String where, boolean fits, String mode, String why) {
		if (!fits) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "scope_mode_not_allowed",
					where + "the '" + mode + "' scope does not fit here: " + why + ".");
		}
	}

	private static void requirePresent(String where, String field, String value) {
		if (value == null || value.isBlank()) {
			throw invalid(where + field + " is required for this scope mode.");
		}
	}

	private static void requireAbsent(String where, String objectType, String objectId) {
		if (objectType != null || objectId != null) {
			throw invalid(where + "this scope mode takes no objectType or objectId.");
		}
	}

	private static ProblemException invalid(String detail) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "permission_block_invalid", detail);
	}

}
