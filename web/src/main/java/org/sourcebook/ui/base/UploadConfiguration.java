package org.sourcebook.ui.base;

import jakarta.servlet.MultipartConfigElement;
import java.util.stream.LongStream;
import org.sourcebook.account.AccountImportService;
import org.sourcebook.exchange.ItemExchangeService;
import org.sourcebook.source.importing.ImportLimits;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * How large an upload the servlet container lets through to the app. Spring Boot's default (1 MB
 * a file) refused most PDFs with a bare HTTP 413 before the app could look at them, although the
 * pages promise 10 MB. The container's limit now follows the app's own largest limit, with room to
 * spare, so a file a little over a limit reaches the app and gets its message ("larger than the
 * limit of 10 MB, nothing was stored"); only far larger requests, which the browser never sends
 * (it checks the size first), are refused by the container.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

    /** Room above the largest limit, for a file just over it and the request's own headers. */
    static final long HEADROOM_BYTES = DataSize.ofMegabytes(2).toBytes();

    @Bean
    MultipartConfigElement multipartConfigElement(ImportLimits documentLimits) {
        long largest = LongStream.of(documentLimits.maxFileSize().toBytes(), ItemExchangeService.MAX_IMPORT_BYTES,
                AccountImportService.MAX_BYTES).max().orElseThrow();
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(DataSize.ofBytes(largest + HEADROOM_BYTES));
        factory.setMaxRequestSize(DataSize.ofBytes(largest + 2 * HEADROOM_BYTES));
        return factory.createMultipartConfig();
    }
}
