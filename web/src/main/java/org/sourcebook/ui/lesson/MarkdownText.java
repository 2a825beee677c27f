package org.sourcebook.ui.lesson;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import org.sourcebook.lesson.SafeMarkdown;

/** Teacher-written Markdown, rendered and cleaned by {@link SafeMarkdown}; never raw HTML. */
public class MarkdownText extends Div {

    public MarkdownText(String markdown) {
        addClassName("markdown-text");
        setMarkdown(markdown);
    }

    public final void setMarkdown(String markdown) {
        removeAll();
        add(new Html("<div>" + SafeMarkdown.toHtml(markdown) + "</div>"));
    }

    /** The rendered HTML, as put into the page. */
    public String html() {
        return getChildren().findFirst().map(child -> ((Html) child).getInnerHtml()).orElse("");
    }
}
