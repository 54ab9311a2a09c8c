package io.castellan.authz.index;

import java.util.Map;

import io.castellan.schemas.authz.PermissionBlock;

/**
 * A permission block as the index keeps it: its words shared through the {@link Vocabulary}, its object or group id
 * shared with the registry's, and filed under one {@link #key} that a check on a target it covers looks up. A
 * direct policy is a block itself ({@link Policy}), not a one-block role.
 */
class Block {

	/** The key of {@code tenant} and {@code platform} blocks: every target looks it up. */
	static final String EVERYWHERE = "\u0000everywhere";

	/** The key of blocks that cover nothing (an unknown mode, a missing id): no target looks it up. */
	static final String NOWHERE = "\u0000nowhere";

	final boolean deny;

	final String[] actions;

	final String mode;

	final String type;

	final String objectId;

	final String groupId;

	/** As published: null or empty when unconditional. */
	final Map<String, Object> conditions;

	Block(PermissionBlock block, Vocabulary words, ObjectRegistry objects) {
		PermissionBlock.Scope scope = block.scope();
		this.deny = "deny".equals(block.effect());
		this.actions = words.actions(block.actions());
		this.mode = words.word(scope.mode());
		this.type = words.word(scope.objectType());
		this.objectId = objects.canonicalObjectId(scope.objectId());
		this.groupId = objects.canonicalGroupId(scope.groupId());
		this.conditions = block.conditions();
	}

	/** What a target this block covers is sure to look up. */
	final String key() {
		String key = switch (this.mode) {
			case "tenant", "platform" -> EVERYWHERE;
			case "object_kind", "object_type" -> this.type;
			case "object" -> this.objectId;
			case "group", "group_direct_objects", "group_descendant_objects", "group_child_groups",
					"group_descendant_groups" ->
				this.groupId;
			default -> null;
		};
		return (key != null) ? key : NOWHERE;
	}

	final boolean names(String action) {
		return Vocabulary.names(this.actions, action);
	}

	final boolean conditional() {
		return this.conditions != null && !this.conditions.isEmpty();
	}

	final boolean covers(Target target) {
		return Scopes.covers(this.mode, this.type, this.objectId, this.groupId, target);
	}

	final PermissionBlock published() {
		return new PermissionBlock(this.deny ? "deny" : "allow", Vocabulary.list(this.actions),
				new PermissionBlock.Scope(this.mode, this.type, this.objectId, this.groupId), this.conditions);
	}

}
