package org.sourcebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void onlyDraftAsTheFirstArgumentIsACommand() {
        assertThat(CommandLine.isCommand(new String[] {"draft", "file.txt"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"draft"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"--spring.profiles.active=postgres"})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"file.txt", "draft"})).isFalse();
    }
}
