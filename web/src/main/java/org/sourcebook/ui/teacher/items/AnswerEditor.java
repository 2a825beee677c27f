package org.sourcebook.ui.teacher.items;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.converter.StringToBigDecimalConverter;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.ClozeGap;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.MatchPair;
import org.sourcebook.content.item.Matching;
import org.sourcebook.content.item.MultipleResponse;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.NumericTolerance;
import org.sourcebook.content.item.OptionId;
import org.sourcebook.content.item.OrderEntry;
import org.sourcebook.content.item.Ordering;
import org.sourcebook.content.item.ShortAnswer;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.item.TextComparison;
import org.sourcebook.content.item.TrueFalse;

/**
 * The kind-specific part of the item form: one subclass per kind, each built from an item of its
 * kind and turning its fields back into one with {@link #build(ItemInfo)}. Fields report every
 * keystroke through {@code changed}, so problems show while the teacher types.
 */
abstract class AnswerEditor extends Composite<VerticalLayout> {

    protected final Runnable changed;

    AnswerEditor(Runnable changed) {
        this.changed = changed;
        getContent().setPadding(false);
    }

    abstract Item build(ItemInfo info);

    /** False while a field holds text that cannot be read (e.g. a number), which problems() cannot see. */
    boolean isReadable() {
        return true;
    }

    static AnswerEditor of(Item item, Runnable changed) {
        if (item instanceof FactCard card) {
            return new FactCardEditor(card, changed);
        } else if (item instanceof SingleChoice choice) {
            return new ChoiceEditor(choice.options(), true, changed);
        } else if (item instanceof MultipleResponse choice) {
            return new ChoiceEditor(choice.options(), false, changed);
        } else if (item instanceof TrueFalse trueFalse) {
            return new TrueFalseEditor(trueFalse, changed);
        } else if (item instanceof ShortAnswer shortAnswer) {
            return new ShortAnswerEditor(shortAnswer, changed);
        } else if (item instanceof Numeric numeric) {
            return new NumericEditor(numeric, changed);
        } else if (item instanceof Cloze cloze) {
            return new ClozeEditor(cloze, changed);
        } else if (item instanceof Matching matching) {
            return new MatchingEditor(matching, changed);
        } else if (item instanceof Ordering ordering) {
            return new OrderingEditor(ordering, changed);
        }
        throw new IllegalArgumentException("No editor for " + item.kind());
    }

    /** A new item of {@code kind} with empty answer data to fill in. */
    static Item blank(ItemKind kind, ItemInfo info) {
        switch (kind) {
            case FACT_CARD:
                return new FactCard(info, "");
            case SINGLE_CHOICE:
                return new SingleChoice(info, List.of(option(), option()));
            case MULTIPLE_RESPONSE:
                return new MultipleResponse(info, List.of(option(), option()));
            case TRUE_FALSE:
                return new TrueFalse(info, true);
            case SHORT_ANSWER:
                return new ShortAnswer(info, List.of(), TextComparison.LENIENT);
            case NUMERIC:
                return new Numeric(info, BigDecimal.ZERO, NumericTolerance.exact(), null);
            case CLOZE:
                return new Cloze(info, List.of(new ClozeGap(List.of())), TextComparison.LENIENT);
            case MATCHING:
                return new Matching(info, List.of(new MatchPair(newId(), "", ""), new MatchPair(newId(), "", "")));
            case ORDERING:
                return new Ordering(info, List.of(new OrderEntry(newId(), "", null), new OrderEntry(newId(), "", null)));
            default:
                throw new IllegalArgumentException("Unknown kind " + kind);
        }
    }

    private static ChoiceOption option() {
        return new ChoiceOption(newId(), "", false, "");
    }

    static OptionId newId() {
        return OptionId.of(UUID.randomUUID().toString().substring(0, 8));
    }

    /** Every change of {@code field} is reported as it happens, keystroke by keystroke for text. */
    protected <F extends HasValue<?, ?>> F live(F field) {
        if (field instanceof com.vaadin.flow.data.value.HasValueChangeMode text) {
            text.setValueChangeMode(ValueChangeMode.EAGER);
        }
        field.addValueChangeListener(event -> changed.run());
        return field;
    }

    protected TextField textField(String labelKey, String value) {
        TextField field = live(new TextField(ItemTexts.t(labelKey)));
        field.setValue(value);
        field.setWidthFull();
        return field;
    }

    /** One accepted answer per line; blank lines in between count (and are reported), trailing ones do not. */
    static List<String> lines(String text) {
        String trimmed = text.stripTrailing();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\n", -1));
    }

    static final class FactCardEditor extends AnswerEditor {
        private final TextArea answer;

        FactCardEditor(FactCard card, Runnable changed) {
            super(changed);
            answer = live(new TextArea(ItemTexts.t("items.fact-card.answer")));
            answer.setValue(card.answer());
            answer.setId("fact-card-answer");
            answer.setWidthFull();
            getContent().add(answer);
        }

        @Override
        Item build(ItemInfo info) {
            return new FactCard(info, answer.getValue());
        }
    }

    static final class ChoiceEditor extends AnswerEditor {
        private final boolean single;
        private final Rows<OptionRow> options;

        ChoiceEditor(List<ChoiceOption> initial, boolean single, Runnable changed) {
            super(changed);
            this.single = single;
            options = new Rows<>(initial.stream().map(this::row).toList(),
                    () -> row(new ChoiceOption(newId(), "", false, "")), "items.choice.add", false, changed);
            getContent().add(options);
        }

        private OptionRow row(ChoiceOption option) {
            return new OptionRow(option);
        }

        @Override
        Item build(ItemInfo info) {
            List<ChoiceOption> built = options.rows().stream().map(OptionRow::option).toList();
            return single ? new SingleChoice(info, built) : new MultipleResponse(info, built);
        }

        final class OptionRow extends HorizontalLayout {
            private final ChoiceOption original;
            private final TextField text;
            private final Checkbox correct;

            OptionRow(ChoiceOption option) {
                this.original = option;
                text = textField("items.choice.option", option.text());
                text.addClassName("option-text");
                correct = live(new Checkbox(ItemTexts.t("items.choice.correct"), option.correct()));
                correct.addClassName("option-correct");
                setAlignItems(Alignment.BASELINE);
                add(text, correct);
                setFlexGrow(1, text);
            }

            ChoiceOption option() {
                return new ChoiceOption(original.id(), text.getValue(), correct.getValue(), original.feedback());
            }
        }
    }

    static final class TrueFalseEditor extends AnswerEditor {
        private final RadioButtonGroup<Boolean> answer = new RadioButtonGroup<>(ItemTexts.t("items.true-false.answer"));

        TrueFalseEditor(TrueFalse item, Runnable changed) {
            super(changed);
            answer.setItems(true, false);
            answer.setItemLabelGenerator(value -> ItemTexts.t(value ? "items.true-false.true" : "items.true-false.false"));
            answer.setValue(item.answer());
            answer.setId("true-false-answer");
            live(answer);
            getContent().add(answer);
        }

        @Override
        Item build(ItemInfo info) {
            return new TrueFalse(info, !Boolean.FALSE.equals(answer.getValue()));
        }
    }

    static final class ShortAnswerEditor extends AnswerEditor {
        private final TextArea accepted;
        private final TextComparison comparison;

        ShortAnswerEditor(ShortAnswer item, Runnable changed) {
            super(changed);
            comparison = item.comparison();
            accepted = live(new TextArea(ItemTexts.t("items.short-answer.accepted")));
            accepted.setHelperText(ItemTexts.t("items.one-per-line"));
            accepted.setValue(String.join("\n", item.acceptedAnswers()));
            accepted.setId("short-answer-accepted");
            accepted.setWidthFull();
            getContent().add(accepted);
        }

        @Override
        Item build(ItemInfo info) {
            return new ShortAnswer(info, lines(accepted.getValue()), comparison);
        }
    }

    /** The number fields go through a Binder, so text that is not a number is flagged on the field itself. */
    static final class NumericEditor extends AnswerEditor {

        /** The form bean: written only with values that convert. */
        static final class Values {
            BigDecimal value = BigDecimal.ZERO;
            BigDecimal tolerance = BigDecimal.ZERO;
        }

        private final Binder<Values> binder = new Binder<>();
        private final RadioButtonGroup<Boolean> relative = new RadioButtonGroup<>(ItemTexts.t("items.numeric.tolerance-kind"));
        private final TextField unit;

        NumericEditor(Numeric item, Runnable changed) {
            super(changed);
            TextField value = numberField("items.numeric.value");
            value.setId("numeric-value");
            TextField tolerance = numberField("items.numeric.tolerance");
            tolerance.setId("numeric-tolerance");
            tolerance.setHelperText(ItemTexts.t("items.numeric.tolerance-help"));
            relative.setItems(false, true);
            relative.setItemLabelGenerator(isRelative -> ItemTexts.t(isRelative ? "items.numeric.relative" : "items.numeric.absolute"));
            relative.setValue(item.tolerance().relative());
            relative.setId("numeric-tolerance-kind");
            live(relative);
            unit = textField("items.numeric.unit", item.unit() == null ? "" : item.unit());
            unit.setId("numeric-unit");
            binder.forField(value)
                    .asRequired(ItemTexts.t("items.numeric.value-required"))
                    .withConverter(new StringToBigDecimalConverter(ItemTexts.t("items.numeric.not-a-number")))
                    .bind(values -> values.value, (values, number) -> values.value = number);
            binder.forField(tolerance)
                    .withNullRepresentation("")
                    .withConverter(new StringToBigDecimalConverter(BigDecimal.ZERO, ItemTexts.t("items.numeric.not-a-number")))
                    .bind(values -> values.tolerance, (values, number) -> values.tolerance = number);
            Values values = new Values();
            values.value = item.value();
            values.tolerance = item.tolerance().amount();
            binder.setBean(values);
            binder.addValueChangeListener(event -> changed.run());
            getContent().add(new HorizontalLayout(value, unit), new HorizontalLayout(tolerance, relative));
        }

        /** Reports changes through the binder's listener, which runs after the bean took the converted value. */
        private static TextField numberField(String labelKey) {
            TextField field = new TextField(ItemTexts.t(labelKey));
            field.setValueChangeMode(ValueChangeMode.EAGER);
            return field;
        }

        @Override
        boolean isReadable() {
            return binder.isValid();
        }

        @Override
        Item build(ItemInfo info) {
            Values values = binder.getBean();
            return new Numeric(info, values.value,
                    new NumericTolerance(Boolean.TRUE.equals(relative.getValue()), values.tolerance), unit.getValue());
        }
    }

    static final class ClozeEditor extends AnswerEditor {
        private final Rows<TextArea> gaps;
        private final TextComparison comparison;

        ClozeEditor(Cloze item, Runnable changed) {
            super(changed);
            comparison = item.comparison();
            Runnable renumbered = () -> {
                renumber();
                changed.run();
            };
            gaps = new Rows<>(item.gaps().stream().map(gap -> gap(gap.acceptedAnswers())).toList(),
                    () -> gap(List.of()), "items.cloze.add-gap", true, renumbered);
            renumber();
            getContent().add(gaps);
        }

        private TextArea gap(List<String> accepted) {
            TextArea gap = live(new TextArea());
            gap.setValue(String.join("\n", accepted));
            gap.setHelperText(ItemTexts.t("items.one-per-line"));
            gap.addClassName("cloze-gap");
            gap.setWidthFull();
            return gap;
        }

        private void renumber() {
            List<TextArea> rows = gaps == null ? List.of() : gaps.rows();
            for (int index = 0; index < rows.size(); index++) {
                rows.get(index).setLabel(ItemTexts.t("items.cloze.gap", Cloze.marker(index + 1)));
            }
        }

        @Override
        Item build(ItemInfo info) {
            return new Cloze(info, gaps.rows().stream().map(gap -> new ClozeGap(lines(gap.getValue()))).toList(),
                    comparison);
        }
    }

    static final class MatchingEditor extends AnswerEditor {
        private final Rows<PairRow> pairs;

        MatchingEditor(Matching item, Runnable changed) {
            super(changed);
            pairs = new Rows<>(item.pairs().stream().map(PairRow::new).toList(),
                    () -> new PairRow(new MatchPair(newId(), "", "")), "items.matching.add", false, changed);
            getContent().add(pairs);
        }

        @Override
        Item build(ItemInfo info) {
            return new Matching(info, pairs.rows().stream().map(PairRow::pair).toList());
        }

        final class PairRow extends HorizontalLayout {
            private final OptionId id;
            private final TextField left;
            private final TextField right;

            PairRow(MatchPair pair) {
                id = pair.id();
                left = textField("items.matching.left", pair.left());
                left.addClassName("pair-left");
                right = textField("items.matching.right", pair.right());
                right.addClassName("pair-right");
                add(left, right);
                setWidthFull();
            }

            MatchPair pair() {
                return new MatchPair(id, left.getValue(), right.getValue());
            }
        }
    }

    static final class OrderingEditor extends AnswerEditor {
        private final Rows<EntryRow> entries;

        OrderingEditor(Ordering item, Runnable changed) {
            super(changed);
            entries = new Rows<>(item.entries().stream().map(EntryRow::new).toList(),
                    () -> new EntryRow(new OrderEntry(newId(), "", null)), "items.ordering.add", true, changed);
            getContent().add(new com.vaadin.flow.component.html.Span(ItemTexts.t("items.ordering.help")), entries);
        }

        @Override
        Item build(ItemInfo info) {
            return new Ordering(info, entries.rows().stream().map(EntryRow::entry).toList());
        }

        final class EntryRow extends HorizontalLayout {
            private final OptionId id;
            private final TextField text;
            private final TextField date;

            EntryRow(OrderEntry entry) {
                id = entry.id();
                text = textField("items.ordering.entry", entry.text());
                text.addClassName("entry-text");
                date = textField("items.ordering.date", entry.date() == null ? "" : entry.date());
                date.addClassName("entry-date");
                date.setWidth("12em");
                add(text, date);
                setFlexGrow(1, text);
                setWidthFull();
            }

            OrderEntry entry() {
                return new OrderEntry(id, text.getValue(), blankToNull(date.getValue()));
            }
        }
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
