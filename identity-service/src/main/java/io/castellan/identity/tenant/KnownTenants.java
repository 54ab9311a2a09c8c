package io.castellan.identity.tenant;

import java.util.Optional;

import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.web.ProblemException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenants identity-service knows of, and their members, from the tenant topic. */
@Repository
public class KnownTenants {

	private final JdbcClient jdbc;

	KnownTenants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The status of a tenant, empty when it is unknown. */
	public Optional<String> status(String tenantId) {
		return this.jdbc.sql("select status from known_tenant_v1 where tenant_id = :id")
			.param("id", tenantId)
			.query(String.class)
			.optional();
	}

	/**
	 * Requires the tenant to be known and active.
	 * @throws ProblemException 422 {@code tenant_not_found} (with a hint at the consistency token, for a tenant
	 * created a moment ago) or 409 {@code tenant_not_active}
	 */
	public void requireActive(String tenantId) {
		String status = status(tenantId).orElseThrow(() -> ProblemException.unprocessable("tenant_not_found",
				"No tenant with id " + tenantId + ". If it was just created, pass its consistency token in the "
						+ ConsistencyToken.HEADER + " header."));
		if (!status.equals("active")) {
			throw ProblemException.conflict("tenant_not_active", "Tenant " + tenantId + " is " + status + ".");
		}
	}

	/** The id of a tenant named by its id or (ignoring case) its alias. */
	public Optional<String> resolve(String idOrAlias) {
		return this.jdbc.sql("select tenant_id from known_tenant_v1 where tenant_id = :value or lower(alias) = lower(:value)")
			.param("value", idOrAlias)
			.query(String.class)
			.list()
			.stream()
			.findFirst();
	}

	/** Whether a global principal belongs to a tenant. */
	public boolean isMember(String tenantId, String principalId) {
		return this.jdbc.sql("select count(*) from known_tenant_member_v1 where tenant_id = :tenant and principal_id = :principal")
			.param("tenant", tenantId)
			.param("principal", principalId)
			.query(Long.class)
			.single() > 0;
	}

	void addMember(String tenantId, String principalId) {
		this.jdbc.sql("insert into known_tenant_member_v1 (tenant_id, principal_id) values (:tenant, :principal) on conflict do nothing")
			.param("tenant", tenantId)
			.param("principal", principalId)
			.update();
	}

	void removeMember(String tenantId, String principalId) {
		this.jdbc.sql("delete from known_tenant_member_v1 where tenant_id = :tenant and principal_id = :principal")
			.param("tenant", tenantId)
			.param("principal", principalId)
			.update();
	}

	void changeStatus(String tenantId, String status) {
		this.jdbc.sql("update known_tenant_v1 set status = :status where tenant_id = :id")
			.param("id", tenantId)
			.param("status", status)
			.update();
	}

	void save(String tenantId, String alias, String status) {
		this.jdbc.sql("""
				insert into known_tenant_v1 (tenant_id, alias, status) values (:id, :alias, :status)
				on conflict (tenant_id) do update set alias = excluded.alias, status = excluded.status""")
			.param("id", tenantId)
			.param("alias", alias)
			.param("status", status)
			.update();
	}

}
