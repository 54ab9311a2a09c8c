package io.castellan.benchmarks.authz;

/**
 * JMH entry point: {@code benchmarks/run.sh authz.AuthzJmh [jmh options]}. Without arguments it runs every
 * benchmark of {@link AuthzIndexBenchmark}; with arguments they go to JMH as they are, for example
 * {@code AuthzIndexBenchmark.check -i 3} for the check alone.
 */
public final class AuthzJmh {

	private AuthzJmh() {
	}

	public static void main(String[] args) throws Exception {
		org.openjdk.jmh.Main.main((args.length > 0) ? args : new String[] { AuthzIndexBenchmark.class.getSimpleName() });
	}

}
