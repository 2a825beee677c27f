package org.sourcebook.ui.teacher.items;

import com.vaadin.flow.component.UI;
import org.sourcebook.exchange.items.ItemIssue;

/** An export or import issue as a sentence in the user's language ({@code exchange.issue.<REASON>}). */
final class IssueTexts {

    private IssueTexts() {
    }

    static String describe(ItemIssue issue) {
        return UI.getCurrent().getTranslation("exchange.issue." + issue.reason().name(), issue.position(), issue.label(),
                issue.detail());
    }
}
