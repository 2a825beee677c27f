package org.sourcebook.exchange.items;

import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.stream.IntStream;
import org.sourcebook.content.item.Cloze;

/**
 * Writes a cloze's text in a format's own syntax: the text between gaps through one function, each
 * gap (by its number from 1) through another. A marker that names no gap stays part of the text.
 */
public final class ClozeSegments {

    private ClozeSegments() {
    }

    public static String render(Cloze cloze, Function<String, String> text, IntFunction<String> gap) {
        Matcher markers = Cloze.MARKER.matcher(cloze.prompt());
        StringBuilder rendered = new StringBuilder();
        int textStart = 0;
        while (markers.find()) {
            String number = markers.group(1);
            int gapNumber = IntStream.rangeClosed(1, cloze.gaps().size())
                    .filter(candidate -> String.valueOf(candidate).equals(number)).findFirst().orElse(0);
            if (gapNumber > 0) {
                rendered.append(text.apply(cloze.prompt().substring(textStart, markers.start()))).append(gap.apply(gapNumber));
                textStart = markers.end();
            }
        }
        return rendered.append(text.apply(cloze.prompt().substring(textStart))).toString();
    }
}
