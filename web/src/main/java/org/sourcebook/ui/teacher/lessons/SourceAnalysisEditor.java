package org.sourcebook.ui.teacher.lessons;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import org.sourcebook.content.lesson.SourceAnalysis;

/** The five questions historians ask of a source, answered for the students. */
class SourceAnalysisEditor extends FormLayout {

    private final TextArea origin = area("origin");
    private final TextArea purpose = area("purpose");
    private final TextArea perspective = area("perspective");
    private final TextArea corroboration = area("corroboration");
    private final TextArea missing = area("missing");

    SourceAnalysisEditor(SourceAnalysis block, Consumer<SourceAnalysis> changed) {
        origin.setValue(block.origin());
        purpose.setValue(block.purpose());
        perspective.setValue(block.perspective());
        corroboration.setValue(block.corroboration());
        missing.setValue(block.missing());
        for (TextArea area : new TextArea[] {origin, purpose, perspective, corroboration, missing}) {
            area.addValueChangeListener(event -> changed.accept(new SourceAnalysis(block.id(), block.document(),
                    origin.getValue(), purpose.getValue(), perspective.getValue(), corroboration.getValue(),
                    missing.getValue())));
            add(area);
        }
    }

    private TextArea area(String field) {
        TextArea area = new TextArea(getTranslation("lesson.analysis." + field));
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setWidthFull();
        return area;
    }

    TextArea origin() {
        return origin;
    }
}
