package org.sourcebook.ui.teacher.items;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.TextRange;

/**
 * One citation beside an item: the paragraph it stands in, with the quoted sentence marked. Text
 * only (escaped by Vaadin); a citation whose version is unknown shows just its quote.
 */
class CitationView extends Composite<Div> {

    CitationView(org.sourcebook.content.source.Span citation, @Nullable DocumentVersion version) {
        Div root = getContent();
        root.addClassNames("citation", LumoUtility.Padding.SMALL, LumoUtility.Border.LEFT,
                LumoUtility.BorderColor.PRIMARY);
        Span quote = new Span(citation.quote());
        quote.addClassNames("citation-quote", LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Background.PRIMARY_10);
        TextRange paragraph = version == null || !citation.isValidIn(version) ? null : paragraphOf(citation, version);
        if (paragraph == null) {
            root.add(new Paragraph(quote));
            return;
        }
        String text = version.text();
        Paragraph context = new Paragraph(new Span(text.substring(paragraph.start(), citation.start())), quote,
                new Span(text.substring(citation.end(), paragraph.end())));
        context.addClassNames("citation-paragraph", LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        root.add(context);
    }

    private static @Nullable TextRange paragraphOf(org.sourcebook.content.source.Span citation, DocumentVersion version) {
        return version.paragraphs().stream().filter(range -> range.contains(citation.range())).findFirst().orElse(null);
    }
}
