package io.castellan.identity.tenant;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenants identity-service knows of, from the tenant topic. */
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

	/** The id of a tenant named by its id or (ignoring case) its alias. */
	public Optional<String> resolve(String idOrAlias) {
		return this.jdbc.sql("select tenant_id from known_tenant_v1 where tenant_id = :value or lower(alias) = lower(:value)")
			.param("value", idOrAlias)
			.query(String.class)
			.list()
			.stream()
			.findFirst();
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
