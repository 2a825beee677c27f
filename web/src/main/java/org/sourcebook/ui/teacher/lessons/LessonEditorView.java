package org.sourcebook.ui.teacher.lessons;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.sourcebook.ui.base.Confirmation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.classes.ClassService;
import org.sourcebook.classes.SchoolClass;
import org.sourcebook.content.item.Problem;
import org.sourcebook.content.lesson.Block;
import org.sourcebook.content.lesson.BlockKind;
import org.sourcebook.content.lesson.DiscussionPrompt;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.ReadingExcerpt;
import org.sourcebook.content.lesson.SourceAnalysis;
import org.sourcebook.content.lesson.Timeline;
import org.sourcebook.exchange.ItemExchangeService;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.NoSuchItemException;
import org.sourcebook.item.StoredItem;
import org.sourcebook.lesson.Blocks;
import org.sourcebook.lesson.LessonRevision;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.LessonStatus;
import org.sourcebook.lesson.NoSuchLessonException;
import org.sourcebook.lesson.PublishBlocker;
import org.sourcebook.lesson.PublishRefusedException;
import org.sourcebook.lesson.StoredLesson;
import org.sourcebook.persistence.ConcurrentEditException;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.DocumentSummary;
import org.sourcebook.ui.lesson.LessonPreview;
import org.sourcebook.ui.lesson.MarkdownText;
import org.sourcebook.ui.lesson.Times;
import org.sourcebook.ui.teacher.classes.AssignLessonDialog;
import org.sourcebook.ui.teacher.items.ExportDialog;
import org.sourcebook.ui.teacher.items.ItemRoutes;
import org.sourcebook.ui.teacher.results.ResultsView;
import org.sourcebook.ui.lesson.ItemWording;

/**
 * Edits one of the teacher's lessons: title, summary (Markdown), objectives and blocks. Saving
 * names the version loaded, so a concurrent save leads to a choice (reload, or save as a copy),
 * never an overwrite. Problems show as the teacher types, and so do the items the lesson uses that
 * wait for review after a re-import (each a link to its editor, where the reason is shown); leaving
 * with unsaved changes asks first.
 */
@Route("teacher/lessons/:lessonId")
@RolesAllowed(Role.Name.TEACHER)
public class LessonEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private static final int UNDO_MILLIS = 10_000;

    private final LessonService lessons;
    private final ItemService items;
    private final DocumentService documents;
    private final ItemExchangeService exchange;
    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final MarkdownText summaryPreview = new MarkdownText("");
    private final VerticalLayout objectiveRows = new VerticalLayout();
    private final VerticalLayout blockList = new VerticalLayout();
    private final Div problems = new Div();
    private final Span status = new Span();
    private final Paragraph publishState = new Paragraph();
    private final Button publish = new Button();
    private final Button unpublish = new Button();
    private final Button discard = new Button();
    private final Button assign = new Button();
    private final ClassService classes;
    private StoredLesson saved;
    private LessonId id = LessonId.random();
    private long version;
    private List<String> objectives = new ArrayList<>();
    private List<Block> blocks = new ArrayList<>();
    private boolean dirty;
    private boolean loading;
    private Set<ItemId> checkedForReview = Set.of();
    private List<StoredItem> inReview = List.of();
    private @Nullable Dialog refusedDialog;
    private @Nullable DomListenerRegistration typing;

    LessonEditorView(LessonService lessons, ItemService items, DocumentService documents, ItemExchangeService exchange,
            ClassService classes) {
        this.lessons = lessons;
        this.classes = classes;
        this.items = items;
        this.documents = documents;
        this.exchange = exchange;
        setId("lesson-editor");
        title.setLabel(getTranslation("lessons.field.title"));
        title.setId("lesson-title");
        title.setWidthFull();
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.addValueChangeListener(event -> changed());
        summary.setLabel(getTranslation("lessons.field.summary"));
        summary.setHelperText(getTranslation("lessons.field.markdown-help"));
        summary.setId("lesson-summary");
        summary.setWidthFull();
        summary.setValueChangeMode(ValueChangeMode.LAZY);
        summaryPreview.setId("summary-preview");
        summary.addValueChangeListener(event -> {
            summaryPreview.setMarkdown(event.getValue());
            changed();
        });
        Button addObjective = new Button(getTranslation("lessons.objective.add"), VaadinIcon.PLUS.create(), click -> {
            objectives.add("");
            showObjectives();
            changed();
        });
        addObjective.setId("add-objective");
        objectiveRows.setPadding(false);
        blockList.setPadding(false);
        problems.setId("lesson-problems");
        problems.getElement().setAttribute("aria-live", "polite");
        status.setId("lesson-status");
        status.getElement().getThemeList().add("badge");
        publishState.setId("lesson-publish-state");
        publishState.addClassName("lesson-publish-state");
        add(toolbar(), publishState, title, summary, summaryPreview, new H3(getTranslation("lessons.objectives")), objectiveRows,
                addObjective, problems, new H3(getTranslation("lessons.blocks")), blockList, addButtons());
    }

    /** The address of the editor of {@code lesson}. */
    public static String path(LessonId lesson) {
        return "teacher/lessons/" + lesson;
    }

    private HorizontalLayout toolbar() {
        Button save = button("save-lesson", "lessons.save", this::save);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setText(getTranslation("lessons.publish"));
        publish.setId("publish-lesson");
        publish.addClickListener(click -> publish());
        unpublish.setText(getTranslation("lessons.unpublish"));
        unpublish.setId("unpublish-lesson");
        unpublish.addClickListener(click -> unpublish());
        discard.setText(getTranslation("lessons.discard"));
        discard.setId("discard-changes");
        discard.addClickListener(click -> confirmDiscard());
        assign.setText(getTranslation("lessons.assign"));
        assign.setId("assign-lesson");
        assign.addClickListener(click -> openAssign());
        HorizontalLayout bar = new HorizontalLayout(status, save, publish, discard, assign, unpublish,
                button("preview-lesson", "lessons.preview", this::openPreview),
                button("history-lesson", "lessons.history", this::openHistory),
                button("export-lesson", "exchange.export.button", this::openExport),
                button("results-lesson", "results.open", () -> getUI().ifPresent(ui -> ui.navigate(ResultsView.path(id)))));
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    /** Exports the saved lesson's cards and questions; unsaved changes are not in the file, and the dialog says so. */
    void openExport() {
        StoredLesson saved = lessons.findElseThrow(id);
        int count = saved.lesson().itemIds().size();
        String scope = getTranslation("exchange.export.scope.lesson", count, saved.lesson().title())
                + (dirty ? " " + getTranslation("exchange.export.unsaved") : "");
        new ExportDialog(scope, count, format -> exchange.exportLesson(id, format)).open();
    }

    private HorizontalLayout addButtons() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.getStyle().set("flex-wrap", "wrap");
        for (BlockKind kind : BlockKind.values()) {
            Button add = new Button(getTranslation("lessons.add." + kind.name()), VaadinIcon.PLUS.create(),
                    click -> addBlock(kind));
            add.setId("add-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            bar.add(add);
        }
        return bar;
    }

    private Button button(String elementId, String key, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(elementId);
        return button;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            LessonId requested = LessonId.parse(event.getRouteParameters().get("lessonId").orElse(""));
            load(lessons.findElseThrow(requested));
        } catch (IllegalArgumentException | NoSuchLessonException notYours) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        Confirmation confirm = new Confirmation(getTranslation("lessons.leave.title"),
                getTranslation("lessons.leave.text"), getTranslation("lessons.leave.confirm"), () -> {
                    markDirty(false);
                    action.proceed();
                });
        // Staying must end the postponed navigation: left pending, it kept later navigations from
        // updating the address and the title.
        confirm.addCancelListener(action::cancel);
        confirm.setId("leave-dialog");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("lessons.leave.stay"));
        confirm.setDestructive(true);
        confirm.open();
    }

    private void load(StoredLesson stored) {
        loading = true;
        saved = stored;
        Lesson lesson = stored.lesson();
        id = lesson.id();
        version = stored.version();
        title.setValue(lesson.title());
        summary.setValue(lesson.summary());
        summaryPreview.setMarkdown(lesson.summary());
        objectives = new ArrayList<>(lesson.objectives());
        blocks = new ArrayList<>(lesson.blocks());
        showObjectives();
        showBlocks();
        showStatus(stored);
        loading = false;
        markDirty(false);
        forgetReviewCheck();
        showProblems();
    }

    /** The lesson as the editor shows it now, saved or not. */
    public Lesson current() {
        return new Lesson(id, title.getValue(), summary.getValue(), objectives, blocks);
    }

    public boolean hasUnsavedChanges() {
        return dirty;
    }

    private void changed() {
        if (!loading) {
            markDirty(true);
        }
        showProblems();
    }

    /**
     * Also asks the browser to warn before the tab is closed or reloaded while there are unsaved
     * changes. While there are none, the first keystroke in any field marks the lesson changed at
     * once: the fields send their text only after a pause in typing, and a teacher who typed and
     * went straight to another page lost the edit without a warning.
     */
    private void markDirty(boolean unsaved) {
        if (unsaved != dirty) {
            getUI().ifPresent(ui -> ui.getPage().executeJs(unsaved
                    ? "window.onbeforeunload = e => { e.preventDefault(); e.returnValue = ''; return ''; };"
                    : "window.onbeforeunload = null;"));
        }
        dirty = unsaved;
        watchTyping(!unsaved);
    }

    /** Listens for the first {@code input} event in the editor only while nothing is unsaved: one round trip per edit. */
    private void watchTyping(boolean watch) {
        if (watch && typing == null) {
            typing = getElement().addEventListener("input", event -> {
                if (!loading) {
                    markDirty(true);
                }
            });
        } else if (!watch && typing != null) {
            typing.remove();
            typing = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        if (dirty) {
            detachEvent.getUI().getPage().executeJs("window.onbeforeunload = null;");
        }
    }

    /**
     * The badge, the buttons and a sentence that say what students see: nothing (draft), this lesson
     * (published; whether it is assigned to a class), or the revision published before the teacher's
     * saved edits (published with unpublished changes).
     */
    private void showStatus(StoredLesson stored) {
        saved = stored;
        boolean published = stored.status() == LessonStatus.PUBLISHED;
        status.setText(getTranslation(stored.unpublishedChanges() ? "lessons.status.CHANGED" : "lessons.status." + stored.status().name()));
        publish.setText(getTranslation(published ? "lessons.publish-changes" : "lessons.publish"));
        publish.setVisible(!published || stored.unpublishedChanges());
        discard.setVisible(stored.unpublishedChanges());
        unpublish.setVisible(published);
        assign.setVisible(published);
        publishState.setText(publishStateText(stored));
    }

    private String publishStateText(StoredLesson stored) {
        if (stored.status() != LessonStatus.PUBLISHED || stored.publishedAt() == null) {
            return getTranslation("lessons.state.draft");
        }
        String when = Times.format(stored.publishedAt(), getLocale());
        if (stored.unpublishedChanges()) {
            return getTranslation("lessons.state.changed", when);
        }
        List<SchoolClass> assigned = classes.classesAssigned(stored.lesson().id());
        return assigned.isEmpty() ? getTranslation("lessons.state.not-assigned", when)
                : getTranslation("lessons.state.published", when, classNames(assigned));
    }

    private static String classNames(List<SchoolClass> assigned) {
        return String.join(", ", assigned.stream().map(SchoolClass::name).toList());
    }

    /**
     * Everything that keeps the lesson as edited from being published, each item named with a fix
     * (accept, edit, take out); then the items waiting for review after a re-import.
     */
    private void showProblems() {
        problems.removeAll();
        Lesson lesson = current();
        List<PublishBlocker> blockers = lessons.blockersOf(lesson);
        List<StoredItem> flagged = itemsInReview();
        if (!blockers.isEmpty()) {
            problems.add(new Paragraph(getTranslation("lessons.problems")), blockerList(blockers, lesson));
        } else if (flagged.isEmpty()) {
            problems.add(new Paragraph(getTranslation("lessons.no-problems")));
        }
        if (!flagged.isEmpty()) {
            problems.add(inReviewList(flagged));
        }
    }

    private BlockerList blockerList(List<PublishBlocker> blockers, Lesson lesson) {
        Map<ItemId, StoredItem> used = new HashMap<>();
        blockers.stream().map(PublishBlocker::item).filter(Objects::nonNull).distinct().forEach(id -> {
            try {
                used.put(id, items.findElseThrow(id));
            } catch (NoSuchItemException gone) {
                // shown as missing, with "take out" as its fix
            }
        });
        return new BlockerList(blockers, lesson, used, new BlockerList.Fixes() {
            @Override
            public void accept(StoredItem item) {
                acceptItem(item);
            }

            @Override
            public void takeOut(BlockId block, ItemId item) {
                takeOutItem(block, item);
            }

            @Override
            public void removeBlock(BlockId block) {
                for (int index = 0; index < blocks.size(); index++) {
                    if (blocks.get(index).id().equals(block)) {
                        LessonEditorView.this.removeBlock(index);
                        refreshRefusedDialog();
                        return;
                    }
                }
            }
        });
    }

    /** The titles of the teacher's documents, for the item picker's document filter. */
    private Map<DocumentId, String> documentTitles() {
        return documents.myDocuments().stream().collect(java.util.stream.Collectors.toMap(DocumentSummary::id,
                DocumentSummary::title, (first, second) -> first));
    }

    private void itemsAccepted() {
        forgetReviewCheck();
        showProblems();
    }

    private void acceptItem(StoredItem item) {
        try {
            items.accept(item.item().id(), item.version());
            Notification.show(getTranslation("lessons.blocker.accepted"));
        } catch (ConcurrentEditException | NoSuchItemException changedElsewhere) {
            Notification.show(getTranslation("drafts.changed-elsewhere")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        forgetReviewCheck();
        showBlocks();
        showProblems();
        refreshRefusedDialog();
    }

    /** Takes the item out of the block (an unsaved change, as any other edit). */
    private void takeOutItem(BlockId block, ItemId item) {
        Lesson without = Blocks.withoutItems(new Lesson(id, title.getValue(), summary.getValue(), objectives,
                blocks.stream().filter(candidate -> candidate.id().equals(block)).toList()), Set.of(item));
        without.blocks().forEach(this::replaceBlockQuietly);
        blocksChanged();
        refreshRefusedDialog();
    }

    private void replaceBlockQuietly(Block changedBlock) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).id().equals(changedBlock.id())) {
                blocks.set(i, changedBlock);
            }
        }
    }

    /** The items the blocks use that wait for review after a re-import; asked again only when the items change. */
    private List<StoredItem> itemsInReview() {
        Set<ItemId> used = current().itemIds();
        if (!used.equals(checkedForReview)) {
            inReview = items.inReview(used);
            checkedForReview = used;
        }
        return inReview;
    }

    private Div inReviewList(List<StoredItem> flagged) {
        UnorderedList links = new UnorderedList();
        flagged.forEach(stored -> links.add(new ListItem(new Anchor(ItemRoutes.editor(stored.item().id()),
                ItemWording.prompt(stored.item())))));
        Div section = new Div(new Paragraph(getTranslation("lessons.in-review", flagged.size())), links);
        section.setId("lesson-items-in-review");
        return section;
    }

    /** Asks the database again which items wait for review, e.g. after the lesson was loaded. */
    private void forgetReviewCheck() {
        checkedForReview = Set.of();
    }

    private String problemText(Problem problem) {
        return getTranslation("lesson.problem." + problem.code());
    }

    private String kindName(BlockKind kind) {
        return getTranslation("lesson.kind." + kind.name());
    }

    private void showObjectives() {
        objectiveRows.removeAll();
        for (int i = 0; i < objectives.size(); i++) {
            int index = i;
            TextField objective = new TextField();
            objective.setId("objective-" + i);
            objective.setWidthFull();
            objective.setValue(objectives.get(i));
            objective.setAriaLabel(getTranslation("lessons.objective.aria", i + 1));
            objective.setValueChangeMode(ValueChangeMode.LAZY);
            objective.addValueChangeListener(event -> {
                objectives.set(index, event.getValue());
                changed();
            });
            Button remove = ItemListEditor.iconButton(VaadinIcon.CLOSE_SMALL,
                    getTranslation("lessons.objective.remove", i + 1), () -> {
                        objectives.remove(index);
                        showObjectives();
                        changed();
                    });
            HorizontalLayout row = new HorizontalLayout(objective, remove);
            row.setWidthFull();
            objectiveRows.add(row);
        }
    }

    // ---- blocks

    /** Adds an empty block of {@code kind} at the end. */
    public void addBlock(BlockKind kind) {
        blocks.add(Blocks.empty(kind));
        blocksChanged();
    }

    /** Moves the block at {@code from} to position {@code to}; what drag and drop and the move buttons call. */
    public void moveBlock(int from, int to) {
        if (from == to || from < 0 || to < 0 || from >= blocks.size() || to >= blocks.size()) {
            return;
        }
        blocks.add(to, blocks.remove(from));
        blocksChanged();
    }

    private void duplicateBlock(int index) {
        blocks.add(index + 1, Blocks.withNewId(blocks.get(index)));
        blocksChanged();
    }

    private void removeBlock(int index) {
        Block removed = blocks.remove(index);
        blocksChanged();
        Notification notification = new Notification();
        notification.setDuration(UNDO_MILLIS);
        Button undo = new Button(getTranslation("lessons.undo"), click -> {
            if (blocks.stream().noneMatch(block -> block.id().equals(removed.id()))) {
                blocks.add(Math.min(index, blocks.size()), removed);
                blocksChanged();
            }
            notification.close();
        });
        undo.setId("undo-remove");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout content = new HorizontalLayout(
                new Span(getTranslation("lessons.block.removed", kindName(removed.kind()))), undo);
        content.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
    }

    private void blocksChanged() {
        showBlocks();
        changed();
    }

    private void replaceBlock(Block changedBlock) {
        replaceBlockQuietly(changedBlock);
        changed();
    }

    private Block latest(Block block) {
        return blocks.stream().filter(candidate -> candidate.id().equals(block.id())).findFirst().orElse(block);
    }

    private void showBlocks() {
        blockList.removeAll();
        for (int i = 0; i < blocks.size(); i++) {
            blockList.add(card(i, blocks.get(i)));
        }
    }

    private Component card(int index, Block block) {
        Div card = new Div();
        card.setId("block-" + index);
        card.addClassName("lesson-block-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)")
                .set("width", "100%").set("box-sizing", "border-box");
        String name = kindName(block.kind());
        H3 heading = new H3((index + 1) + ". " + name);
        heading.getStyle().set("flex-grow", "1").set("margin", "0");
        Button up = ItemListEditor.iconButton(VaadinIcon.ARROW_UP, getTranslation("lessons.block.up", index + 1, name),
                () -> moveBlock(index, index - 1));
        up.setId("block-" + index + "-up");
        up.setEnabled(index > 0);
        Button down = ItemListEditor.iconButton(VaadinIcon.ARROW_DOWN,
                getTranslation("lessons.block.down", index + 1, name), () -> moveBlock(index, index + 1));
        down.setId("block-" + index + "-down");
        down.setEnabled(index < blocks.size() - 1);
        Button duplicate = ItemListEditor.iconButton(VaadinIcon.COPY_O,
                getTranslation("lessons.block.duplicate", index + 1, name), () -> duplicateBlock(index));
        duplicate.setId("block-" + index + "-duplicate");
        Button remove = ItemListEditor.iconButton(VaadinIcon.TRASH,
                getTranslation("lessons.block.remove", index + 1, name), () -> removeBlock(index));
        remove.setId("block-" + index + "-remove");
        HorizontalLayout header = new HorizontalLayout(heading, up, down, duplicate, remove);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        card.add(header, editorFor(block));
        DragSource<Div> drag = DragSource.create(card);
        drag.setDragData(index);
        DropTarget<Div> drop = DropTarget.create(card);
        drop.addDropListener(event -> event.getDragData().ifPresent(from -> moveBlock((Integer) from, index)));
        return card;
    }

    private Component editorFor(Block block) {
        if (block instanceof ReadingExcerpt excerpt) {
            return new ExcerptEditor(excerpt, this::replaceBlock, documents);
        } else if (block instanceof FactCardDeck deck) {
            return new ItemListEditor(deck.cards(), true, cards -> replaceBlock(new FactCardDeck(deck.id(), cards)),
                    this::itemsAccepted, items, this::documentTitles);
        } else if (block instanceof Quiz quiz) {
            ItemListEditor questions = new ItemListEditor(quiz.questions(), false,
                    chosen -> replaceBlock(new Quiz(quiz.id(), chosen, ((Quiz) latest(quiz)).settings())),
                    this::itemsAccepted, items, this::documentTitles);
            QuizSettingsForm settings = new QuizSettingsForm(quiz.settings(),
                    changedSettings -> replaceBlock(new Quiz(quiz.id(), ((Quiz) latest(quiz)).questions(), changedSettings)));
            VerticalLayout editor = new VerticalLayout(questions, settings);
            editor.setPadding(false);
            return editor;
        } else if (block instanceof Timeline timeline) {
            return new TimelineEditor(timeline, this::replaceBlock);
        } else if (block instanceof DiscussionPrompt prompt) {
            TextArea text = new TextArea(getTranslation("lessons.discussion.text"));
            text.setHelperText(getTranslation("lessons.field.markdown-help"));
            text.setWidthFull();
            text.setValue(prompt.text());
            text.setValueChangeMode(ValueChangeMode.LAZY);
            MarkdownText preview = new MarkdownText(prompt.text());
            text.addValueChangeListener(event -> {
                preview.setMarkdown(event.getValue());
                replaceBlock(new DiscussionPrompt(prompt.id(), event.getValue()));
            });
            VerticalLayout editor = new VerticalLayout(text, preview);
            editor.setPadding(false);
            return editor;
        }
        return new SourceAnalysisEditor((SourceAnalysis) block, this::replaceBlock);
    }

    // ---- saving, publishing, history

    /** Saves; on a conflict shows the choice between reloading and saving a copy. */
    public boolean save() {
        try {
            StoredLesson stored = lessons.update(current(), version);
            version = stored.version();
            markDirty(false);
            showStatus(stored);
            Notification.show(getTranslation("lessons.saved"));
            return true;
        } catch (ConcurrentEditException conflict) {
            openConflict();
            return false;
        }
    }

    private void openConflict() {
        Dialog dialog = new Dialog();
        dialog.setId("conflict-dialog");
        dialog.setHeaderTitle(getTranslation("lessons.conflict.title"));
        dialog.add(new Paragraph(getTranslation("lessons.conflict.text")));
        Button reload = new Button(getTranslation("lessons.conflict.reload"), click -> {
            dialog.close();
            load(lessons.findElseThrow(id));
        });
        reload.setId("conflict-reload");
        Button copy = new Button(getTranslation("lessons.conflict.copy"), click -> {
            Lesson mine = current();
            StoredLesson saved = lessons.saveAsCopy(new Lesson(mine.id(),
                    getTranslation("lessons.copy-title", mine.title()), mine.summary(), mine.objectives(), mine.blocks()));
            markDirty(false);
            dialog.close();
            getUI().ifPresent(ui -> ui.navigate(path(saved.lesson().id())));
        });
        copy.setId("conflict-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(reload, copy);
        dialog.open();
    }

    /**
     * Saves, then publishes (or publishes the changes). When something blocks it, a dialog names
     * each blocking item with its fix; when it is published, the message says who can see it now:
     * the students of the classes it is assigned to, or nobody until it is assigned.
     */
    private void publish() {
        if (dirty && !save()) {
            return;
        }
        boolean republish = saved.status() == LessonStatus.PUBLISHED;
        try {
            StoredLesson published = lessons.publish(id, version);
            version = published.version();
            showStatus(published);
            announcePublished(republish);
        } catch (PublishRefusedException refused) {
            openRefused(refused.blockers());
        } catch (ConcurrentEditException conflict) {
            openConflict();
        }
    }

    private void announcePublished(boolean republish) {
        List<SchoolClass> assigned = classes.classesAssigned(id);
        if (!assigned.isEmpty()) {
            Notification.show(getTranslation(republish ? "lessons.published.changes" : "lessons.published.assigned",
                    classNames(assigned)));
            return;
        }
        Notification notice = new Notification();
        notice.setId("published-not-assigned");
        notice.setDuration(15_000);
        Button assignNow = new Button(getTranslation("lessons.assign"), click -> {
            notice.close();
            openAssign();
        });
        assignNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("lessons.close"), click -> notice.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout content = new HorizontalLayout(new Span(getTranslation("lessons.published.not-assigned")),
                assignNow, close);
        content.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        notice.add(content);
        notice.open();
    }

    private void openAssign() {
        new AssignLessonDialog(classes, id, title.getValue(), () -> showStatus(lessons.findElseThrow(id))).open();
    }

    private void openRefused(List<PublishBlocker> blockers) {
        Dialog dialog = closableDialog("publish-refused", "lessons.publish.refused");
        dialog.add(new Paragraph(getTranslation("lessons.publish.refused.intro")), blockerList(blockers, current()));
        Button again = new Button(getTranslation("lessons.publish.again"), click -> {
            dialog.close();
            publish();
        });
        again.setId("publish-again");
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(again);
        dialog.addOpenedChangeListener(event -> refusedDialog = event.isOpened() ? dialog : null);
        refusedDialog = dialog;
        dialog.open();
    }

    /** After a fix made in the refusal dialog, shows what still blocks (or that nothing does). */
    private void refreshRefusedDialog() {
        Dialog dialog = refusedDialog;
        if (dialog == null) {
            return;
        }
        dialog.getChildren().filter(BlockerList.class::isInstance).findFirst().ifPresent(dialog::remove);
        List<PublishBlocker> blockers = lessons.blockersOf(current());
        if (blockers.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("lessons.publish.refused.fixed")));
        } else {
            dialog.add(blockerList(blockers, current()));
        }
    }

    private void unpublish() {
        changeStatus(() -> lessons.unpublish(id, version), "lessons.unpublished");
    }

    private void confirmDiscard() {
        Confirmation confirm = new Confirmation(getTranslation("lessons.discard.title"),
                getTranslation("lessons.discard.text"), getTranslation("lessons.discard.confirm"), () -> {
                    try {
                        load(lessons.discardUnpublishedChanges(id, version));
                        Notification.show(getTranslation("lessons.discarded"));
                    } catch (ConcurrentEditException conflict) {
                        openConflict();
                    }
                });
        confirm.setId("discard-dialog");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("lessons.cancel"));
        confirm.setDestructive(true);
        confirm.open();
    }

    private void changeStatus(Supplier<StoredLesson> change, String doneKey) {
        try {
            StoredLesson changedLesson = change.get();
            version = changedLesson.version();
            showStatus(changedLesson);
            Notification.show(getTranslation(doneKey));
        } catch (ConcurrentEditException conflict) {
            openConflict();
        }
    }

    private Dialog closableDialog(String elementId, String titleKey) {
        Dialog dialog = new Dialog();
        dialog.setId(elementId);
        dialog.setHeaderTitle(getTranslation(titleKey));
        dialog.getFooter().add(new Button(getTranslation("lessons.close"), click -> dialog.close()));
        dialog.setWidth("min(56rem, 95vw)");
        return dialog;
    }

    private void openHistory() {
        Dialog dialog = closableDialog("history-dialog", "lessons.history");
        Grid<LessonRevision> grid = new Grid<>();
        // Whole times (with seconds) and whole titles, wrapped: cut short, two saves looked the same.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LessonRevision::number).setHeader(getTranslation("lessons.history.number")).setKey("number")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(revision -> Times.formatWithSeconds(revision.savedAt(), getLocale()))
                .setHeader(getTranslation("lessons.history.saved-at")).setKey("saved-at").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LessonRevision::savedBy).setHeader(getTranslation("lessons.history.saved-by")).setKey("saved-by")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LessonRevision::title).setHeader(getTranslation("lessons.column.title")).setKey("title")
                .setFlexGrow(1);
        grid.addComponentColumn(revision -> {
            Button restore = new Button(getTranslation("lessons.history.restore"), click -> {
                dialog.close();
                restore(revision.number());
            });
            restore.setId("restore-" + revision.number());
            restore.setEnabled(!dirty);
            restore.getElement().setAttribute("aria-label", getTranslation("lessons.history.restore.aria", revision.number()));
            return restore;
        }).setKey("restore").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(lessons.history(id));
        grid.setAllRowsVisible(true);
        dialog.add(new Paragraph(getTranslation("lessons.history.intro")));
        if (dirty) {
            dialog.add(new Paragraph(getTranslation("lessons.history.unsaved")));
        }
        dialog.add(grid);
        dialog.open();
    }

    private void restore(int number) {
        try {
            load(lessons.restore(id, number, version));
            Notification.show(getTranslation("lessons.history.restored", number));
        } catch (ConcurrentEditException conflict) {
            openConflict();
        }
    }

    private void openPreview() {
        Dialog dialog = closableDialog("preview-dialog", "lessons.preview");
        dialog.add(new LessonPreview(current(), new TeacherLessonSources(items, documents)));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lessons.editor.title");
    }
}
