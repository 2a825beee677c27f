package org.sourcebook.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.lesson.Block;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.ReadingExcerpt;
import org.sourcebook.content.lesson.SourceAnalysis;
import org.sourcebook.content.lesson.Timeline;
import org.sourcebook.content.lesson.TimelineEntry;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;

/**
 * A copy of bundle content under new ids: every document, item and lesson gets a random id, and
 * every reference between them (citations, lesson blocks) follows. Importing a copy never clashes
 * with what is already on the server, so a teacher can import a colleague's export, or their own twice.
 */
final class FreshIds {

    private final Map<DocumentId, DocumentId> documents = new HashMap<>();
    private final Map<ItemId, ItemId> items = new HashMap<>();

    private FreshIds() {
    }

    static BundleContent copy(BundleContent content) {
        FreshIds ids = new FreshIds();
        return new BundleContent(
                content.documents().stream().map(versions -> versions.stream().map(ids::document).toList()).toList(),
                content.items().stream().map(ids::item).toList(),
                content.lessons().stream().map(ids::lesson).toList());
    }

    private DocumentVersion document(DocumentVersion version) {
        return new DocumentVersion(documentId(version.documentId()), version.version(), version.text(), version.sha256(),
                version.metadata(), version.paragraphs(), version.sentences());
    }

    private Item item(Item item) {
        ItemInfo info = item.info();
        return item.withInfo(new ItemInfo(itemId(item.id()), info.prompt(), info.feedback(),
                info.citations().stream().map(this::span).toList(), info.tags(), info.status(), info.origin(),
                info.qualityScore()));
    }

    private Lesson lesson(Lesson lesson) {
        return new Lesson(LessonId.random(), lesson.title(), lesson.summary(), lesson.objectives(),
                lesson.blocks().stream().map(this::block).toList());
    }

    private Block block(Block block) {
        if (block instanceof ReadingExcerpt excerpt) {
            return new ReadingExcerpt(excerpt.id(), excerpt.passages().stream().map(this::span).toList());
        }
        if (block instanceof FactCardDeck deck) {
            return new FactCardDeck(deck.id(), deck.cards().stream().map(this::itemId).toList());
        }
        if (block instanceof Quiz quiz) {
            return new Quiz(quiz.id(), quiz.questions().stream().map(this::itemId).toList(), quiz.settings());
        }
        if (block instanceof Timeline timeline) {
            return new Timeline(timeline.id(), timeline.entries().stream()
                    .map(entry -> new TimelineEntry(entry.date(), entry.text(), spanOrNull(entry.citation())))
                    .toList());
        }
        if (block instanceof SourceAnalysis analysis && analysis.document() != null) {
            return new SourceAnalysis(analysis.id(), documentId(analysis.document()), analysis.origin(), analysis.purpose(),
                    analysis.perspective(), analysis.corroboration(), analysis.missing());
        }
        return block;
    }

    private @Nullable Span spanOrNull(@Nullable Span span) {
        return span == null ? null : span(span);
    }

    private Span span(Span span) {
        return new Span(documentId(span.documentId()), span.version(), span.start(), span.end(), span.quote());
    }

    private DocumentId documentId(DocumentId old) {
        return documents.computeIfAbsent(old, unused -> DocumentId.random());
    }

    private ItemId itemId(ItemId old) {
        return items.computeIfAbsent(old, unused -> ItemId.random());
    }
}
