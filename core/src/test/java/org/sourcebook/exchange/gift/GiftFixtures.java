package org.sourcebook.exchange.gift;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.ClozeGap;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.MultipleResponse;
import org.sourcebook.content.item.OptionId;
import org.sourcebook.content.item.TextComparison;
import org.sourcebook.exchange.items.ExportSet;
import org.sourcebook.exchange.items.ImportedItems;

/** Small items and helpers for the GIFT tests. */
final class GiftFixtures {

    private GiftFixtures() {
    }

    static ItemInfo info(String prompt) {
        return ItemInfo.written(prompt);
    }

    static Cloze oneGap(String prompt, String... answers) {
        return new Cloze(info(prompt), List.of(ClozeGap.accepting(answers)), TextComparison.LENIENT);
    }

    /** {@code correct} correct options then {@code wrong} wrong ones, named c1.. and w1.. */
    static MultipleResponse multipleResponse(int correct, int wrong) {
        List<ChoiceOption> options = new java.util.ArrayList<>();
        for (int i = 1; i <= correct; i++) {
            options.add(new ChoiceOption(OptionId.of("c" + i), "right " + i, true, ""));
        }
        for (int i = 1; i <= wrong; i++) {
            options.add(new ChoiceOption(OptionId.of("w" + i), "wrong " + i, false, ""));
        }
        return new MultipleResponse(info("Pick"), options);
    }

    /** The GIFT text of {@code items} exported under the name "Set". */
    static String export(Item... items) {
        return new String(new GiftWriter().export(new ExportSet("Set", List.of(items))).content(), StandardCharsets.UTF_8);
    }

    static ImportedItems read(String gift) {
        return new GiftReader().read(gift.getBytes(StandardCharsets.UTF_8));
    }
}
