package org.sourcebook.ui.teacher.items;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.Problem;

/**
 * The form for one item of any kind: prompt, the kind's answer data, feedback and tags. Service-free:
 * {@link #value()} gives the item as typed, valid or not. Problems ({@link Item#problems()},
 * translated by code) are listed under the form after every keystroke, and those about the prompt
 * show on the prompt field itself through the Binder.
 */
class ItemForm extends Composite<VerticalLayout> {

    /** Problems that are about the prompt text (for a cloze, its gap markers). */
    private static final Set<String> PROMPT_CODES = Set.of("prompt-blank", "cloze-marker-count", "cloze-marker-unknown");

    /** The Binder's bean: the shared fields as typed. */
    static final class Shared {
        String prompt = "";
        String feedback = "";
        String tags = "";
    }

    private final ItemInfo base;
    private final TextArea prompt = new TextArea();
    private final TextArea feedback = new TextArea();
    private final TextField tags = new TextField();
    private final Binder<Shared> binder = new Binder<>();
    private final UnorderedList problemList = new UnorderedList();
    private final Paragraph valid = new Paragraph();
    private @Nullable AnswerEditor answer;

    ItemForm(Item item) {
        this.base = item.info();
        configureFields(item);
        answer = AnswerEditor.of(item, this::refresh);
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setId("item-form");
        H3 kind = new H3(ItemTexts.kind(item.kind()));
        kind.setId("item-form-kind");
        problemList.setId("item-problems");
        problemList.addClassNames(LumoUtility.TextColor.ERROR);
        valid.setId("item-valid");
        valid.setText(ItemTexts.t(item.status() == ItemStatus.NEEDS_REVIEW ? "items.editor.valid-in-review"
                : "items.editor.valid"));
        valid.addClassNames(LumoUtility.TextColor.SUCCESS);
        content.add(kind, prompt, answer, feedback, tags, problemList, valid);
        refresh();
    }

    private void configureFields(Item item) {
        prompt.setLabel(ItemTexts.t(item.kind() == org.sourcebook.content.item.ItemKind.CLOZE
                ? "items.editor.cloze-text" : "items.editor.prompt"));
        if (item.kind() == org.sourcebook.content.item.ItemKind.CLOZE) {
            prompt.setHelperText(ItemTexts.t("items.editor.cloze-help"));
        }
        prompt.setId("item-prompt");
        feedback.setLabel(ItemTexts.t("items.editor.feedback"));
        feedback.setId("item-feedback");
        tags.setLabel(ItemTexts.t("items.editor.tags"));
        tags.setHelperText(ItemTexts.t("items.editor.tags-help"));
        tags.setId("item-tags");
        for (var field : List.of(prompt, feedback)) {
            field.setWidthFull();
            field.setValueChangeMode(ValueChangeMode.EAGER);
        }
        tags.setWidthFull();
        tags.setValueChangeMode(ValueChangeMode.EAGER);
        binder.forField(prompt)
                .withValidator((text, context) -> promptProblems(text))
                .bind(shared -> shared.prompt, (shared, text) -> shared.prompt = text);
        binder.forField(feedback).bind(shared -> shared.feedback, (shared, text) -> shared.feedback = text);
        binder.forField(tags).bind(shared -> shared.tags, (shared, text) -> shared.tags = text);
        Shared shared = new Shared();
        shared.prompt = item.prompt();
        shared.feedback = item.info().feedback();
        shared.tags = String.join(", ", item.info().tags());
        binder.setBean(shared);
        binder.addValueChangeListener(event -> refresh());
    }

    /** The item as the fields stand now (possibly with problems). */
    Item value() {
        return build(prompt.getValue());
    }

    /** False while a field holds text the item cannot take at all (a value that is not a number). */
    boolean isReadable() {
        return answer != null && answer.isReadable();
    }

    List<Problem> problems() {
        return value().problems();
    }

    private Item build(String promptText) {
        ItemInfo info = new ItemInfo(base.id(), promptText, feedback.getValue(), base.citations(), tagList(),
                base.status(), base.origin(), base.qualityScore());
        return answer == null ? AnswerEditor.blank(org.sourcebook.content.item.ItemKind.FACT_CARD, info) : answer.build(info);
    }

    private List<String> tagList() {
        return Arrays.asList(tags.getValue().split(","));
    }

    private ValidationResult promptProblems(String text) {
        if (answer == null) {
            return ValidationResult.ok();
        }
        List<String> messages = build(text).problems().stream()
                .filter(problem -> PROMPT_CODES.contains(problem.code()))
                .map(ItemTexts::problem)
                .toList();
        return messages.isEmpty() ? ValidationResult.ok() : ValidationResult.error(String.join(" ", messages));
    }

    /** Shows the problems of the item as typed; runs on every change. */
    private void refresh() {
        if (answer == null) {
            return;
        }
        binder.validate();
        List<Problem> problems = problems();
        problemList.removeAll();
        problems.forEach(problem -> problemList.add(new ListItem(ItemTexts.problem(problem))));
        problemList.setVisible(!problems.isEmpty());
        valid.setVisible(problems.isEmpty());
    }
}
