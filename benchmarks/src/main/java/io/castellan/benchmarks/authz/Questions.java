package io.castellan.benchmarks.authz;

import java.util.SplittableRandom;

/**
 * Checks with known answers on {@link AuthzDataset}, drawn uniformly over the objects, a quarter of each kind:
 * the editor writes (allowed), the viewer reads (allowed), the viewer writes (denied: viewers only read), a random
 * principal writes (allowed only if it happens to be the editor). Every check walks all of the principal's grants:
 * about 20 direct and 160 through its two groups. The Lua script of run.sh draws the same mix.
 */
public final class Questions {

	private final SplittableRandom random;

	public Questions(long seed) {
		this.random = new SplittableRandom(seed);
	}

	/** One question and its expected answer. */
	public record Question(String principalId, String action, String objectId, boolean allowed) {
	}

	public Question next() {
		int i = this.random.nextInt(AuthzDataset.OBJECTS);
		String object = AuthzDataset.object(i);
		return switch (this.random.nextInt(4)) {
			case 0 -> new Question(AuthzDataset.principal(AuthzDataset.editor(i)), "write", object, true);
			case 1 -> new Question(AuthzDataset.principal(AuthzDataset.viewer(i)), "read", object, true);
			case 2 -> new Question(AuthzDataset.principal(AuthzDataset.viewer(i)), "write", object, false);
			default -> {
				int p = this.random.nextInt(AuthzDataset.PRINCIPALS);
				yield new Question(AuthzDataset.principal(p), "write", object, p == AuthzDataset.editor(i));
			}
		};
	}

}
