package org.sourcebook.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/** Runs a Spring test against embedded PostgreSQL instead of H2, with the same Flyway migrations. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
public @interface UsesEmbeddedPostgres {}
