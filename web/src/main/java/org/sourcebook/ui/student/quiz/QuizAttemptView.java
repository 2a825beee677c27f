package org.sourcebook.ui.student.quiz;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcebook.attempt.AnswerSave;
import org.sourcebook.attempt.AttemptClosedException;
import org.sourcebook.attempt.AttemptId;
import org.sourcebook.attempt.AttemptWithoutQuestionsException;
import org.sourcebook.attempt.CheckedAnswer;
import org.sourcebook.attempt.FinishedBy;
import org.sourcebook.attempt.NoSuchAttemptException;
import org.sourcebook.attempt.QuizAttempt;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.grading.ChoiceResponse;
import org.sourcebook.content.grading.GapResponse;
import org.sourcebook.content.grading.Grader;
import org.sourcebook.content.grading.MatchingResponse;
import org.sourcebook.content.grading.Response;
import org.sourcebook.content.grading.TextResponse;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.lesson.FeedbackTiming;
import org.sourcebook.content.lesson.QuizLayout;
import org.sourcebook.lesson.NoSuchLessonException;
import org.sourcebook.lesson.PublishedLessonService;
import org.sourcebook.ui.lesson.GradeFeedback;
import org.sourcebook.ui.student.StudentRoutes;

/**
 * A student taking a quiz attempt. Every change to an answer is saved at once (see
 * {@link AnswerSaver}); the page shows whether the last change is stored. Reloading, or coming
 * back in a new session, shows the saved answers again. With a time limit, the time left counts
 * down in the browser, and the server's deadline decides: once it has passed, the attempt is
 * submitted with the answers saved by then and the page moves to the review.
 */
@Route(StudentRoutes.ATTEMPT)
@RolesAllowed(Role.Name.STUDENT)
public class QuizAttemptView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MILLIS = 5_000;
    /** The jump button a click on the jump bar hit, as the browser reports it. */
    static final String JUMP_TARGET = "event.target.dataset.jump";
    private static final String JUMP_BASE = "min-width:var(--lumo-size-s);height:var(--lumo-size-s);"
            + "padding:0 var(--lumo-space-s);border-radius:var(--lumo-border-radius-m);border:none;cursor:pointer;"
            + "font:inherit;font-size:var(--lumo-font-size-s);font-weight:500;";
    private static final Map<String, String> JUMP_STYLES = Map.of(
            "current", JUMP_BASE + "background:var(--lumo-primary-color);color:var(--lumo-primary-contrast-color);",
            "answered", JUMP_BASE + "background:var(--lumo-success-color-10pct);color:var(--lumo-success-text-color);",
            "open", JUMP_BASE + "background:var(--lumo-contrast-5pct);color:var(--lumo-primary-text-color);");
    private static final Logger log = LoggerFactory.getLogger(QuizAttemptView.class);

    private final QuizAttemptService attempts;
    private final PublishedLessonService lessons;
    private final Clock clock;
    private final H2 title = new H2();
    private final Span progress = new Span();
    private final Span saveStatus = new Span();
    private final Span saving = new Span();
    private final Span timeLeft = new Span();
    private final Div questionArea = new Div();
    private final Div jumpBar = new Div();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Map<ItemId, AnswerInput> inputs = new HashMap<>();
    private final Map<ItemId, Response> answers = new HashMap<>();
    private final Set<ItemId> locked = new LinkedHashSet<>();
    private QuizAttempt attempt;
    private AnswerSaver saver;
    private int page;
    private boolean ended;
    private @Nullable Registration polling;

    QuizAttemptView(QuizAttemptService attempts, PublishedLessonService lessons, Clock clock) {
        this.attempts = attempts;
        this.lessons = lessons;
        this.clock = clock;
        setId("quiz-attempt");
        setMaxWidth("50em");
        progress.setId("quiz-progress");
        saveStatus.setId("save-status");
        saveStatus.getElement().setAttribute("aria-live", "polite");
        saving.setId("save-pending");
        timeLeft.setId("time-left");
        timeLeft.setVisible(false);
        questionArea.setId("questions");
        questionArea.setWidthFull();
        jumpBar.setId("question-jump");
        jumpBar.addClassNames("quiz-jump");
        jumpBar.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        jumpBar.getElement().addEventListener("click", this::jumpTo)
                .addEventData(JUMP_TARGET).setFilter(JUMP_TARGET + " !== undefined");
        previous.setText(getTranslation("quiz.previous"));
        previous.setId("previous-question");
        previous.addClickListener(click -> moveTo(page - 1));
        next.setText(getTranslation("quiz.next"));
        next.setId("next-question");
        next.addClickListener(click -> moveTo(page + 1));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AttemptId id;
        try {
            id = AttemptId.parse(event.getRouteParameters().get("attemptId").orElse(""));
            attempt = attempts.find(id);
        } catch (AttemptWithoutQuestionsException setAside) {
            showSetAside(setAside);
            return;
        } catch (IllegalArgumentException | NoSuchAttemptException notYours) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (attempt.isSubmitted()) {
            event.forwardTo(StudentRoutes.attemptReview(id));
            return;
        }
        build();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quiz.title");
    }

    /** An attempt without questions (started before such starts were refused) was set aside: say so, and lead back. */
    private void showSetAside(AttemptWithoutQuestionsException setAside) {
        ended = true;
        Paragraph message = new Paragraph(getTranslation("quiz.set-aside"));
        message.setId("attempt-set-aside");
        Anchor back = new Anchor(StudentRoutes.lesson(setAside.lesson()), getTranslation("quiz.review.back"));
        back.setId("back-to-lesson");
        add(message, back);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        polling = attachEvent.getUI().addPollListener(poll -> onPoll());
        updatePolling();
        startCountdown();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    private void build() {
        removeAll();
        inputs.clear();
        answers.clear();
        attempt.answers().answers().forEach((question, saved) -> answers.put(question, saved.response()));
        locked.clear();
        locked.addAll(attempt.locked());
        saver = new AnswerSaver(attempts, attempt.id(), attempt.answers().lastSequence());
        title.setText(lessonTitle());
        Span number = new Span(getTranslation("quiz.attempt-number", attempt.number()));
        HorizontalLayout status = new HorizontalLayout(progress, saveStatus, saving, timeLeft);
        status.setWrap(true);
        status.setAlignItems(FlexComponent.Alignment.BASELINE);
        status.addClassName("quiz-status");
        Button submit = new Button(getTranslation("quiz.submit"), click -> confirmSubmit());
        submit.setId("submit-attempt");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, number, status);
        if (attempt.settings().layout() == QuizLayout.ALL_ON_ONE_PAGE || attempt.questions().size() == 1) {
            for (int index = 0; index < attempt.questions().size(); index++) {
                questionArea.add(card(index));
            }
            add(questionArea, submit);
        } else {
            HorizontalLayout navigation = new HorizontalLayout(previous, next, submit);
            navigation.setWrap(true);
            add(jumpBar, questionArea, navigation);
            showPage(0);
        }
        if (attempt.deadline() != null) {
            timeLeft.setVisible(true);
            timeLeft.setText(getTranslation("quiz.time-left", minutesSeconds(attempt.timeLeft(clock.instant()))));
        }
        showSavingWhileTyping();
        showProgress();
    }

    /**
     * Shows "Saving…" in the browser as soon as the student types or picks something, until the
     * server has handled the save ({@link #showProgress()} clears it): the save itself happens in
     * the same round trip as the change, so only the browser can show that one is under way.
     */
    private void showSavingWhileTyping() {
        questionArea.getElement().executeJs("""
                const saving = $0, status = $1, text = $2;
                const show = () => { saving.textContent = text; status.hidden = true; };
                this.addEventListener('input', show);
                this.addEventListener('change', show);
                """, saving.getElement(), saveStatus.getElement(), getTranslation("quiz.save.saving"));
    }

    private String lessonTitle() {
        try {
            return lessons.open(attempt.lesson()).lesson().title();
        } catch (NoSuchLessonException gone) {
            return getTranslation("quiz.title");
        }
    }

    /**
     * Shows another question and puts the keyboard focus on its heading, so that a keyboard or
     * screen-reader user goes on reading there instead of back at the top of the page.
     */
    private void moveTo(int index) {
        showPage(index);
        questionArea.getChildren().findFirst()
                .flatMap(card -> card.getChildren().findFirst())
                .ifPresent(heading -> heading.getElement().callJsFunction("focus"));
    }

    private void showPage(int index) {
        page = Math.max(0, Math.min(index, attempt.questions().size() - 1));
        questionArea.removeAll();
        questionArea.add(card(page));
        previous.setEnabled(page > 0);
        next.setEnabled(page < attempt.questions().size() - 1);
        showJumpBar();
    }

    /**
     * Draws the jump bar as plain HTML inside one element: Vaadin buttons cost each open quiz state
     * nodes, feature maps and a listener per question, drawn anew after every answer (measured: 20
     * fewer state nodes and 39 KB less per UI for 16 questions); native buttons are
     * just as keyboard- and screen-reader-friendly, and one listener on the bar handles them all.
     */
    private void showJumpBar() {
        StringBuilder html = new StringBuilder();
        for (int index = 0; index < attempt.questions().size(); index++) {
            boolean answered = isAnswered(attempt.questions().get(index).id());
            String kind = index == page ? "current" : answered ? "answered" : "open";
            html.append("<button type=\"button\" id=\"jump-").append(index + 1)
                    .append("\" data-jump=\"").append(index + 1)
                    .append("\" class=\"quiz-jump-button").append(answered ? " answered" : "")
                    .append("\" style=\"").append(JUMP_STYLES.get(kind))
                    .append("\" aria-label=\"").append(attributeText(getTranslation(
                            answered ? "quiz.jump.answered" : "quiz.jump.unanswered", index + 1)))
                    .append(index == page ? "\" aria-current=\"step" : "")
                    .append("\">").append(index + 1).append("</button>");
        }
        jumpBar.getElement().setProperty("innerHTML", html.toString());
    }

    private static String attributeText(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void jumpTo(DomEvent click) {
        try {
            moveTo(Integer.parseInt(click.getEventData().getString(JUMP_TARGET)) - 1);
        } catch (RuntimeException notAJumpButton) {
            // a click between the buttons, or made-up event data: nothing to do
        }
    }

    private Component card(int index) {
        Question question = attempt.questions().get(index);
        Div card = new Div();
        card.setId("question-" + (index + 1));
        card.addClassNames("quiz-question");
        card.setWidthFull();
        H3 heading = new H3(getTranslation("quiz.question-number", index + 1, attempt.questions().size()));
        heading.getElement().setAttribute("tabindex", "-1");
        heading.addClassName("quiz-question-heading");
        card.add(heading);
        if (question instanceof Cloze) {
            card.add(new Paragraph(getTranslation("quiz.cloze.hint")));
        } else {
            card.add(new Paragraph(question.prompt()));
        }
        AnswerInput input = inputs.computeIfAbsent(question.id(),
                id -> new AnswerInput(question, attempt, answers.get(id), response -> answered(question, response)));
        card.add(input);
        if (attempt.settings().feedbackTiming() == FeedbackTiming.IMMEDIATE) {
            Div feedback = new Div();
            feedback.setId("feedback-" + (index + 1));
            Button check = new Button(getTranslation("quiz.check"));
            check.setId("check-" + (index + 1));
            check.addClickListener(click -> check(question, input, check, feedback));
            card.add(check, feedback);
            if (locked.contains(question.id())) {
                showChecked(question, input, check, feedback);
            }
        }
        return card;
    }

    private void answered(Question question, Response response) {
        if (ended) {
            return;
        }
        try {
            AnswerSave save = saver.save(question.id(), response);
            if (save != null && save.outcome() == AnswerSave.Outcome.LOCKED) {
                locked.add(question.id());
                inputs.get(question.id()).setReadOnly(true);
            } else if (save != null) {
                answers.put(question.id(), response);
            }
        } catch (AttemptClosedException closed) {
            end(closed.finishedBy());
            return;
        } catch (NoSuchAttemptException | IllegalArgumentException refused) {
            log.warn("An answer of attempt {} was refused", attempt.id(), refused);
            Notification.show(getTranslation("quiz.save.refused")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        showProgress();
        if (attempt.settings().layout() == QuizLayout.ONE_PER_PAGE && jumpBar.isAttached()) {
            showJumpBar();
        }
    }

    private void check(Question question, AnswerInput input, Button check, Div feedback) {
        try {
            CheckedAnswer checked = saver.check(question.id(), input.response());
            if (checked.save().stored()) {
                answers.put(question.id(), input.response());
            }
            locked.add(question.id());
            showChecked(question, input, check, feedback);
            showProgress();
        } catch (AttemptClosedException closed) {
            end(closed.finishedBy());
        } catch (RuntimeException trouble) {
            log.warn("Checking an answer of attempt {} failed", attempt.id(), trouble);
            Notification.show(getTranslation("quiz.check.failed")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void showChecked(Question question, AnswerInput input, Button check, Div feedback) {
        Response given = answers.get(question.id());
        feedback.removeAll();
        feedback.add(new GradeFeedback(given == null ? Grader.unanswered(question) : Grader.grade(question, given)));
        input.setReadOnly(true);
        check.setEnabled(false);
    }

    private void confirmSubmit() {
        if (saver.hasPending() && !saver.retry()) {
            showProgress();
            Notification.show(getTranslation("quiz.submit.not-saved")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        List<Integer> unanswered = IntStream.range(0, attempt.questions().size())
                .filter(index -> !isAnswered(attempt.questions().get(index).id()))
                .mapToObj(index -> index + 1)
                .toList();
        String text = unanswered.isEmpty() ? getTranslation("quiz.submit.all-answered")
                : unanswered.size() == 1 ? getTranslation("quiz.submit.unanswered-one", unanswered.get(0))
                : getTranslation("quiz.submit.unanswered-many",
                        unanswered.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        openSubmitDialog(text, unanswered.isEmpty());
    }

    /**
     * Asks before submitting. With questions unanswered the focus starts on "Keep answering", so a
     * hasty Enter does not hand in an unfinished attempt; with all answered, on "Submit".
     */
    private void openSubmitDialog(String text, boolean allAnswered) {
        Dialog dialog = new Dialog();
        dialog.setId("submit-dialog");
        dialog.setHeaderTitle(getTranslation("quiz.submit.title"));
        Paragraph message = new Paragraph(text);
        message.setId("submit-dialog-text");
        dialog.add(message);
        Button cancel = new Button(getTranslation("quiz.submit.cancel"), click -> dialog.close());
        cancel.setId("submit-cancel");
        Button confirm = new Button(getTranslation("quiz.submit.confirm"), click -> {
            dialog.close();
            submit();
        });
        confirm.setId("submit-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, confirm);
        dialog.setWidth("min(32rem, 95vw)");
        dialog.open();
        (allAnswered ? confirm : cancel).focus();
    }

    private void submit() {
        try {
            attempts.submit(attempt.id());
        } catch (RuntimeException trouble) {
            log.warn("Submitting attempt {} failed", attempt.id(), trouble);
            Notification.show(getTranslation("quiz.submit.failed")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        ended = true;
        getUI().ifPresent(ui -> ui.navigate(StudentRoutes.attemptReview(attempt.id())));
    }

    /** Sends failed saves again; with a deadline that has passed, lets the server end the attempt. */
    private void onPoll() {
        if (ended) {
            return;
        }
        showProgress();
        if (saver.hasPending()) {
            try {
                saver.retry();
            } catch (AttemptClosedException closed) {
                end(closed.finishedBy());
                return;
            } catch (RuntimeException refused) {
                log.warn("An answer of attempt {} was refused on retry", attempt.id(), refused);
            }
            showProgress();
        }
        Duration left = attempt.timeLeft(clock.instant());
        if (left == null) {
            return;
        }
        if (left.isZero()) {
            QuizAttempt now = attempts.find(attempt.id());
            if (now.isSubmitted()) {
                end(now.finishedBy() == null ? FinishedBy.TIME_LIMIT : now.finishedBy());
                return;
            }
        }
        startCountdown();
    }

    private void end(FinishedBy by) {
        ended = true;
        Notification notice = Notification.show(getTranslation(
                by == FinishedBy.TIME_LIMIT ? "quiz.ended.time-up" : "quiz.ended.submitted"));
        notice.setId("attempt-ended");
        notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        getUI().ifPresent(ui -> ui.navigate(StudentRoutes.attemptReview(attempt.id())));
    }

    /** Counts the time left down in the browser, each second, from the server's figure. */
    private void startCountdown() {
        Duration left = attempt == null ? null : attempt.timeLeft(clock.instant());
        if (left == null) {
            return;
        }
        timeLeft.getElement().executeJs("""
                const el = this, end = Date.now() + $0, label = $1;
                clearInterval(el.countdown);
                const tick = () => {
                  const s = Math.max(0, Math.round((end - Date.now()) / 1000));
                  const h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, two = n => String(n).padStart(2, '0');
                  el.textContent = label.replace('{}', (h > 0 ? h + ':' : '') + two(m) + ':' + two(s % 60));
                  if (s === 0) clearInterval(el.countdown);
                };
                tick();
                el.countdown = setInterval(tick, 1000);
                """, (double) left.toMillis(), getTranslation("quiz.time-left", "{}"));
    }

    /** Polls the server while there is a deadline to watch or a failed save to send again; otherwise stays quiet. */
    private void updatePolling() {
        boolean needed = attempt != null && !ended && (attempt.deadline() != null || saver.hasPending());
        getUI().ifPresent(ui -> ui.setPollInterval(needed ? POLL_MILLIS : -1));
    }

    private void showProgress() {
        updatePolling();
        saving.getElement().executeJs("this.textContent = ''; $0.hidden = false;", saveStatus.getElement());
        long answered = attempt.questions().stream().filter(question -> isAnswered(question.id())).count();
        progress.setText(getTranslation("quiz.progress", answered, attempt.questions().size()));
        saveStatus.getElement().getThemeList().clear();
        if (saver.hasPending()) {
            saveStatus.setText(getTranslation("quiz.save.retrying"));
            saveStatus.getElement().getThemeList().addAll(List.of("badge", "error"));
        } else if (saver.savedAny()) {
            saveStatus.setText(getTranslation("quiz.save.saved"));
            saveStatus.getElement().getThemeList().addAll(List.of("badge", "success"));
        } else {
            saveStatus.setText("");
        }
    }

    /** Answered means a saved answer that says something: not a blank text or an empty choice. */
    private boolean isAnswered(ItemId question) {
        Response response = answers.get(question);
        if (response == null) {
            return false;
        }
        if (response instanceof TextResponse text) {
            return !text.text().isBlank();
        }
        if (response instanceof ChoiceResponse choice) {
            return !choice.chosen().isEmpty();
        }
        if (response instanceof GapResponse gaps) {
            return gaps.answers().stream().anyMatch(gap -> !gap.isBlank());
        }
        if (response instanceof MatchingResponse matches) {
            return !matches.matches().isEmpty();
        }
        return true;
    }

    /** "04:59", or "1:04:59" from an hour up, as the countdown in the browser shows it. */
    static String minutesSeconds(@Nullable Duration left) {
        long seconds = left == null ? 0 : left.toSeconds();
        String minutes = String.format("%02d:%02d", seconds / 60 % 60, seconds % 60);
        return seconds >= 3600 ? seconds / 3600 + ":" + minutes : minutes;
    }
}
