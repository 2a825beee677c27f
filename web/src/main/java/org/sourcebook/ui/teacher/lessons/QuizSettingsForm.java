package org.sourcebook.ui.teacher.lessons;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.Problem;
import org.sourcebook.content.lesson.FeedbackTiming;
import org.sourcebook.content.lesson.FlaggedQuestions;
import org.sourcebook.content.lesson.GradingMethod;
import org.sourcebook.content.lesson.QuizLayout;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.ui.base.TimeZones;

/**
 * A quiz's settings. Each field shows the {@link QuizSettings#problems()} that concern it,
 * translated ({@code lesson.problem.<code>}); times are in the teacher's time zone.
 */
class QuizSettingsForm extends FormLayout {

    private static final int PERCENT = 100;

    private final IntegerField attempts = new IntegerField();
    private final IntegerField timeLimit = new IntegerField();
    private final DateTimePicker opens = new DateTimePicker();
    private final DateTimePicker closes = new DateTimePicker();
    private final Checkbox shuffleQuestions = new Checkbox();
    private final Checkbox shuffleOptions = new Checkbox();
    private final Select<FeedbackTiming> feedback = new Select<>();
    private final Select<GradingMethod> grading = new Select<>();
    private final Select<QuizLayout> layout = new Select<>();
    private final Select<FlaggedQuestions> flagged = new Select<>();
    private final IntegerField passMark = new IntegerField();
    private final Binder<QuizSettingsForm> binder = new Binder<>();

    QuizSettingsForm(QuizSettings settings, Consumer<QuizSettings> changed) {
        attempts.setLabel(getTranslation("lessons.quiz.attempts"));
        attempts.setHelperText(getTranslation("lessons.quiz.attempts.help"));
        attempts.setStepButtonsVisible(true);
        attempts.setValue(settings.attemptsAllowed());
        timeLimit.setLabel(getTranslation("lessons.quiz.time-limit"));
        timeLimit.setHelperText(getTranslation("lessons.quiz.time-limit.help"));
        timeLimit.setValue(settings.timeLimit() == null ? null : (int) settings.timeLimit().toMinutes());
        opens.setLabel(getTranslation("lessons.quiz.opens", TimeZones.name(TimeZones.current(), getLocale())));
        opens.setValue(local(settings.opensAt()));
        closes.setLabel(getTranslation("lessons.quiz.closes", TimeZones.name(TimeZones.current(), getLocale())));
        closes.setValue(local(settings.closesAt()));
        shuffleQuestions.setLabel(getTranslation("lessons.quiz.shuffle-questions"));
        shuffleQuestions.setValue(settings.shuffleQuestions());
        shuffleOptions.setLabel(getTranslation("lessons.quiz.shuffle-options"));
        shuffleOptions.setValue(settings.shuffleOptions());
        feedback.setLabel(getTranslation("lessons.quiz.feedback"));
        feedback.setItems(FeedbackTiming.values());
        feedback.setItemLabelGenerator(timing -> getTranslation("lessons.feedback." + timing.name()));
        feedback.setValue(settings.feedbackTiming());
        grading.setLabel(getTranslation("lessons.quiz.grading"));
        grading.setItems(GradingMethod.values());
        grading.setItemLabelGenerator(method -> getTranslation("lessons.grading." + method.name()));
        grading.setValue(settings.gradingMethod());
        layout.setLabel(getTranslation("lessons.quiz.layout"));
        layout.setItems(QuizLayout.values());
        layout.setItemLabelGenerator(choice -> getTranslation("lessons.layout." + choice.name()));
        layout.setValue(settings.layout());
        flagged.setLabel(getTranslation("lessons.quiz.flagged"));
        flagged.setHelperText(getTranslation("lessons.quiz.flagged.help"));
        flagged.setItems(FlaggedQuestions.values());
        flagged.setItemLabelGenerator(choice -> getTranslation("lessons.flagged." + choice.name()));
        flagged.setValue(settings.whenFlagged());
        passMark.setLabel(getTranslation("lessons.quiz.pass-mark"));
        passMark.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        passMark.setValue((int) Math.round(settings.passMark() * PERCENT));

        check(attempts, "attempts-negative");
        check(timeLimit, "time-limit-not-positive");
        check(closes, "closes-before-opens");
        check(feedback, "feedback-after-close-never-closes");
        check(passMark, "pass-mark-out-of-range");
        List.<AbstractField<?, ?>>of(attempts, timeLimit, opens, closes, shuffleQuestions, shuffleOptions, feedback,
                grading, passMark, layout, flagged).forEach(field -> field.addValueChangeListener(event -> {
                    binder.validate();
                    changed.accept(settings());
                }));
        add(attempts, timeLimit, opens, closes, feedback, grading, passMark, layout, flagged, shuffleQuestions,
                shuffleOptions);
    }

    /** The settings as the fields show them; may have problems. */
    QuizSettings settings() {
        Integer limit = timeLimit.getValue();
        return new QuizSettings(attempts.getValue() == null ? 0 : attempts.getValue(),
                limit == null ? null : Duration.ofMinutes(limit), instant(opens.getValue()), instant(closes.getValue()),
                shuffleQuestions.getValue(), shuffleOptions.getValue(),
                feedback.getValue() == null ? FeedbackTiming.AFTER_SUBMISSION : feedback.getValue(),
                grading.getValue() == null ? GradingMethod.HIGHEST : grading.getValue(),
                passMark.getValue() == null ? 0 : passMark.getValue() / (double) PERCENT,
                layout.getValue() == null ? QuizLayout.ONE_PER_PAGE : layout.getValue(), flagged.getValue());
    }

    private <V> void check(HasValue<?, V> field, String code) {
        binder.forField(field)
                .withValidator(value -> settings().problems().stream().map(Problem::code).noneMatch(code::equals),
                        getTranslation("lesson.problem." + code))
                .bind(form -> field.getValue(), (form, value) -> { });
    }

    IntegerField attempts() {
        return attempts;
    }

    Select<FlaggedQuestions> flagged() {
        return flagged;
    }

    IntegerField passMark() {
        return passMark;
    }

    DateTimePicker opens() {
        return opens;
    }

    DateTimePicker closes() {
        return closes;
    }

    private static @Nullable LocalDateTime local(@Nullable Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, TimeZones.current());
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime at) {
        return at == null ? null : at.atZone(TimeZones.current()).toInstant();
    }
}
