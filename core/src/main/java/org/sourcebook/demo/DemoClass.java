package org.sourcebook.demo;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcebook.account.AccountService;
import org.sourcebook.account.NewAccount;
import org.sourcebook.account.StudentDirectory;
import org.sourcebook.account.UsernameTakenException;
import org.sourcebook.attempt.QuizAttempt;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.classes.ClassId;
import org.sourcebook.classes.ClassService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.account.Username;
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
import org.sourcebook.content.item.ClozeGap;
import org.sourcebook.content.item.Matching;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.OptionId;
import org.sourcebook.content.item.OrderEntry;
import org.sourcebook.content.item.Ordering;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.item.ShortAnswer;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.LessonStatus;
import org.sourcebook.lesson.PublishedLessonService;
import org.sourcebook.lesson.StoredLesson;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo teacher's class, so the class, gradebook and item-analysis pages have something to
 * show: "Class 9A" with the demo student and {@value #GENERATED} generated students, the demo
 * lesson assigned to it (due in a week), and one submitted attempt at each of its quizzes by every
 * generated student but the last. The answers are a fixed, seeded mix of right and wrong: stronger
 * students and easier questions score better, the first question is answered right by every
 * generated student and the last one better by the weaker students, so item analysis shows easy, hard and
 * badly discriminating questions. Generated
 * students get a random password nobody knows: they are for looking at, the demo student is for
 * signing in. A teacher who already has a class is left alone, so a restart adds nothing.
 */
@Component
@Profile("demo")
@Order(2)
public class DemoClass implements ApplicationRunner {

    static final String CLASS_NAME = "Class 9A";
    static final int GENERATED = 12;
    private static final String STUDENT = "student";
    private static final List<String> NAMES = List.of("Aysel Məmmədova", "Elvin Həsənov", "Leyla Quliyeva", "Murad Əliyev",
            "Nigar İsmayılova", "Rəşad Hüseynov", "Səbinə Abbasova", "Tural Rzayev", "Günay Babayeva", "Orxan Nəsirov",
            "Fidan Cəfərova", "Kamran Vəliyev");
    private static final long SEED = 2026;
    /** The ability of the weakest generated student; the others range up to 0.9. */
    private static final double WEAKEST_ABILITY = 0.3;
    private static final Logger log = LoggerFactory.getLogger(DemoClass.class);

    private final AccountService accounts;
    private final StudentDirectory directory;
    private final ClassService classes;
    private final LessonService lessons;
    private final PublishedLessonService published;
    private final QuizAttemptService attempts;
    private final Clock clock;

    DemoClass(AccountService accounts, StudentDirectory directory, ClassService classes, LessonService lessons,
            PublishedLessonService published, QuizAttemptService attempts, Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.classes = classes;
        this.lessons = lessons;
        this.published = published;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** The username of the {@code number}th generated student, from 1. */
    static String generatedUsername(int number) {
        return String.format("demo-student-%02d", number);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!as(DemoContent.TEACHER, Role.TEACHER, classes::myClasses).isEmpty()) {
            return;
        }
        List<StoredLesson> demoLessons = as(DemoContent.TEACHER, Role.TEACHER, lessons::myLessons).stream()
                .filter(stored -> stored.status() == LessonStatus.PUBLISHED).toList();
        if (demoLessons.isEmpty()) {
            return;
        }
        LessonId lesson = demoLessons.get(demoLessons.size() - 1).lesson().id();
        createGeneratedStudents();
        List<String> usernames = new ArrayList<>();
        usernames.add(STUDENT);
        for (int i = 1; i <= GENERATED; i++) {
            usernames.add(generatedUsername(i));
        }
        as(DemoContent.TEACHER, Role.TEACHER, () -> {
            ClassId id = classes.create(CLASS_NAME).id();
            List<Long> ids = directory.resolve(usernames).values().stream()
                    .filter(resolved -> resolved.student() != null)
                    .map(resolved -> resolved.student().id()).toList();
            classes.enrol(id, ids);
            classes.assign(id, lesson, null, clock.instant().plus(Duration.ofDays(7)));
            return id;
        });
        Random random = new Random(SEED);
        for (int i = 1; i < GENERATED; i++) {
            double ability = WEAKEST_ABILITY + 0.6 * (i - 1) / (GENERATED - 2);
            as(generatedUsername(i), Role.STUDENT, () -> {
                takeQuizzes(lesson, ability, random);
                return null;
            });
        }
        log.info("Created the demo class \"{}\" with {} students and their attempts at the demo lesson", CLASS_NAME,
                usernames.size());
    }

    private void createGeneratedStudents() {
        SecureRandom passwords = new SecureRandom();
        as("demo-setup", Role.ADMIN, () -> {
            for (int i = 1; i <= GENERATED; i++) {
                byte[] secret = new byte[24];
                passwords.nextBytes(secret);
                try {
                    accounts.createAccount(new NewAccount(Username.of(generatedUsername(i)), NAMES.get(i - 1),
                            Base64.getUrlEncoder().encodeToString(secret), Set.of(Role.STUDENT)));
                } catch (UsernameTakenException existing) {
                    log.debug("Generated demo student {} already exists", existing.getMessage());
                }
            }
            return null;
        });
    }

    private void takeQuizzes(LessonId lesson, double ability, Random random) {
        for (Quiz quiz : published.open(lesson).quizzes()) {
            QuizAttempt attempt = attempts.startOrResume(lesson, quiz.id());
            Map<org.sourcebook.content.item.ItemId, Integer> position = new HashMap<>();
            for (int q = 0; q < quiz.questions().size(); q++) {
                position.put(quiz.questions().get(q), q);
            }
            long sequence = 1;
            for (Question question : attempt.questions()) {
                int index = position.getOrDefault(question.id(), 0);
                double chance = ability + 0.35 - 0.07 * index;
                if (index == 0) {
                    // Every generated student gets it right (with the demo student's own attempt, 11 of 12 or more: over 90 %),
                    // so item analysis has a too-easy question to show whatever the drafted quiz holds.
                    chance = 1;
                } else if (index == quiz.questions().size() - 1) {
                    chance = 1.1 - ability;
                }
                boolean right = random.nextDouble() < chance;
                @Nullable Response response = right ? rightAnswer(question) : wrongAnswer(question);
                if (response != null) {
                    attempts.save(attempt.id(), question.id(), response, sequence++);
                }
            }
            attempts.submit(attempt.id());
        }
    }

    private static Response rightAnswer(Question question) {
        if (question instanceof ChoiceQuestion choice) {
            return new ChoiceResponse(Set.copyOf(choice.options().stream().filter(ChoiceOption::correct)
                    .map(ChoiceOption::id).toList()));
        } else if (question instanceof ShortAnswer shortAnswer) {
            return new TextResponse(shortAnswer.acceptedAnswers().get(0));
        } else if (question instanceof Cloze cloze) {
            return new GapResponse(cloze.gaps().stream().map(ClozeGap::preferredAnswer).toList());
        } else if (question instanceof Numeric numeric) {
            return new NumberResponse(numeric.value());
        } else if (question instanceof Matching matching) {
            Map<OptionId, OptionId> matches = new HashMap<>();
            matching.pairs().forEach(pair -> matches.put(pair.id(), pair.id()));
            return new MatchingResponse(matches);
        } else if (question instanceof Ordering ordering) {
            return new OrderResponse(ordering.entries().stream().map(OrderEntry::id).toList());
        }
        throw new IllegalStateException("No demo answer for " + question.kind());
    }

    /** A wrong answer, or null to leave the question unanswered. */
    private static @Nullable Response wrongAnswer(Question question) {
        if (question instanceof ChoiceQuestion choice) {
            return choice.options().stream().filter(option -> !option.correct()).findFirst()
                    .map(option -> (Response) new ChoiceResponse(Set.of(option.id()))).orElse(null);
        } else if (question instanceof ShortAnswer || question instanceof Cloze) {
            return question instanceof Cloze cloze
                    ? new GapResponse(cloze.gaps().stream().map(gap -> "?").toList())
                    : new TextResponse("I do not remember");
        } else if (question instanceof Numeric numeric) {
            return new NumberResponse(numeric.value().add(BigDecimal.valueOf(1_000_000)));
        } else if (question instanceof Ordering ordering) {
            List<OptionId> reversed = new ArrayList<>(ordering.entries().stream().map(OrderEntry::id).toList());
            java.util.Collections.reverse(reversed);
            return new OrderResponse(reversed);
        }
        return null;
    }

    /** Runs {@code work} signed in as {@code username} with {@code role}, as the start-up tasks do. */
    static <T> T as(String username, Role role, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList(role.authority())));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
