package org.sourcebook.ui;

import org.sourcebook.ui.base.background.BackgroundTasks;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Beans every web test shares (one context for all): background work that tests step through. */
@TestConfiguration(proxyBeanMethods = false)
public class WebTestConfiguration {

    @Bean
    @Primary
    SteppedBackgroundTasks steppedBackgroundTasks() {
        return new SteppedBackgroundTasks();
    }
}
