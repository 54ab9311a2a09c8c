/**
 * The gRPC API of authorization decisions ({@code castellan.authz.v1.Authz}, {@code src/main/proto}): the same
 * questions, rules and stable problem codes as the REST API, on its own port ({@code AUTHZ_GRPC_PORT}, default
 * 9083). Answers come from the in-memory index, like REST's; this package only translates.
 */
package io.castellan.authz.grpc;
