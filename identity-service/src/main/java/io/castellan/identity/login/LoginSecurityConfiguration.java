package io.castellan.identity.login;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The browser chain: the login page and everything not claimed by the protocol or API chains. */
@Configuration(proxyBeanMethods = false)
class LoginSecurityConfiguration {

	@Bean
	@Order(3)
	SecurityFilterChain loginChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.formLogin(Customizer.withDefaults());
		return http.build();
	}

}
