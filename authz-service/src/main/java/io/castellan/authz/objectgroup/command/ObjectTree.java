package io.castellan.authz.objectgroup.command;

import java.util.Objects;
import java.util.Optional;

import io.castellan.platform.web.ProblemException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

/**
 * Where every object and object group sits, as the write side knows it ({@code object_tree}). Command handlers call
 * it inside their unit of work, so each change commits or rolls back with the events that state it, and structural
 * changes of one tenant take a transaction-scoped lock first: two concurrent moves can never close a cycle.
 */
@Component
public final class ObjectTree {

	private final JdbcClient jdbc;

	ObjectTree(JdbcClient jdbc) {
		Assert.notNull(jdbc, "jdbc cannot be null");
		this.jdbc = jdbc;
	}

	public Optional<Node> find(String nodeId) {
		return this.jdbc.sql("""
				select node_id, tenant_id, is_group, parent_group_id from object_tree
				where node_id = :id and not removed""")
			.param("id", nodeId)
			.query((row, index) -> new Node(row.getString("node_id"), row.getString("tenant_id"),
					row.getBoolean("is_group"), row.getString("parent_group_id")))
			.optional();
	}

	/** @throws ProblemException 422 when the group is unknown or of another tenant */
	public void addObject(String objectId, String tenantId, String groupId) {
		lock(tenantId);
		requireGroup(groupId, tenantId, "object_group");
		insert(objectId, tenantId, false, groupId);
	}

	/** @throws ProblemException 422 when the parent is unknown or of another tenant */
	public void addGroup(String groupId, String tenantId, String parentGroupId) {
		lock(tenantId);
		requireGroup(parentGroupId, tenantId, "parent_group");
		insert(groupId, tenantId, true, parentGroupId);
	}

	public void moveObject(String objectId, String tenantId, String groupId) {
		lock(tenantId);
		requireGroup(groupId, tenantId, "object_group");
		setParent(objectId, groupId);
	}

	/** @throws ProblemException 422 {@code object_group_cycle} when the new parent is the group or lies under it */
	public void moveGroup(String groupId, String tenantId, String parentGroupId) {
		lock(tenantId);
		requireGroup(parentGroupId, tenantId, "parent_group");
		if (parentGroupId != null && isAncestorOrSelf(groupId, parentGroupId)) {
			throw ProblemException.unprocessable("object_group_cycle",
					"Group " + parentGroupId + " is " + (groupId.equals(parentGroupId) ? "the group itself"
							: "under group " + groupId) + "; a group cannot be nested inside itself.");
		}
		setParent(groupId, parentGroupId);
	}

	public void removeObject(String objectId, String tenantId) {
		lock(tenantId);
		markRemoved(objectId);
	}

	/** @throws ProblemException 409 {@code object_group_not_empty} while objects or groups sit in it */
	public void removeGroup(String groupId, String tenantId) {
		lock(tenantId);
		long children = this.jdbc.sql("select count(*) from object_tree where parent_group_id = :id")
			.param("id", groupId)
			.query(Long.class)
			.single();
		if (children > 0) {
			throw ProblemException.conflict("object_group_not_empty", "The group still holds " + children
					+ " objects or groups; move or remove them first.");
		}
		markRemoved(groupId);
	}

	/**
	 * A permission block's object group must exist in the grant's tenant; a platform-wide grant may name any.
	 * @throws ProblemException 422 {@code object_group_not_found} or {@code object_group_tenant_mismatch}
	 */
	public void requireScopeGroup(String groupId, String grantTenantId) {
		requireGroup(groupId, "platform".equals(grantTenantId) ? null : grantTenantId, "object_group");
	}

	private void requireGroup(String groupId, String tenantId, String what) {
		if (groupId == null) {
			return;
		}
		Node group = find(groupId).filter(Node::group)
			.orElseThrow(() -> ProblemException.unprocessable(what + "_not_found", "No object group with id " + groupId + "."));
		if (tenantId != null && !group.tenantId().equals(tenantId)) {
			throw ProblemException.unprocessable(what + "_tenant_mismatch",
					"Object group " + groupId + " belongs to another tenant.");
		}
	}

	/** Walks up from {@code nodeId}: is {@code candidate} on the way (or the node itself)? */
	private boolean isAncestorOrSelf(String candidate, String nodeId) {
		return Boolean.TRUE.equals(this.jdbc.sql("""
				with recursive up (id) as (
				    select cast(:node as varchar)
				    union
				    select t.parent_group_id from object_tree t join up on t.node_id = up.id
				    where t.parent_group_id is not null)
				select exists (select 1 from up where id = :candidate)""")
			.param("node", nodeId)
			.param("candidate", candidate)
			.query(Boolean.class)
			.single());
	}

	/**
	 * Objects and groups share one id space (a group is also an object, for the {@code group} scope mode), and an
	 * id is never reused, so a grant naming a removed object never reaches a newcomer.
	 */
	private void insert(String nodeId, String tenantId, boolean group, String parentGroupId) {
		int inserted = this.jdbc.sql("""
				insert into object_tree (node_id, tenant_id, is_group, parent_group_id)
				values (:id, :tenant, :group, :parent) on conflict (node_id) do nothing""")
			.param("id", nodeId)
			.param("tenant", tenantId)
			.param("group", group)
			.param("parent", parentGroupId)
			.update();
		if (inserted == 0) {
			throw ProblemException.conflict("object_id_taken",
					"Id " + nodeId + " is taken by an object or object group, now or in the past.");
		}
	}

	private void markRemoved(String nodeId) {
		this.jdbc.sql("update object_tree set removed = true, parent_group_id = null where node_id = :id")
			.param("id", nodeId)
			.update();
	}

	private void setParent(String nodeId, String parentGroupId) {
		this.jdbc.sql("update object_tree set parent_group_id = :parent where node_id = :id")
			.param("id", nodeId)
			.param("parent", parentGroupId)
			.update();
	}

	/** Serialises structural changes per tenant until the transaction ends; other tenants are not held up. */
	private void lock(String tenantId) {
		this.jdbc.sql("select pg_advisory_xact_lock(:key)")
			.param("key", (long) Objects.hash("object_tree", tenantId))
			.query((row, index) -> 1)
			.list();
	}

	/**
	 * An object or object group.
	 * @param parentGroupId the group it sits in directly, or null
	 */
	public record Node(String id, String tenantId, boolean group, String parentGroupId) {
	}

}
