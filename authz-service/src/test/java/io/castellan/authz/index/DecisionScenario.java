package io.castellan.authz.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.castellan.schemas.authz.PermissionBlock;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One file of {@code src/test/resources/scenarios}: tenants (id to status), principals (id to tenant, or to
 * {@code {tenant, kind, attributes}}), principal groups and their members, object groups and objects, roles,
 * assignments, direct policies, and what is expected: checks ({@code allowed} or {@code denied}, and the reason),
 * listings of objects and of subjects, and writes the guardrails reject ({@code expect: rejected}, with the code).
 * Blocks name object groups and objects by their scenario ids.
 */
public record DecisionScenario(String description, Map<String, String> tenants, Map<String, Principal> principals,
		Map<String, Group> groups, List<Member> members, Map<String, Group> objectGroups,
		Map<String, ObjectEntry> objects, Map<String, Role> roles, List<Assignment> assignments,
		List<Policy> policies, List<Check> checks, List<ObjectListing> lists, List<SubjectListing> subjects) {

	public DecisionScenario {
		groups = (groups != null) ? groups : Map.of();
		members = (members != null) ? members : List.of();
		objectGroups = (objectGroups != null) ? objectGroups : Map.of();
		objects = (objects != null) ? objects : Map.of();
		roles = (roles != null) ? roles : Map.of();
		assignments = (assignments != null) ? assignments : List.of();
		policies = (policies != null) ? policies : List.of();
		checks = (checks != null) ? checks : List.of();
		lists = (lists != null) ? lists : List.of();
		subjects = (subjects != null) ? subjects : List.of();
	}

	private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

	public static Stream<Path> files() throws IOException {
		try (Stream<Path> files = Files.list(SCENARIOS)) {
			return files.filter((file) -> file.toString().endsWith(".yaml")).sorted().toList().stream();
		}
	}

	public static DecisionScenario read(Path file) {
		return new YAMLMapper().readValue(file.toFile(), DecisionScenario.class);
	}

	/** The nesting depth of a principal or object group: parents are created before their children. */
	public static int depth(Map<String, Group> groups, String group) {
		String parent = groups.get(group).parent();
		return (parent == null) ? 0 : 1 + depth(groups, parent);
	}

	/** Whether {@code id} names a scenario object or object group (made unique per run over REST). */
	public boolean namesObject(String id) {
		return id != null && (this.objects.containsKey(id) || this.objectGroups.containsKey(id));
	}

	/** A principal: a human of a tenant, unless the kind says otherwise; attributes are its profile's. */
	public record Principal(String tenant, String kind, Map<String, Object> attributes) {

		public Principal {
			kind = (kind != null) ? kind : "human";
		}

		/** The short form {@code alice: acme}. */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static Principal of(String tenant) {
			return new Principal(tenant, null, null);
		}

	}

	public record Role(String tenant, String name, List<PermissionBlock> blocks) {
	}

	/** A principal or object group, nested under {@code parent} when given. */
	public record Group(String tenant, String parent) {
	}

	/**
	 * @param expect {@code rejected} when the guardrails must refuse it, with {@code code}; else it is stored.
	 * Rejected members are tried after the assignments: what refuses them is a grant their group holds
	 */
	public record Member(String group, String principal, String expect, String code) {

		public boolean rejected() {
			return "rejected".equals(this.expect);
		}

	}

	/** A registered object of type {@code kind:sub}, in object group {@code group} when given. */
	public record ObjectEntry(String tenant, String type, String group, Map<String, Object> attributes) {
	}

	/**
	 * A role given to a principal or (when {@code group} is set) to a principal group.
	 * @param expect {@code rejected} when the guardrails must refuse it, with {@code code}; else it is stored
	 */
	public record Assignment(String principal, String group, String role, String expect, String code) {
	}

	/** A direct policy: one block for a principal or (when {@code group} is set) a group of {@code tenant}. */
	public record Policy(String tenant, String principal, String group, PermissionBlock block) {
	}

	/** @param context what {@code context.<name>} conditions read */
	public record Check(String principal, String action, Target object, Map<String, Object> context, String expect,
			String reason) {
	}

	/** An object: registered ones by {@code id} alone; others by tenant, and optionally type and id. */
	public record Target(String tenant, String type, String id) {
	}

	/** The objects of {@code tenant} (optionally of a type or kind) the principal may act on, all pages, in order. */
	public record ObjectListing(String principal, String action, String tenant, String type,
			Map<String, Object> context, List<String> expect) {
	}

	/** The principals that may act on the object, all pages, in order. */
	public record SubjectListing(String action, Target object, Map<String, Object> context, List<String> expect) {
	}

}
