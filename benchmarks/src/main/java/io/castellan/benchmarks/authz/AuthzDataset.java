package io.castellan.benchmarks.authz;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.castellan.schemas.PublishedEvent;
import io.castellan.schemas.authz.ObjectGroupCreated;
import io.castellan.schemas.authz.ObjectRegistered;
import io.castellan.schemas.authz.PermissionBlock;
import io.castellan.schemas.authz.PolicyAttached;
import io.castellan.schemas.authz.PrincipalGroupCreated;
import io.castellan.schemas.authz.PrincipalGroupMemberAdded;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.tenant.TenantCreated;

/**
 * The authorization benchmark's dataset, the shape of the SpiceDB baseline of issue 3, generated deterministically
 * as the published events that build it: one tenant; 10,000 principals; 1,000 principal groups of 20 members (each
 * principal in two); 100,000 objects of type {@code resource:doc} in 1,000 leaf object groups nested three deep
 * (10 roots x 10 x 10, 1,110 groups); per object a direct editor (read, write), a direct viewer (read) and, for 80%
 * of them, a viewer group, each a direct policy with scope mode {@code object}. That is 280,000 policies plus 20,000
 * memberships: 300,000 grants. Two more principals exist for listings: one reads a root object group
 * ({@code group_descendant_objects}, 10,000 objects), one the whole tenant (100,000).
 * <p>
 * Ids are UUID-shaped (36 characters, like the platform's) and computable from their number, so load scripts can
 * build questions with known answers without the dataset: see {@link #principal}, {@link #object}, {@link #editor}.
 */
public final class AuthzDataset {

	public static final String TENANT = "7e000000-0000-4000-8000-000000000001";

	public static final String TYPE = "resource:doc";

	public static final int PRINCIPALS = 10_000;

	public static final int GROUPS = 1_000;

	public static final int MEMBERS_PER_GROUP = 20;

	public static final int OBJECTS = 100_000;

	/** Object groups: ROOTS roots, each with FANOUT children, each with FANOUT leaves holding the objects. */
	static final int ROOTS = 10;

	static final int FANOUT = 10;

	static final int LEAVES = ROOTS * FANOUT * FANOUT;

	/** Reads everything under root object group 0: 10,000 objects. */
	public static final String ROOT_READER = principal(PRINCIPALS);

	/** Reads the whole tenant: 100,000 objects. */
	public static final String TENANT_READER = principal(PRINCIPALS + 1);

	private AuthzDataset() {
	}

	public static String principal(int n) {
		return id(1, n);
	}

	public static String group(int n) {
		return id(2, n);
	}

	public static String objectGroup(int n) {
		return id(3, n);
	}

	public static String object(int n) {
		return id(4, n);
	}

	/** The editor of object {@code i}: every principal edits 10 objects. */
	public static int editor(int i) {
		return i % PRINCIPALS;
	}

	/** The direct viewer of object {@code i}, never its editor. */
	public static int viewer(int i) {
		return (i + PRINCIPALS / 2) % PRINCIPALS;
	}

	/** The viewer group of object {@code i}, or -1 for the 20% that have none. */
	public static int viewerGroup(int i) {
		return (i % 5 == 0) ? -1 : (i * 13) % GROUPS;
	}

	/** Member {@code j} of group {@code g}: a bijection of g*20+j onto the principals, so each is in two groups. */
	public static int member(int g, int j) {
		return (int) (((long) g * MEMBERS_PER_GROUP + j) * 7919 % PRINCIPALS);
	}

	/** How many grants {@link #generate} produces: policies plus memberships. */
	public static long grants() {
		long viewerGroups = OBJECTS - OBJECTS / 5;
		return 2L * OBJECTS + viewerGroups + (long) GROUPS * MEMBERS_PER_GROUP;
	}

	/** Every event of the dataset, in an order the index accepts (parents before children). */
	public static void generate(Consumer<PublishedEvent> sink) {
		Instant now = Instant.now();
		sink.accept(new TenantCreated(TENANT, "Benchmark", "bench-authz", "active", "benchmark", now));
		for (int n = 0; n < PRINCIPALS + 2; n++) {
			sink.accept(new PrincipalRegistered(principal(n), TENANT, "human", "user-" + n, null, "active", now));
		}
		for (int g = 0; g < GROUPS; g++) {
			sink.accept(new PrincipalGroupCreated(group(g), TENANT, "group-" + g, null));
			for (int j = 0; j < MEMBERS_PER_GROUP; j++) {
				sink.accept(new PrincipalGroupMemberAdded(group(g), TENANT, principal(member(g, j))));
			}
		}
		objectGroups(sink);
		for (int i = 0; i < OBJECTS; i++) {
			sink.accept(new ObjectRegistered(object(i), TENANT, TYPE, Map.of(), objectGroup(leafOf(i))));
			sink.accept(policy(id(5, i), principal(editor(i)), null, List.of("read", "write"), i));
			sink.accept(policy(id(6, i), principal(viewer(i)), null, List.of("read"), i));
			if (viewerGroup(i) >= 0) {
				sink.accept(policy(id(7, i), null, group(viewerGroup(i)), List.of("read"), i));
			}
		}
		sink.accept(new PolicyAttached(id(8, 0), TENANT, ROOT_READER, null, new PermissionBlock("allow",
				List.of("read"), new PermissionBlock.Scope("group_descendant_objects", null, null, objectGroup(0)))));
		sink.accept(new PolicyAttached(id(8, 1), TENANT, TENANT_READER, null,
				new PermissionBlock("allow", List.of("read"), new PermissionBlock.Scope("tenant", null, null))));
	}

	/** Roots 0-9, their children 10-109, the leaves 110-1109 (leaf k holds objects 100k to 100k+99). */
	private static void objectGroups(Consumer<PublishedEvent> sink) {
		for (int r = 0; r < ROOTS; r++) {
			sink.accept(new ObjectGroupCreated(objectGroup(r), TENANT, "root-" + r, null));
		}
		for (int c = 0; c < ROOTS * FANOUT; c++) {
			sink.accept(new ObjectGroupCreated(objectGroup(ROOTS + c), TENANT, "child-" + c, objectGroup(c / FANOUT)));
		}
		for (int l = 0; l < LEAVES; l++) {
			sink.accept(new ObjectGroupCreated(objectGroup(ROOTS + ROOTS * FANOUT + l), TENANT, "leaf-" + l,
					objectGroup(ROOTS + l / FANOUT)));
		}
	}

	private static int leafOf(int object) {
		return ROOTS + ROOTS * FANOUT + object / (OBJECTS / LEAVES);
	}

	private static PolicyAttached policy(String id, String principalId, String groupId, List<String> actions, int i) {
		return new PolicyAttached(id, TENANT, principalId, groupId,
				new PermissionBlock("allow", actions, new PermissionBlock.Scope("object", TYPE, object(i))));
	}

	private static String id(int kind, long n) {
		return String.format("7e%06d-0000-4000-8000-%012d", kind, n);
	}

}
