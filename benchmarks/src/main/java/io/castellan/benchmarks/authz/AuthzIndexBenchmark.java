package io.castellan.benchmarks.authz;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.castellan.authz.index.BenchmarkIndexes;
import io.castellan.authz.index.Decision;
import io.castellan.authz.index.ObjectRef;
import io.castellan.authz.index.PermissionIndex;
import io.castellan.authz.index.RegisteredObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process decisions on {@link AuthzDataset} (300,000 grants): a check's latency distribution (JMH sample mode:
 * p50, p99, p99.9 per call) and the time to list every object a subject may read, page by page (500 a page, the
 * API's largest), for a typical principal (~180 objects), one reading a root object group (10,000) and one reading
 * the whole tenant (100,000). The index is built from the dataset's events once per fork, and every question's
 * answer is verified before measuring. Run: {@code benchmarks/run.sh authz.AuthzJmh}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g", "-XX:+UseParallelGC" })
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class AuthzIndexBenchmark {

	private static final int QUESTIONS = 1 << 16;

	private PermissionIndex index;

	private final Questions.Question[] questions = new Questions.Question[QUESTIONS];

	private final ObjectRef[] objects = new ObjectRef[QUESTIONS];

	private int next;

	@Setup(Level.Trial)
	public void buildIndex() {
		this.index = new PermissionIndex();
		AuthzDataset.generate((event) -> BenchmarkIndexes.apply(this.index, event));
		Questions source = new Questions(42);
		for (int i = 0; i < QUESTIONS; i++) {
			Questions.Question question = source.next();
			this.questions[i] = question;
			this.objects[i] = new ObjectRef(null, null, question.objectId());
			Decision decision = this.index.check(question.principalId(), question.action(), this.objects[i]);
			if (decision.allowed() != question.allowed()) {
				throw new IllegalStateException("Unexpected answer to " + question + ": " + decision);
			}
		}
	}

	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public Decision check() {
		int i = this.next++ & (QUESTIONS - 1);
		Questions.Question question = this.questions[i];
		return this.index.check(question.principalId(), question.action(), this.objects[i]);
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public int listAllOfATypicalPrincipal() {
		return listAll(AuthzDataset.principal(1234));
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public int listAllOfARootGroupReader() {
		return listAll(AuthzDataset.ROOT_READER);
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public int listAllOfATenantReader() {
		return listAll(AuthzDataset.TENANT_READER);
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public int listFirstPageOfATenantReader() {
		return this.index.listObjects(AuthzDataset.TENANT_READER, "read", AuthzDataset.TENANT, null, Map.of(), null,
				100).size();
	}

	/** Every page to the end, as a client following the cursors would. */
	private int listAll(String principalId) {
		int count = 0;
		String after = null;
		List<RegisteredObject> page;
		do {
			page = this.index.listObjects(principalId, "read", AuthzDataset.TENANT, null, Map.of(), after, 500);
			count += page.size();
			after = page.isEmpty() ? null : page.get(page.size() - 1).id();
		}
		while (page.size() == 500);
		return count;
	}

}
