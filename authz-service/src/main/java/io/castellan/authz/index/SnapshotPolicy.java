package io.castellan.authz.index;

import java.time.Duration;

/** When the index consumer stores a snapshot: after this many applied events, or this long after the last one. */
record SnapshotPolicy(long everyEvents, Duration every) {
}
