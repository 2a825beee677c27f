package org.sourcebook.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;
import org.sourcebook.item.ItemJson;
import org.sourcebook.lesson.LessonJson;

/**
 * What a bundle carries, as content-model values: every version of each document, items, lessons.
 * Converting to a {@link Bundle} sorts everything by id, so the same content always gives the same
 * bytes; converting back checks that every citation's quote stands in a bundled version.
 */
public record BundleContent(List<List<DocumentVersion>> documents, List<Item> items, List<Lesson> lessons) {

    public BundleContent {
        documents = documents.stream().map(List::copyOf).toList();
        items = List.copyOf(items);
        lessons = List.copyOf(lessons);
    }

    Bundle toBundle() {
        ItemJson itemJson = new ItemJson();
        LessonJson lessonJson = new LessonJson();
        return Bundle.of(
                documents.stream()
                        .sorted(Comparator.comparing(versions -> versions.get(0).documentId().toString()))
                        .map(BundleDocument::of)
                        .toList(),
                items.stream().sorted(Comparator.comparing(item -> item.id().toString())).map(itemJson::write).toList(),
                lessons.stream().sorted(Comparator.comparing(lesson -> lesson.id().toString())).map(lessonJson::write).toList());
    }

    /** @throws BundleFormatException naming the first document, item or lesson that is not valid */
    static BundleContent of(Bundle bundle) {
        List<List<DocumentVersion>> documents = bundle.documents().stream().map(BundleDocument::toVersions).toList();
        List<Item> items = new ArrayList<>();
        List<Lesson> lessons = new ArrayList<>();
        try {
            ItemJson itemJson = new ItemJson();
            LessonJson lessonJson = new LessonJson();
            bundle.items().forEach(node -> items.add(itemJson.read(node)));
            bundle.lessons().forEach(node -> lessons.add(lessonJson.read(node)));
        } catch (IllegalArgumentException invalid) {
            throw new BundleFormatException(invalid.getMessage(), invalid);
        }
        var content = new BundleContent(documents, items, lessons);
        content.requireCitationsInBundledVersions();
        return content;
    }

    private void requireCitationsInBundledVersions() {
        Map<String, DocumentVersion> versions = new HashMap<>();
        documents.forEach(document -> document.forEach(version -> versions.put(key(version.documentId().toString(),
                version.version()), version)));
        for (Item item : items) {
            for (Span citation : item.citations()) {
                DocumentVersion cited = versions.get(key(citation.documentId().toString(), citation.version()));
                if (cited == null || !citation.isValidIn(cited)) {
                    throw new BundleFormatException("Item " + item.id() + " cites \"" + citation.quote() + "\" in document "
                            + citation.documentId() + " version " + citation.version()
                            + ", but the bundle does not hold that text there");
                }
            }
        }
    }

    private static String key(String documentId, int version) {
        return documentId + "#" + version;
    }
}
