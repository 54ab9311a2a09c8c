package io.castellan.schemas.authz;

import java.util.List;

import io.castellan.schemas.PublishedEvent;

/**
 * Subjects gained or lost access because a grant reached them: a role assigned to them or to a principal group above
 * them, a direct policy, or a group they joined. Product teams update their caches from it instead of re-checking.
 * Schema: {@code schemas/castellan.authz.access.changed.v1.json}.
 * @param changeId stable across redeliveries of the cause: consumers de-duplicate by it
 * @param causeType the published type of the event that caused the change
 * @param causeId the id ({@code ce_id}) of that event
 * @param principalIds the principals affected (at most 500 per event; a large group yields several events)
 * @param gained the (action, scope) pairs of the allow blocks that now reach them
 * @param lost the (action, scope) pairs of the deny blocks that now reach them
 */
public record AccessChanged(String changeId, String tenantId, String causeType, String causeId,
		List<String> principalIds, List<Access> gained, List<Access> lost) implements PublishedEvent {

	public static final String TYPE = "castellan.authz.access.changed.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.changeId;
	}

	/** @param conditional whether ABAC conditions limit it: then it holds only where they do */
	public record Access(String action, PermissionBlock.Scope scope, boolean conditional) {
	}

}
