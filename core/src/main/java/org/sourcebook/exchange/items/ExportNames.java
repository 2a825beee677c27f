package org.sourcebook.exchange.items;

import java.text.Normalizer;
import java.util.Locale;

/** Names for exported files: the set's name reduced to letters, digits and dashes, plus the format's extension. */
public final class ExportNames {

    private ExportNames() {
    }

    public static String fileName(ExportSet set, ItemFormat format) {
        String base = Normalizer.normalize(set.name(), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replace('ı', 'i')
                .replace('ə', 'e')
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        return (base.isEmpty() ? "items" : base) + format.fileExtension();
    }
}
