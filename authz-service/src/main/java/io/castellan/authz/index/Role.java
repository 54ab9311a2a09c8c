package io.castellan.authz.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.castellan.schemas.authz.RoleCreated;

/**
 * A role as the index keeps it: its blocks compiled, and for each key they are filed under, which blocks.
 * @param blocksAt per key, the indexes of the blocks under it, in block order
 */
record Role(String roleId, String tenantId, String name, Block[] blocks, Map<String, int[]> blocksAt) {

	static Role of(RoleCreated event, Vocabulary words, ObjectRegistry objects) {
		List<io.castellan.schemas.authz.PermissionBlock> published = (event.blocks() != null) ? event.blocks()
				: List.of();
		Block[] blocks = new Block[published.size()];
		Map<String, int[]> at = new LinkedHashMap<>();
		for (int i = 0; i < blocks.length; i++) {
			blocks[i] = new Block(published.get(i), words, objects);
			int[] previous = at.getOrDefault(blocks[i].key(), new int[0]);
			int[] next = java.util.Arrays.copyOf(previous, previous.length + 1);
			next[previous.length] = i;
			at.put(blocks[i].key(), next);
		}
		return new Role(event.roleId(), words.word(event.tenantId()), event.name(), blocks, Map.copyOf(at));
	}

	RoleCreated published() {
		return new RoleCreated(this.roleId, this.tenantId, this.name,
				java.util.Arrays.stream(this.blocks).map(Block::published).toList());
	}

}
