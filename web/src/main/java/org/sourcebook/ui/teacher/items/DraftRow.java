package org.sourcebook.ui.teacher.items;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.function.Consumer;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.drafting.DraftChecks;
import org.sourcebook.item.StoredItem;
import org.sourcebook.ui.lesson.ItemWording;

/**
 * One draft in the review list: kind, quality and warnings, the prompt and answer as students will
 * read them, the cited sentence, and accept / edit / reject. The row itself takes the keyboard focus
 * (the review's shortcuts act on the focused row) and is labelled by its prompt for screen readers.
 */
class DraftRow extends Div {

    /** What the row's buttons ask the review to do. */
    interface Actions {
        void accept(StoredItem draft);

        void edit(StoredItem draft);

        void reject(StoredItem draft);
    }

    private final StoredItem draft;
    private final Checkbox select = new Checkbox();

    DraftRow(StoredItem draft, List<DraftChecks.Failure> failures, boolean selected, Consumer<Boolean> selectionChanged,
            Actions actions) {
        this.draft = draft;
        Item item = draft.item();
        setId("draft-" + item.id().value());
        addClassNames("draft-row", LumoUtility.Padding.SMALL, LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10);
        setWidthFull();
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-labelledby", "prompt-" + item.id().value());
        select.setLabel(getTranslation("drafts.select"));
        select.addClassName("draft-select");
        select.setValue(selected);
        select.addValueChangeListener(change -> selectionChanged.accept(change.getValue()));
        add(head(item), prompt(item), text("drafts.answer", ItemWording.answer(item, this), "draft-answer"));
        item.citations().stream().findFirst().ifPresent(citation -> add(text("drafts.cited", citation.quote(), "draft-quote")));
        failures.forEach(failure -> {
            Paragraph warning = new Paragraph(ItemTexts.warning(failure));
            warning.addClassNames("draft-warning", LumoUtility.TextColor.ERROR, LumoUtility.Margin.NONE);
            add(warning);
        });
        add(buttons(actions));
    }

    StoredItem draft() {
        return draft;
    }

    private HorizontalLayout head(Item item) {
        Span kind = new Span(ItemTexts.kind(item.kind()));
        kind.getElement().getThemeList().add("badge contrast");
        kind.addClassName("draft-kind");
        Span quality = new Span(getTranslation("drafts.quality", ItemTexts.quality(item.info().qualityScore())));
        quality.addClassNames("draft-quality", LumoUtility.TextColor.SECONDARY);
        HorizontalLayout head = new HorizontalLayout(select, kind, quality);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (item.status() == ItemStatus.NEEDS_REVIEW) {
            Span flag = new Span(ItemTexts.status(item.status()));
            flag.getElement().getThemeList().add("badge error");
            head.add(flag);
        }
        return head;
    }

    private Paragraph prompt(Item item) {
        Paragraph prompt = new Paragraph(ItemWording.prompt(item));
        prompt.setId("prompt-" + item.id().value());
        prompt.addClassNames("draft-prompt", LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.NONE);
        return prompt;
    }

    private Paragraph text(String key, String value, String className) {
        Paragraph paragraph = new Paragraph(getTranslation(key, value));
        paragraph.addClassNames(className, LumoUtility.Margin.NONE);
        if (className.equals("draft-quote")) {
            paragraph.addClassName(LumoUtility.TextColor.SECONDARY);
        }
        return paragraph;
    }

    private HorizontalLayout buttons(Actions actions) {
        boolean flagged = draft.item().status() == ItemStatus.NEEDS_REVIEW;
        Button accept = button("drafts.accept", "draft-accept", () -> actions.accept(draft));
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        accept.setVisible(!flagged);
        Button edit = button(flagged ? "drafts.see-why" : "drafts.edit", "draft-edit", () -> actions.edit(draft));
        Button reject = button("drafts.reject", "draft-reject", () -> actions.reject(draft));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(accept, edit, reject);
    }

    private Button button(String key, String className, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.addClassName(className);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
