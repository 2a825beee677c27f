package org.sourcebook.ui.teacher.lessons;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.lesson.Block;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.item.StoredItem;
import org.sourcebook.lesson.Blocks;
import org.sourcebook.lesson.PublishBlocker;
import org.sourcebook.ui.lesson.ItemWording;
import org.sourcebook.ui.teacher.items.ItemRoutes;

/**
 * What keeps a lesson from being published, one line each, saying where it is and offering the fix
 * at hand: a draft item can be accepted, any item opened in its editor or taken out of the lesson; a
 * block with a problem of its own (an empty quiz, say) can be removed.
 */
class BlockerList extends UnorderedList {

    /** The one-click fixes; the editor carries them out and draws the list anew. */
    interface Fixes {
        void accept(StoredItem item);

        void takeOut(BlockId block, ItemId item);

        void removeBlock(BlockId block);
    }

    private final Lesson lesson;
    private final Map<ItemId, StoredItem> items;
    private final Fixes fixes;

    /** {@code items}: the stored items the lesson uses that still exist (a missing one has no entry). */
    BlockerList(List<PublishBlocker> blockers, Lesson lesson, Map<ItemId, StoredItem> items, Fixes fixes) {
        this.lesson = lesson;
        this.items = items;
        this.fixes = fixes;
        addClassName("publish-blockers");
        for (int index = 0; index < blockers.size(); index++) {
            ListItem line = line(blockers.get(index));
            line.setId("blocker-" + (index + 1));
            line.addClassName("publish-blocker");
            add(line);
        }
    }

    private ListItem line(PublishBlocker blocker) {
        int blockNumber = blockIndex(blocker.block()) + 1;
        String problem = getTranslation("lesson.problem." + blocker.problem().code());
        if (blocker.block() == null) {
            return new ListItem(problem);
        }
        Block block = lesson.blocks().get(blockNumber - 1);
        String blockName = getTranslation("lesson.kind." + block.kind().name());
        ItemId itemId = blocker.item();
        if (itemId == null) {
            ListItem line = new ListItem(new Span(getTranslation("lessons.block-problem", blockNumber, blockName, problem) + " "));
            String where = getTranslation("lessons.blocker.block", blockNumber, blockName);
            line.add(fixButton("lessons.blocker.remove-block", where, ButtonVariant.LUMO_TERTIARY,
                    () -> fixes.removeBlock(block.id())));
            return line;
        }
        StoredItem stored = items.get(itemId);
        int position = Blocks.items(block).indexOf(itemId) + 1;
        String what = stored == null ? getTranslation("lesson.item-missing") : ItemWording.prompt(stored.item());
        String where = getTranslation("lessons.blocker.where", position, blockNumber, blockName);
        String start = where.substring(0, 1).toUpperCase(getLocale()) + where.substring(1);
        ListItem line = new ListItem(new Span(getTranslation("lessons.blocker.item", start, what,
                itemProblem(blocker, stored, problem)) + " "));
        line.add(fixButtons(block.id(), itemId, stored, where));
        return line;
    }

    /** For an item that is not accepted, why in its own words (a draft, waiting for review, rejected). */
    private String itemProblem(PublishBlocker blocker, @Nullable StoredItem stored, String problem) {
        if (stored != null && blocker.problem().code().equals("lesson-item-not-accepted")) {
            return getTranslation("lessons.blocker.status." + stored.item().status().name());
        }
        return problem;
    }

    private Span fixButtons(BlockId block, ItemId itemId, @Nullable StoredItem stored, String where) {
        Span buttons = new Span();
        buttons.addClassName("blocker-fixes");
        if (stored != null && stored.item().status() == ItemStatus.DRAFT && stored.item().isValid()) {
            buttons.add(fixButton("lessons.blocker.accept", where, ButtonVariant.LUMO_SUCCESS, () -> fixes.accept(stored)));
        }
        if (stored != null) {
            boolean flagged = stored.item().status() == ItemStatus.NEEDS_REVIEW;
            Anchor edit = new Anchor(ItemRoutes.editor(itemId),
                    getTranslation(flagged ? "lessons.blocker.see-why" : "lessons.blocker.edit"));
            edit.getElement().setAttribute("aria-label",
                    getTranslation(flagged ? "lessons.blocker.see-why.aria" : "lessons.blocker.edit.aria", where));
            edit.addClassName("blocker-edit");
            buttons.add(edit, new Span(" "));
        }
        buttons.add(fixButton("lessons.blocker.take-out", where, ButtonVariant.LUMO_TERTIARY,
                () -> fixes.takeOut(block, itemId)));
        return buttons;
    }

    private Button fixButton(String key, String where, ButtonVariant variant, Runnable fix) {
        Button button = new Button(getTranslation(key), click -> fix.run());
        button.addThemeVariants(variant, ButtonVariant.LUMO_SMALL);
        button.addClassName(key.substring(key.lastIndexOf('.') + 1));
        button.getElement().setAttribute("aria-label", getTranslation(key + ".aria", where));
        return button;
    }

    private int blockIndex(@Nullable BlockId block) {
        for (int index = 0; index < lesson.blocks().size(); index++) {
            if (lesson.blocks().get(index).id().equals(block)) {
                return index;
            }
        }
        return -1;
    }
}
