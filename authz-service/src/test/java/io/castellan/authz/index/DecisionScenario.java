package io.castellan.authz.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.castellan.schemas.authz.PermissionBlock;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One file of {@code src/test/resources/scenarios}: tenants (id to status), principals (id to tenant), principal
 * groups and their members, roles, assignments, direct policies and the checks with their expected answer ({@code allowed} or {@code denied}, and the reason).
 */
public record DecisionScenario(String description, Map<String, String> tenants, Map<String, String> principals,
		Map<String, Group> groups, List<Member> members, Map<String, Role> roles, List<Assignment> assignments,
		List<Policy> policies, List<Check> checks) {

	public DecisionScenario {
		groups = (groups != null) ? groups : Map.of();
		members = (members != null) ? members : List.of();
		roles = (roles != null) ? roles : Map.of();
		assignments = (assignments != null) ? assignments : List.of();
		policies = (policies != null) ? policies : List.of();
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

	public record Role(String tenant, String name, List<PermissionBlock> blocks) {
	}

	/** A principal group, nested under {@code parent} when given; parents are listed before their children. */
	public record Group(String tenant, String parent) {
	}

	public record Member(String group, String principal) {
	}

	/** A role given to a principal or (when {@code group} is set) to a principal group. */
	public record Assignment(String principal, String group, String role) {
	}

	/** A direct policy: one block for a principal or (when {@code group} is set) a group of {@code tenant}. */
	public record Policy(String tenant, String principal, String group, PermissionBlock block) {
	}

	public record Check(String principal, String action, Target object, String expect, String reason) {
	}

	public record Target(String tenant, String type, String id) {
	}

}
