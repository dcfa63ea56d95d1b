package fr.vigiesociale.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The framework floor for start-up: a Spring Boot web MVC application of the same versions, on the
 * same class path, that answers one request and does nothing else (no database, no security, no
 * rules: what the project adds is measured against it). Started by scripts/bench/run.sh.
 */
@SpringBootApplication(scanBasePackages = "fr.vigiesociale.bench.minimal", excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"})
public class MinimalWebApp {

    public static void main(String[] args) {
        // not the application's own configuration (database, sessions, rules): only what is passed here
        System.setProperty("spring.config.name", "minimal-web-app");
        SpringApplication app = new SpringApplication(MinimalWebApp.class, Hello.class);
        app.setDefaultProperties(java.util.Map.of("spring.main.banner-mode", "off"));
        app.run(args);
    }

    @RestController
    static class Hello {
        @GetMapping("/")
        String hello() {
            return "ok";
        }
    }
}
