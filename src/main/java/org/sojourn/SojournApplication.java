package org.sojourn;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SojournApplication {

	public static void main(String[] args) {
		SpringApplication.run(SojournApplication.class, args);
	}

}
