package org.sojourn.compliance;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ComplianceProperties.class)
class ComplianceConfiguration {
}
