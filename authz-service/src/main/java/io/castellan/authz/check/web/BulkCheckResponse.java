package io.castellan.authz.check.web;

import java.util.List;

import io.castellan.authz.index.Decision;

/** The decisions of a bulk check, in the order of the questions. */
public record BulkCheckResponse(List<Decision> results) {
}
