package org.sourcebook.e2e;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core run on the page as it is now, against WCAG 2.1 A and AA: the violations a person relying
 * on a screen reader, the keyboard or good contrast would run into. Only serious and critical ones
 * fail a test (axe's "moderate" and "minor" are mostly best practice).
 */
final class Accessibility {

    static final List<String> WCAG_21_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static final String NOTIFICATIONS = "vaadin-notification-card";

    private Accessibility() {}

    /** Each serious or critical violation as one readable line per element: rule, impact, what axe says, where. */
    static List<String> seriousViolations(WebDriver driver) {
        // A notification left over from the page before may still be fading in or out, and axe then measures the blend of
        // its colours (1.05:1): a false finding that depends on timing. So Vaadin's own notification card is left out.
        Results results = new AxeBuilder().withTags(WCAG_21_A_AA).exclude(NOTIFICATIONS).analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> FAILING.contains(rule.getImpact()))
                .flatMap(rule -> rule.getNodes().stream().map(node -> describe(rule, node)))
                .toList();
    }

    private static String describe(Rule rule, CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replace('\n', ' ');
        return rule.getId() + " (" + rule.getImpact() + ") at " + node.getTarget() + ": " + summary
                + " [" + abbreviate(node.getHtml()) + "]";
    }

    private static String abbreviate(String html) {
        return html == null ? "" : html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }

    static String report(List<String> violations) {
        return violations.stream().collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
