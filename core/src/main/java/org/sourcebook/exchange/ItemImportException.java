package org.sourcebook.exchange;

import java.util.List;
import org.sourcebook.exchange.items.ItemIssue;

/** An import refused because of the listed problems; nothing was stored. */
public class ItemImportException extends RuntimeException {

    private final transient List<ItemIssue> problems;

    public ItemImportException(List<ItemIssue> problems) {
        super(problems.size() + " problem(s) in the file, the first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<ItemIssue> problems() {
        return problems;
    }
}
