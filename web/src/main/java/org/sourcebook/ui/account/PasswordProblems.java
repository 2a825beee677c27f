package org.sourcebook.ui.account;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.stream.Collectors;
import org.sourcebook.account.PasswordPolicy;
import org.sourcebook.account.PasswordProblem;

/** The translated sentence that says what is wrong with a password. */
public final class PasswordProblems {

    private PasswordProblems() {}

    public static String message(Component where, List<PasswordProblem> problems) {
        return problems.stream()
                .map(problem -> where.getTranslation("account.password.problem." + problem.name(),
                        PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH))
                .collect(Collectors.joining(" "));
    }
}
