package io.castellan.platform.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh database on the machine's PostgreSQL for each test application context, dropped when the context
 * closes. Server from {@code CASTELLAN_TEST_PG} (default {@code 127.0.0.1:5432}, user postgres, trust auth).
 */
public final class TestDatabase {

	private static final String SERVER = System.getenv().getOrDefault("CASTELLAN_TEST_PG", "127.0.0.1:5432");

	private final String name;

	private TestDatabase(String name) {
		this.name = name;
	}

	public static TestDatabase create(String prefix) {
		TestDatabase database = new TestDatabase(
				"castellan_test_" + prefix + "_" + UUID.randomUUID().toString().substring(0, 8));
		database.execute("create database " + database.name);
		return database;
	}

	public String name() {
		return this.name;
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://" + SERVER + "/" + this.name;
	}

	public void drop() {
		execute("drop database if exists " + this.name + " with (force)");
	}

	private void execute(String sql) {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres",
				"postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on PostgreSQL at " + SERVER, ex);
		}
	}

}
