package org.sourcebook.source.importing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the importer a bean with the configured {@link ImportLimits}. It is a plain object, not a
 * guarded service: it reads bytes and stores nothing; the service that saves documents checks who
 * may import.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportLimits.class)
class ImportConfiguration {

    @Bean
    DocumentImporter documentImporter(ImportLimits limits) {
        return new DocumentImporter(limits);
    }
}
