package org.sourcebook.source.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

class ImportConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(ImportConfiguration.class);

    @Test
    void theImporterUsesTheDefaultLimits() {
        context.run(beans -> assertThat(beans.getBean(DocumentImporter.class).limits()).isEqualTo(ImportLimits.DEFAULTS));
    }

    @Test
    void limitsComeFromSourcebookImportProperties() {
        context.withPropertyValues("sourcebook.import.max-file-size=2MB", "sourcebook.import.max-unzipped-size=20MB",
                        "sourcebook.import.max-zip-entries=50", "sourcebook.import.max-text-length=1000")
                .run(beans -> assertThat(beans.getBean(DocumentImporter.class).limits())
                        .isEqualTo(new ImportLimits(DataSize.ofMegabytes(2), DataSize.ofMegabytes(20), 50, 1000)));
    }
}
