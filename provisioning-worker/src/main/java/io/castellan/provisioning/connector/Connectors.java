package io.castellan.provisioning.connector;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.util.Assert;

/** The connector beans by step name, and the steps a run is made of, in order. */
public final class Connectors {

	private final Map<String, Connector> byName;

	private final List<String> steps;

	/**
	 * @param steps the configured step names, in run order
	 * @throws IllegalArgumentException when a step has no connector or a name is claimed twice, so a typo fails at
	 * startup rather than in every run
	 */
	public Connectors(List<Connector> connectors, List<String> steps) {
		Assert.notNull(connectors, "connectors cannot be null");
		Assert.notNull(steps, "steps cannot be null");
		this.byName = connectors.stream().collect(Collectors.toMap(Connector::name, Function.identity(), (a, b) -> {
			throw new IllegalArgumentException("Two connectors are named '" + a.name() + "'");
		}));
		for (String step : steps) {
			Assert.isTrue(this.byName.containsKey(step), () -> "No connector for provisioning step '" + step
					+ "'; known: " + this.byName.keySet());
		}
		Assert.isTrue(steps.stream().distinct().count() == steps.size(), "A provisioning step is listed twice");
		this.steps = List.copyOf(steps);
	}

	/** The steps of a new run, in order. */
	public List<String> steps() {
		return this.steps;
	}

	/** @throws IllegalStateException for a step no connector serves any longer */
	public Connector get(String step) {
		Connector connector = this.byName.get(step);
		if (connector == null) {
			throw new IllegalStateException("No connector for provisioning step '" + step + "'");
		}
		return connector;
	}

}
