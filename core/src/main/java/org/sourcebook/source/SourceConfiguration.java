package org.sourcebook.source;

import org.sourcebook.content.source.EnglishSegmenter;
import org.sourcebook.content.source.TextSegmenter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which segmenter splits imported text: English rules for now (other languages can follow). */
@Configuration(proxyBeanMethods = false)
class SourceConfiguration {

    @Bean
    TextSegmenter textSegmenter() {
        return new EnglishSegmenter();
    }
}
