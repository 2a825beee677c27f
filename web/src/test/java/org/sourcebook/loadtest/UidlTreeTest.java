package org.sourcebook.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class UidlTreeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A body (1) whose route container (3) holds a radio group (10) of two labelled buttons, as Flow sends it. */
    private static final String PAGE = """
            [{"node":1,"type":"put","key":"tag","feat":0,"value":"body"},
             {"node":1,"type":"splice","feat":24,"index":0,"addNodes":[3]},
             {"node":3,"type":"attach"},{"node":3,"type":"put","key":"tag","feat":0,"value":"flow-container"},
             {"node":3,"type":"splice","feat":2,"index":0,"addNodes":[9]},
             {"node":4,"type":"attach"},{"node":4,"type":"put","key":"text","feat":7,"value":"Right 1"},
             {"node":5,"type":"attach"},{"node":5,"type":"put","key":"tag","feat":0,"value":"vaadin-radio-button"},
             {"node":5,"type":"splice","feat":2,"index":0,"addNodes":[4]},
             {"node":5,"type":"put","key":"value","feat":1,"value":"2"},
             {"node":6,"type":"attach"},{"node":6,"type":"put","key":"text","feat":7,"value":"Wrong 1"},
             {"node":7,"type":"attach"},{"node":7,"type":"put","key":"tag","feat":0,"value":"vaadin-radio-button"},
             {"node":7,"type":"splice","feat":2,"index":0,"addNodes":[6]},
             {"node":7,"type":"put","key":"value","feat":1,"value":"1"},
             {"node":10,"type":"attach"},{"node":10,"type":"put","key":"tag","feat":0,"value":"vaadin-radio-group"},
             {"node":10,"type":"splice","feat":2,"index":0,"addNodes":[7,5]},
             {"node":9,"type":"attach"},{"node":9,"type":"put","key":"tag","feat":0,"value":"div"},
             {"node":9,"type":"put","key":"id","feat":3,"value":"question-1"},
             {"node":9,"type":"splice","feat":11,"index":0,"add":["quiz-question"]},
             {"node":9,"type":"splice","feat":2,"index":0,"addNodes":[10]}]
            """;

    @Test
    void findsElementsUnderTheRouteContainerInDocumentOrder() throws Exception {
        UidlTree tree = new UidlTree();
        tree.apply(changes(PAGE));

        int card = tree.elementById("question-1").orElseThrow();
        assertThat(tree.node(card).classes).containsExactly("quiz-question");
        assertThat(tree.elements(card, "vaadin-radio-button")).containsExactly(7, 5);
        assertThat(tree.node(5).property("value")).isEqualTo("2");
        assertThat(tree.textContent(card)).isEqualTo("Wrong 1Right 1");
    }

    @Test
    void followsRemovalsAndDetachesAsTheNextPageReplacesTheQuestion() throws Exception {
        UidlTree tree = new UidlTree();
        tree.apply(changes(PAGE));

        tree.apply(changes("""
                [{"node":10,"type":"splice","feat":2,"index":0,"remove":1},
                 {"node":3,"type":"clear","feat":2},
                 {"node":9,"type":"detach"},
                 {"node":11,"type":"attach"},{"node":11,"type":"put","key":"tag","feat":0,"value":"div"},
                 {"node":11,"type":"put","key":"id","feat":3,"value":"question-2"},
                 {"node":3,"type":"splice","feat":2,"index":0,"addNodes":[11]}]
                """));

        assertThat(tree.elementById("question-1")).isEmpty();
        assertThat(tree.elementById("question-2")).contains(11);
        assertThat(tree.node(10).children).containsExactly(5);
    }

    private static JsonNode changes(String json) throws Exception {
        return JSON.readTree(json);
    }
}
