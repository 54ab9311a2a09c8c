/**
 * Benchmark support, off unless {@code castellan.benchmark.noop.enabled=true}: no-op twins of the check endpoints
 * (REST {@code POST /api/authz/noop}, gRPC {@code castellan.authz.v1.AuthzBenchmark/Noop}) that authenticate and
 * read the same request as a check, then answer a fixed decision without the index. Measured in the same run as
 * the checks, they give the stack's own cost as the baseline (benchmarks/authz).
 */
package io.castellan.authz.benchmark;
