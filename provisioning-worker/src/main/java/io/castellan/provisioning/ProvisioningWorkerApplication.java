package io.castellan.provisioning;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Provisions each tenant's resources in external systems through connectors, as a retried, compensated saga. */
@SpringBootApplication
public class ProvisioningWorkerApplication {

	public static void main(String[] args) {
		SpringApplication.run(ProvisioningWorkerApplication.class, args);
	}

}
