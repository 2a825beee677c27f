package org.sourcebook.cardreview;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Spaced-repetition settings ({@code sourcebook.review.*}).
 *
 * @param desiredRetention the recall probability at which a card falls due (FSRS), default 0.9
 * @param newCardsPerDay how many cards a student meets for the first time per day, default 20
 */
@ConfigurationProperties("sourcebook.review")
public record ReviewSettings(Double desiredRetention, Integer newCardsPerDay) {

    public ReviewSettings {
        desiredRetention = desiredRetention == null ? 0.9 : desiredRetention;
        newCardsPerDay = newCardsPerDay == null ? 20 : newCardsPerDay;
    }
}
