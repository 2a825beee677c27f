package org.sourcebook.content.item;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects the problems of failed checks, so each validation rule reads as one line. */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    /** Records a problem with {@code code} and {@code message} unless {@code ok}. */
    public Problems check(boolean ok, String code, String message) {
        if (!ok) {
            found.add(new Problem(code, message));
        }
        return this;
    }

    public Problems addAll(Collection<Problem> problems) {
        found.addAll(problems);
        return this;
    }

    /** The problems found so far, in the order of the checks; an unmodifiable copy. */
    public List<Problem> toList() {
        return List.copyOf(found);
    }
}
