package org.sourcebook.ui.student.quiz;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcebook.attempt.QuizAttempt;
import org.sourcebook.content.grading.ChoiceResponse;
import org.sourcebook.content.grading.GapResponse;
import org.sourcebook.content.grading.MatchingResponse;
import org.sourcebook.content.grading.NumberResponse;
import org.sourcebook.content.grading.OrderResponse;
import org.sourcebook.content.grading.Response;
import org.sourcebook.content.grading.TextResponse;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.ChoiceQuestion;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.MatchPair;
import org.sourcebook.content.item.Matching;
import org.sourcebook.content.item.MultipleResponse;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.OptionId;
import org.sourcebook.content.item.OrderEntry;
import org.sourcebook.content.item.Ordering;
import org.sourcebook.content.item.Question;
import org.sourcebook.ui.lesson.ItemWording;

/**
 * The input for one question's answer, of the kind the question needs, showing the answer saved
 * before (if any) and reporting every change by the student as a {@link Response}. Choices and
 * matches report at once; typed text 800 ms after the student stops typing and again when the
 * field loses focus, so an answer is on its way before any button click that follows.
 */
class AnswerInput extends Div {

    static final int MAX_TEXT_LENGTH = 1000;
    private static final int TYPING_PAUSE_MILLIS = 800;

    private final List<Component> fields = new ArrayList<>();
    private Supplier<Response> response = () -> new TextResponse("");
    private Runnable refresh = () -> {};
    private boolean readOnly;

    AnswerInput(Question question, QuizAttempt attempt, @Nullable Response saved, Consumer<Response> onChange) {
        addClassName("answer-input");
        if (question instanceof MultipleResponse multiple) {
            multipleChoice(multiple, attempt, saved, onChange);
        } else if (question instanceof ChoiceQuestion choice) {
            singleChoice(choice, attempt, saved, onChange);
        } else if (question instanceof Cloze cloze) {
            cloze(cloze, saved, onChange);
        } else if (question instanceof Matching matching) {
            matching(matching, attempt, saved, onChange);
        } else if (question instanceof Ordering ordering) {
            ordering(ordering, attempt, saved, onChange);
        } else {
            text(question, saved, onChange);
        }
    }

    /** What the inputs show now. */
    Response response() {
        return response.get();
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        fields.forEach(field -> {
            if (field instanceof com.vaadin.flow.component.HasValue<?, ?> value) {
                value.setReadOnly(readOnly);
            } else if (field instanceof Button button) {
                button.setEnabled(!readOnly);
            }
        });
        refresh.run();
    }

    private void singleChoice(ChoiceQuestion question, QuizAttempt attempt, @Nullable Response saved,
            Consumer<Response> onChange) {
        RadioButtonGroup<ChoiceOption> group = new RadioButtonGroup<>();
        group.setAriaLabel(getTranslation("quiz.answer"));
        group.setItemLabelGenerator(option -> ItemWording.option(question, option, this));
        group.setItems(attempt.displayOrder(question.id(), question.options(), false));
        if (saved instanceof ChoiceResponse choice) {
            question.options().stream().filter(option -> choice.chosen().contains(option.id())).findFirst()
                    .ifPresent(group::setValue);
        }
        response = () -> new ChoiceResponse(group.getValue() == null ? Set.of() : Set.of(group.getValue().id()));
        group.addValueChangeListener(change -> onChange.accept(response()));
        group.addThemeName("vertical");
        add(group);
        fields.add(group);
    }

    private void multipleChoice(MultipleResponse question, QuizAttempt attempt, @Nullable Response saved,
            Consumer<Response> onChange) {
        CheckboxGroup<ChoiceOption> group = new CheckboxGroup<>();
        group.setAriaLabel(getTranslation("quiz.answer"));
        group.setHelperText(getTranslation("quiz.choose-all"));
        group.setItemLabelGenerator(ChoiceOption::text);
        group.setItems(attempt.displayOrder(question.id(), question.options(), false));
        if (saved instanceof ChoiceResponse choice) {
            group.setValue(question.options().stream().filter(option -> choice.chosen().contains(option.id()))
                    .collect(Collectors.toSet()));
        }
        response = () -> new ChoiceResponse(group.getValue().stream().map(ChoiceOption::id).collect(Collectors.toSet()));
        group.addValueChangeListener(change -> onChange.accept(response()));
        group.addThemeName("vertical");
        add(group);
        fields.add(group);
    }

    private void text(Question question, @Nullable Response saved, Consumer<Response> onChange) {
        TextField field = textField(getTranslation("quiz.answer"));
        if (saved instanceof TextResponse text) {
            field.setValue(text.text());
        } else if (saved instanceof NumberResponse number) {
            field.setValue(number.value().toPlainString());
        }
        if (question instanceof Numeric numeric) {
            field.setHelperText(getTranslation("quiz.numeric.hint"));
            if (numeric.unit() != null) {
                field.setSuffixComponent(new Span(numeric.unit()));
            }
        }
        field.setWidthFull();
        field.setMaxWidth("30em");
        response = () -> new TextResponse(field.getValue());
        listenToText(field, onChange);
        add(field);
    }

    /** The cloze text with one small field per gap where its marker stands. */
    private void cloze(Cloze question, @Nullable Response saved, Consumer<Response> onChange) {
        List<String> before = saved instanceof GapResponse gaps ? gaps.answers() : List.of();
        Map<Integer, TextField> gapFields = new HashMap<>();
        Div text = new Div();
        text.addClassName("cloze-text");
        Matcher markers = Cloze.MARKER.matcher(question.prompt());
        int end = 0;
        while (markers.find()) {
            text.add(new Text(question.prompt().substring(end, markers.start())));
            int number = Integer.parseInt(markers.group(1));
            TextField gap = textField(null);
            gap.setAriaLabel(getTranslation("quiz.gap", number));
            gap.setWidth("9em");
            if (number - 1 < before.size()) {
                gap.setValue(before.get(number - 1));
            }
            gapFields.put(number, gap);
            text.add(gap);
            end = markers.end();
        }
        text.add(new Text(question.prompt().substring(end)));
        response = () -> {
            List<String> answers = new ArrayList<>();
            for (int number = 1; number <= question.gaps().size(); number++) {
                TextField gap = gapFields.get(number);
                answers.add(gap == null ? "" : gap.getValue());
            }
            return new GapResponse(answers);
        };
        gapFields.values().forEach(gap -> listenToText(gap, onChange));
        add(text);
    }

    private void matching(Matching question, QuizAttempt attempt, @Nullable Response saved, Consumer<Response> onChange) {
        Map<OptionId, OptionId> before = saved instanceof MatchingResponse matches ? matches.matches() : Map.of();
        List<MatchPair> answers = attempt.displayOrder(question.id(), question.pairs(), false);
        Map<OptionId, Select<MatchPair>> selects = new HashMap<>();
        Div rows = new Div();
        rows.addClassName("matching");
        for (MatchPair pair : question.pairs()) {
            Select<MatchPair> select = new Select<>();
            select.setLabel(pair.left());
            select.setItems(answers);
            select.setItemLabelGenerator(answer -> answer == null ? "" : answer.right());
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("quiz.matching.choose"));
            OptionId chosen = before.get(pair.id());
            answers.stream().filter(answer -> answer.id().equals(chosen)).findFirst().ifPresent(select::setValue);
            selects.put(pair.id(), select);
            rows.add(new Div(select));
            fields.add(select);
        }
        response = () -> {
            Map<OptionId, OptionId> matches = new HashMap<>();
            selects.forEach((left, select) -> {
                if (select.getValue() != null) {
                    matches.put(left, select.getValue().id());
                }
            });
            return new MatchingResponse(matches);
        };
        selects.values().forEach(select -> select.addValueChangeListener(change -> onChange.accept(response())));
        add(rows);
    }

    /** The entries in the student's order, each with buttons to move it up or down; every move is a change. */
    private void ordering(Ordering question, QuizAttempt attempt, @Nullable Response saved, Consumer<Response> onChange) {
        Map<OptionId, OrderEntry> byId = question.entries().stream()
                .collect(Collectors.toMap(OrderEntry::id, entry -> entry));
        List<OrderEntry> order = new ArrayList<>();
        if (saved instanceof OrderResponse before && before.order().size() == byId.size()
                && byId.keySet().containsAll(before.order())) {
            before.order().forEach(id -> order.add(byId.get(id)));
        } else {
            order.addAll(attempt.displayOrder(question.id(), question.entries(), true));
        }
        Div list = new Div();
        list.addClassName("ordering");
        response = () -> new OrderResponse(order.stream().map(OrderEntry::id).toList());
        refresh = () -> {
            list.removeAll();
            for (int index = 0; index < order.size(); index++) {
                list.add(orderRow(order, index, () -> {
                    refresh.run();
                    onChange.accept(response());
                }));
            }
        };
        refresh.run();
        add(list);
    }

    private Component orderRow(List<OrderEntry> order, int index, Runnable moved) {
        Span text = new Span((index + 1) + ". " + order.get(index).text());
        text.getStyle().set("flex", "1");
        Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> {
            order.add(index - 1, order.remove(index));
            moved.run();
        });
        up.setAriaLabel(getTranslation("quiz.ordering.up", order.get(index).text()));
        up.setEnabled(!readOnly && index > 0);
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> {
            order.add(index + 1, order.remove(index));
            moved.run();
        });
        down.setAriaLabel(getTranslation("quiz.ordering.down", order.get(index).text()));
        down.setEnabled(!readOnly && index < order.size() - 1);
        for (Button button : List.of(up, down)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        HorizontalLayout row = new HorizontalLayout(text, up, down);
        row.addClassName("ordering-entry");
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setWidthFull();
        return row;
    }

    private TextField textField(@Nullable String label) {
        TextField field = new TextField();
        if (label != null) {
            field.setLabel(label);
        }
        field.setMaxLength(MAX_TEXT_LENGTH);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(TYPING_PAUSE_MILLIS);
        // also send the value when the field loses focus or Enter is pressed: before the click that follows
        field.getElement().addEventListener("change", event -> {}).synchronizeProperty("value");
        fields.add(field);
        return field;
    }

    private void listenToText(TextField field, Consumer<Response> onChange) {
        field.addValueChangeListener(change -> onChange.accept(response()));
    }
}
