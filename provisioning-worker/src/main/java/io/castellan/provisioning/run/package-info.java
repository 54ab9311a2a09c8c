/**
 * The provisioning run aggregate: one run per tenant change, its steps executed in order through connectors,
 * retried with backoff and compensated in reverse order when a step gives up; its read model, the runner that
 * executes due steps, the HTTP API that shows progress, and the translation to the published provisioning events.
 */
package io.castellan.provisioning.run;
