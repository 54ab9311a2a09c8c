package io.castellan.authz;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The access model and the materialized permission index that answers checks. */
@SpringBootApplication
public class AuthzServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(AuthzServiceApplication.class, args);
	}

}
