package io.castellan.authz.index;

import java.util.List;

import io.castellan.schemas.authz.PermissionBlock;

/**
 * Blocks reaching a {@link Holder}: a role assignment or a direct policy. Its {@link #position} in the holder's
 * list orders it for evaluation, as the full walk of {@code explain} meets it.
 */
sealed interface Grant permits Assignment, Policy {

	Holder holder();

	int position();

	/** The assignment or policy id. */
	String id();

	boolean hasId(String id);

	String roleId();

	/** Null while the assigned role is unknown. */
	String roleName();

	/** The tenant it grants in; null while the assigned role is unknown. */
	String tenantId();

	boolean known();

	int blockCount();

	Block block(int index);

	/** The indexes of the blocks filed under a key. */
	int[] blocksAt(String key);

	/** The group it reaches principals through, or null when held by a principal. */
	default String viaGroupId() {
		return holder().group() ? holder().id() : null;
	}

	/** Whether it may grant on an object of that tenant: a platform-wide grant everywhere, others at home. */
	default boolean grantsIn(String targetTenant) {
		String tenant = tenantId();
		return tenant != null && (tenant.equals(targetTenant) || PermissionIndex.PLATFORM.equals(tenant));
	}

	default List<PermissionBlock> publishedBlocks() {
		List<PermissionBlock> blocks = new java.util.ArrayList<>(blockCount());
		for (int i = 0; i < blockCount(); i++) {
			blocks.add(block(i).published());
		}
		return blocks;
	}

	/** A compact id: a UUID as two longs, anything else as its text. */
	static boolean sameId(long high, long low, String text, String id) {
		if (text != null) {
			return text.equals(id);
		}
		return CompactIds.packable(id) && CompactIds.high(id) == high && CompactIds.low(id) == low;
	}

}
